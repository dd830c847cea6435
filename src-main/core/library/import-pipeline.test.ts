/**
 * The import pipeline on real files and a real library: worker threads give the same articles as
 * one thread, progress is reported in order, and cancelling keeps whole batches and can be resumed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempLibrary, sampleFiles, type TempLibrary } from '../../../tests/support/temp-library.js';
import { analyseItem, type ImportItem } from './analyse-article.js';
import { AnalysisPool } from './analysis-pool.js';
import type { ImportProgress } from './import-pipeline.js';
import { Library } from './library.js';

const fileCount = 260;
let temp: TempLibrary;
let folder: string;

beforeEach(() => {
  temp = createTempLibrary();
  folder = join(temp.dir, 'articles');
  mkdirSync(folder);
  for (let i = 0; i < fileCount; i++) {
    const language = i % 3 === 0 ? 'fr' : 'en';
    const body =
      language === 'fr'
        ? `Le conseil municipal s’est réuni le ${i} mars et a voté un budget de ${i * 3} millions d’euros pour l’école.`
        : `The council met on day ${i} and approved a budget of $${i * 3} million for the new school.`;
    writeFileSync(join(folder, `article-${String(i).padStart(4, '0')}.txt`), `Report ${i}\n\n${body}\n\n${body.replace(/\d+/u, String(i + 1))}\n`);
  }
});
afterEach(() => temp.dispose());

function withLibrary<T>(name: string, importWorkers: number, run: (library: Library) => Promise<T>): Promise<T> {
  const library = Library.open(join(temp.dir, `${name}.sqlite`), { importWorkers });
  return run(library).finally(() => library.close());
}

describe('the import pipeline', () => {
  it('analyses on worker threads exactly as on the calling thread', async () => {
    const items: ImportItem[] = [...sampleFiles, join(folder, 'article-0000.txt'), join(folder, 'article-0001.txt')].map((path) => ({ source: path, file: { path, size: 1 } }));
    items.push({ source: 'page.html', input: { source: 'page.html', bytes: Buffer.from('<html><body><article><h1>A page</h1><p>A paragraph long enough to be read as the body of an article, with 3 figures and €5 million.</p></article></body></html>') } });
    const pool = new AnalysisPool(2);
    try {
      // Without the calling thread's help (analyseQueuedHere), every chunk goes to a worker.
      const pooled = (await Promise.all([pool.analyse(items.slice(0, 4)), pool.analyse(items.slice(4))])).flat();
      expect(pooled).toEqual(items.map(analyseItem));
    } finally {
      await pool.close();
    }
  });

  it('gives the same articles, figures and search results on worker threads as on one thread', async () => {
    const snapshot = async (library: Library) => {
      const report = await library.importPaths([folder, ...sampleFiles]);
      const articles = library.listArticles().map((a) => ({ ...library.getArticle(a.id), importedAt: '' }));
      return { imported: report.imported.length, articles, figures: library.figures(articles.map((a) => a.id)), search: library.search('budget school', 500), hebrew: library.search('אנתרופיק') };
    };
    const inline = await withLibrary('inline', 0, snapshot);
    const pooled = await withLibrary('pooled', 2, snapshot);
    expect(inline.imported).toBe(fileCount + sampleFiles.length);
    expect(pooled.articles).toEqual(inline.articles);
    expect(pooled.figures).toEqual(inline.figures);
    expect({ ...pooled.search, tookMs: 0 }).toEqual({ ...inline.search, tookMs: 0 });
    expect(pooled.hebrew.total).toBeGreaterThan(0);
    expect({ ...pooled.hebrew, tookMs: 0 }).toEqual({ ...inline.hebrew, tookMs: 0 });
  });

  it('reports progress in order, up to every item', async () => {
    const seen: ImportProgress[] = [];
    const report = await withLibrary('progress', 2, (library) => library.importPaths([folder], { onProgress: (p) => seen.push(p) }));
    expect(report.imported).toHaveLength(fileCount);
    expect(report.cancelled).toBeUndefined();
    expect(seen[0]).toEqual({ done: 0, total: fileCount, currentSource: '' });
    expect(seen.at(-1)).toEqual({ done: fileCount, total: fileCount, currentSource: `article-${String(fileCount - 1).padStart(4, '0')}.txt` });
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThan(seen[i - 1]!.done);
  });

  it('stops when cancelled, keeps whole batches, says how many were left, and finishes when run again', async () => {
    const path = join(temp.dir, 'cancelled.sqlite');
    const library = Library.open(path, { importWorkers: 2 });
    const controller = new AbortController();
    const first = await library.importPaths([folder], {
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done > 0) controller.abort();
      },
    });
    expect(first.imported.length).toBeGreaterThan(0);
    expect(first.imported.length).toBeLessThan(fileCount);
    expect(first.imported.length + first.skipped.length + first.cancelled!).toBe(fileCount);
    expect(library.listArticles()).toHaveLength(first.imported.length);
    expect(library.search('council OR conseil', 500).total).toBe(first.imported.length);
    const again = await library.importPaths([folder]);
    library.close();
    expect(again.imported).toHaveLength(fileCount - first.imported.length);
    expect(again.skipped.filter((s) => s.reason === 'duplicate')).toHaveLength(first.imported.length);

    const db = new BetterSqlite3(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const orphans = db
      .prepare('SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = a.id) OR NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)')
      .pluck()
      .get();
    expect(orphans).toBe(0);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(fileCount);
    db.close();
  });

  it('counts and filters every article when searched between imports, as a library opened afresh does', async () => {
    const path = join(temp.dir, 'between.sqlite');
    const library = Library.open(path, { importWorkers: 0 });
    const seenAfresh = (query: string) => {
      const fresh = Library.open(path);
      try {
        return { ...fresh.search(query, 100), tookMs: 0 };
      } finally {
        fresh.close();
      }
    };
    const query = 'budget OR conseil lang:fr';
    try {
      await library.importPaths(sampleFiles);
      expect(library.search(query).total).toBeGreaterThan(0);
      await library.importPaths([folder]);
      const between = { ...library.search(query, 100), tookMs: 0 };
      expect(between.total).toBe(Math.ceil(fileCount / 3) + 1);
      expect(between).toEqual(seenAfresh(query));
      const french = library.search('conseil', 1).hits[0]!.id;
      library.removeArticle(french);
      await library.importText('Un autre conseil\n\nLe conseil régional a voté un budget de 12 millions d’euros pour les lycées.');
      expect({ ...library.search(query, 100), tookMs: 0 }).toEqual(seenAfresh(query));
    } finally {
      library.close();
    }
  });

  it('hears a cancel sent from the event loop while it imports on one thread', async () => {
    const controller = new AbortController();
    const report = await withLibrary('one-thread', 0, (library) =>
      library.importPaths([folder], {
        signal: controller.signal,
        // Not during the callback: later, the way a click or Ctrl+C arrives.
        onProgress: ({ done }) => void (done > 0 && setImmediate(() => controller.abort())),
      }),
    );
    expect(report.imported).toHaveLength(100);
    expect(report.cancelled).toBe(fileCount - 100);
  });

  it('imports nothing when cancelled before it starts', async () => {
    const report = await temp.library.importPaths([folder], { signal: AbortSignal.abort() });
    expect(report).toEqual({ imported: [], skipped: [], cancelled: fileCount });
    expect(temp.library.listArticles()).toEqual([]);
  });

  it('reads everything on the calling thread when its workers cannot start', async () => {
    const pool = new AnalysisPool(2, pathToFileURL(join(temp.dir, 'no-such-worker.js')));
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const results = await pool.analyse(sampleFiles.map((path) => ({ source: path, file: { path, size: 1 } })));
      expect(results.map((r) => ('reason' in r ? r.reason : r.article.language)).sort()).toEqual(['en', 'en', 'en', 'fr', 'he']);
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      console.error = original;
      await pool.close();
    }
  });
});
