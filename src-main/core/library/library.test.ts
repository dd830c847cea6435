import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempLibrary, samplesDir, sampleFiles, type TempLibrary } from '../../../tests/support/temp-library.js';
import { prepareArticle } from '../importing/prepare-article.js';
import { openDatabase } from '../storage/database.js';
import { migrations } from '../storage/migrations/index.js';
import { analyseArticle } from './analyse-article.js';
import { Library } from './library.js';
import { storeArticle } from './store-article.js';
import { loadSamplesOnFirstRun, readSampleManifest } from './samples.js';

let temp: TempLibrary;
beforeEach(() => {
  temp = createTempLibrary();
});
afterEach(() => temp.dispose());

describe('the sample library', () => {
  it('loads the five samples on first run only, and never again once the user has a library', async () => {
    const report = await loadSamplesOnFirstRun(temp.library, samplesDir);
    expect(report?.imported).toHaveLength(readSampleManifest(samplesDir).articles.length);
    expect(report?.skipped).toEqual([]);
    const languages = temp.library.listArticles().map((a) => a.language).sort();
    expect(languages).toEqual(['en', 'en', 'en', 'fr', 'he']);
    for (const article of temp.library.listArticles()) temp.library.removeArticle(article.id);
    expect(await loadSamplesOnFirstRun(temp.library, samplesDir)).toBeNull();
    expect(temp.library.listArticles()).toEqual([]);
  });
});

describe('importing', () => {
  it('imports a folder recursively and does not duplicate content imported twice', async () => {
    const stories = join(temp.dir, 'stories');
    sampleFiles.forEach((file, i) => {
      const folder = join(stories, ...Array.from({ length: i }, (_, depth) => `level-${depth}`));
      mkdirSync(folder, { recursive: true });
      copyFileSync(file, join(folder, basename(file)));
    });
    const first = await temp.library.importPaths([stories]);
    expect(first.imported).toHaveLength(5);
    const again = await temp.library.importPaths([stories]);
    expect(again.imported).toEqual([]);
    expect(again.skipped.filter((s) => s.reason === 'duplicate').map((s) => s.existingId).sort()).toEqual(first.imported.map((a) => a.id).sort());
    expect(temp.library.listArticles()).toHaveLength(5);
  });

  it('treats the same words in another encoding and line ending as the same article', async () => {
    const text = 'Un titre\n\nUn paragraphe entier, avec des accents : été, déjà, où.\n';
    const utf8 = join(temp.dir, 'a.txt');
    const utf16 = join(temp.dir, 'b.txt');
    writeFileSync(utf8, text);
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/gu, '\r\n'), 'utf16le')]));
    const report = await temp.library.importPaths([utf8, utf16]);
    expect(report.imported).toHaveLength(1);
    expect(report.skipped).toMatchObject([{ source: 'b.txt', reason: 'duplicate' }]);
  });

  it('reports each bad file clearly, imports the rest, and loses nothing already there', async () => {
    await temp.library.importPaths(sampleFiles);
    const bad = join(temp.dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0, 0, 9, 8]));
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    writeFileSync(join(bad, 'invalid-utf8.txt'), Buffer.concat([Buffer.from('Un article en français, presque correct.\n\n'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' puis la suite du texte, avec assez de mots pour être un paragraphe.')]));
    writeFileSync(
      join(bad, 'hostile.html'),
      '<html><head><title>Hostile page</title><script>globalThis.pwned = 1</script></head><body onload="pwned()"><article><h1>Hostile page</h1><p>Real paragraph of text about the news, long enough to be kept as the body of an article by the extractor.</p><iframe src="javascript:alert(1)"></iframe><p onclick="steal()">Another paragraph of text that follows the first one in the same article body.</p><script>document.write("x")</script></article></body></html>',
    );
    writeFileSync(join(bad, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const report = await temp.library.importPaths([bad, join(temp.dir, 'does-not-exist.txt')]);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.source, s.reason]));
    expect(reasons).toMatchObject({ 'binary.txt': 'binary', 'empty.txt': 'empty', 'huge.txt': 'too-large', 'image.png': expect.stringMatching(/unsupported|binary/u) });
    expect(report.skipped.find((s) => s.source.endsWith('does-not-exist.txt'))?.reason).toBe('not-found');
    for (const skipped of report.skipped) expect(skipped.message.length).toBeGreaterThan(10);
    expect(report.imported.map((a) => a.source).sort()).toEqual(['hostile.html', 'invalid-utf8.txt']);
    const hostile = temp.library.getArticle(report.imported.find((a) => a.source === 'hostile.html')!.id);
    const text = hostile.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Real paragraph of text');
    expect(text).not.toMatch(/pwned|steal|javascript:|document\.write|<script|onload/u);
    expect(temp.library.listArticles()).toHaveLength(7);
  });

  it('imports a folder of 1,000 files', async () => {
    const many = join(temp.dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 1000; i++) writeFileSync(join(many, `note-${i}.txt`), `Note number ${i}\n\nThis is the body of note ${i}, a short paragraph written for the import test.\n`);
    expect(readdirSync(many)).toHaveLength(1000);
    const report = await temp.library.importPaths([many]);
    expect(report.imported).toHaveLength(1000);
    expect(report.skipped).toEqual([]);
  });

  it('imports pasted text and lets the user correct the metadata', () => {
    const report = temp.library.importText('Ein kurzer Titel\n\nDies ist ein eingefügter Absatz auf Deutsch, lang genug, um als Text erkannt zu werden.');
    expect(report.imported).toHaveLength(1);
    const id = report.imported[0]!.id;
    expect(temp.library.getArticle(id).language).toBe('de');
    const updated = temp.library.updateArticle(id, { title: 'Neuer Titel', outlet: 'Die Zeit', published: '2025-12-02', language: 'nl' });
    expect(updated).toMatchObject({ title: 'Neuer Titel', outlet: 'Die Zeit', published: '2025-12-02', language: 'nl' });
    expect(updated.paragraphs.every((p) => p.language === 'nl')).toBe(true);
    expect(() => temp.library.getArticle(9999)).toThrow(/no article 9999/u);
  });
});

describe('importing from the web', () => {
  it('fetches a page from a local server and keeps its address, outlet and date', async () => {
    const { createServer } = await import('node:http');
    const page = `<!doctype html><html lang="en"><head><title>Harbour reopens | The Coast Herald</title>
      <meta property="og:site_name" content="The Coast Herald"><meta property="article:published_time" content="2025-03-14T08:00:00Z">
      <script>document.title = 'pwned'</script></head><body><article><h1>Harbour reopens after the storm</h1>
      <p>The harbour reopened on Friday after a week of repairs to the sea wall, the port authority said in a statement.</p>
      <p>Fishing boats returned to their moorings by the afternoon, and the ferry timetable will be back to normal on Monday.</p>
      </article></body></html>`;
    const server = createServer((request, response) => {
      if (request.url === '/story') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const report = await temp.library.importUrl(`${base}/story`);
      expect(report.skipped).toEqual([]);
      const article = temp.library.getArticle(report.imported[0]!.id);
      expect(article).toMatchObject({ source: `${base}/story`, outlet: 'The Coast Herald', published: '2025-03-14', language: 'en' });
      expect(article.paragraphs.map((p) => p.text).join(' ')).not.toContain('pwned');
      const missing = await temp.library.importUrl(`${base}/gone`);
      expect(missing.skipped[0]).toMatchObject({ reason: 'unreadable' });
      expect((await temp.library.importUrl('file:///etc/passwd')).skipped[0]).toMatchObject({ reason: 'invalid' });
    } finally {
      server.close();
    }
  });
});

describe('stories in the library', () => {
  const unrelatedText =
    'Harbour reopens after the storm\n\nThe harbour reopened on Friday after a week of repairs to the sea wall, the port authority said. Fishing boats returned to their moorings by the afternoon.';
  const otherText =
    'Orchard harvest starts early\n\nApple growers in the valley began picking two weeks early this year after a warm spring, the growers’ cooperative said on Tuesday.';

  /** A second, read-only look at the database file, to see what the library stored. */
  async function rows(sql: string, ...params: unknown[]): Promise<unknown[]> {
    const { default: BetterSqlite3 } = await import('better-sqlite3');
    const raw = new BetterSqlite3(temp.path, { readonly: true });
    try {
      return raw.prepare(sql).all(...params);
    } finally {
      raw.close();
    }
  }

  it('puts the five samples in one story and leaves an unrelated article out', async () => {
    const samples = (await temp.library.importPaths(sampleFiles)).imported.map((a) => a.id);
    const unrelated = temp.library.importText(unrelatedText).imported[0]!.id;
    const stories = temp.library.stories();
    const story = stories.find((s) => s.articleIds.includes(samples[0]!))!;
    expect([...story.articleIds].sort()).toEqual([...samples].sort());
    expect(stories.find((s) => s.articleIds.includes(unrelated))!.articleIds).toEqual([unrelated]);
    expect(stories.every((s) => !s.edited)).toBe(true);
  });

  it('stores signatures and the grouping once made, and groups again only when articles change', async () => {
    const samples = (await temp.library.importPaths(sampleFiles)).imported.map((a) => a.id);
    const grouped = async () => {
      const meta = (await rows("SELECT key, value FROM meta WHERE key IN ('stories-changes', 'stories-grouped')")) as Array<{ key: string; value: string }>;
      const value = (key: string) => meta.find((m) => m.key === key)?.value;
      return value('stories-changes') === value('stories-grouped');
    };
    expect(await grouped()).toBe(false);
    const first = temp.library.stories();
    expect(await rows('SELECT article_id FROM article_signatures ORDER BY article_id')).toHaveLength(5);
    expect(await grouped()).toBe(true);
    expect(await rows('SELECT id FROM stories')).toHaveLength(first.length);
    expect(temp.library.stories()).toEqual(first);

    const unrelated = temp.library.importText(unrelatedText).imported[0]!.id;
    expect(await grouped()).toBe(false);
    expect(temp.library.stories().some((s) => s.articleIds.includes(unrelated))).toBe(true);
    expect(await grouped()).toBe(true);

    temp.library.removeArticle(samples[4]!);
    const afterRemoval = temp.library.stories();
    expect(afterRemoval.flatMap((s) => s.articleIds)).not.toContain(samples[4]);
    expect(await rows('SELECT article_id FROM article_signatures WHERE article_id = ?', samples[4])).toEqual([]);

    // A new language changes an article's stems: its signature is dropped and made again.
    temp.library.updateArticle(unrelated, { language: 'fr' });
    expect(await rows('SELECT article_id FROM article_signatures WHERE article_id = ?', unrelated)).toEqual([]);
    temp.library.stories();
    expect(await rows('SELECT article_id FROM article_signatures WHERE article_id = ?', unrelated)).toEqual([{ article_id: unrelated }]);
  });

  it('stores comparisons and drops them when one of their articles changes or goes', async () => {
    const ids = (await temp.library.importPaths(sampleFiles)).imported.map((a) => a.id);
    const first = temp.library.compare({ ids });
    expect(await rows('SELECT key FROM comparisons')).toHaveLength(1);
    expect(temp.library.compare({ ids })).toEqual(first);
    const story = temp.library.stories()[0]!;
    temp.library.compare({ story: story.id });

    temp.library.updateArticle(ids[1]!, { title: 'A corrected title' });
    const renamed = temp.library.compare({ ids });
    expect(renamed.articles[1]!.title).toBe('A corrected title');
    expect(renamed.themes).toEqual(first.themes);

    temp.library.removeArticle(ids[0]!);
    expect(await rows('SELECT key FROM comparisons')).toEqual([]);
    expect(await rows('SELECT * FROM comparison_articles')).toEqual([]);
    expect(() => temp.library.compare({ ids })).toThrow(/no article/u);
  });

  it('keeps the user’s renames, merges, splits and moves when new articles make it group again', async () => {
    const samples = (await temp.library.importPaths(sampleFiles)).imported.map((a) => a.id);
    const harbour = temp.library.importText(unrelatedText).imported[0]!.id;
    const orchard = temp.library.importText(otherText).imported[0]!.id;
    const storyOf = (article: number) => temp.library.stories().find((s) => s.articleIds.includes(article))!;
    const sample = storyOf(samples[0]!);

    const renamed = temp.library.renameStory(sample.id, 'Code red at OpenAI');
    expect(renamed.story).toMatchObject({ id: sample.id, label: 'Code red at OpenAI', edited: true });

    const merged = temp.library.mergeStories(storyOf(harbour).id, storyOf(orchard).id);
    expect([...merged.story.articleIds].sort()).toEqual([harbour, orchard].sort());

    const split = temp.library.splitStory(sample.id, [samples[3]!, samples[4]!]);
    expect(split.story.articleIds).toEqual([samples[3], samples[4]]);
    expect(storyOf(samples[0]!).articleIds).toEqual(samples.slice(0, 3));

    const moved = temp.library.moveArticle(samples[2]!, split.story.id);
    expect(moved.story.articleIds).toEqual([samples[3], samples[4], samples[2]]);

    // New articles make the library group again: every edit stays.
    const later = temp.library.importText('Bridge closed for repairs\n\nThe old bridge over the river closed on Monday for two months of repairs, the city said.').imported[0]!.id;
    const stories = temp.library.stories();
    expect(stories.find((s) => s.articleIds.includes(later))!.articleIds).toEqual([later]);
    expect(storyOf(samples[0]!)).toMatchObject({ id: sample.id, label: 'Code red at OpenAI', articleIds: samples.slice(0, 2), edited: true });
    expect(storyOf(samples[3]!).articleIds).toEqual([samples[2], samples[3], samples[4]]); // regrouping keeps library order
    expect([...storyOf(harbour).articleIds].sort()).toEqual([harbour, orchard].sort());

    // And so after reopening the library.
    temp.library.close();
    const reopened = Library.open(temp.path);
    try {
      expect(reopened.stories()).toEqual(stories);
    } finally {
      reopened.close();
    }
  });

  it('groups the articles of a library written before stories were kept, once it is upgraded', () => {
    temp.library.close();
    const path = join(temp.dir, 'older.sqlite');
    const older = openDatabase(path, { migrations: migrations.slice(0, 2) });
    for (const file of sampleFiles) {
      const prepared = prepareArticle({ source: basename(file), bytes: readFileSync(file) });
      if ('reason' in prepared) throw new Error(prepared.message);
      storeArticle(older, analyseArticle(prepared), { source: basename(file), sourcePath: file });
    }
    older.close();
    const upgraded = Library.open(path);
    try {
      expect(upgraded.info().schemaVersion).toBe(migrations.length);
      expect(upgraded.stories().map((s) => s.articleIds.length)).toEqual([5]);
    } finally {
      upgraded.close();
    }
  });

  it('refuses edits that cannot be carried out, saying why', async () => {
    const samples = (await temp.library.importPaths(sampleFiles)).imported.map((a) => a.id);
    const story = temp.library.stories()[0]!;
    expect(() => temp.library.renameStory('nope', 'x')).toThrow(/no story nope/u);
    expect(() => temp.library.splitStory(story.id, samples)).toThrow(/at least one article/u);
    expect(() => temp.library.mergeStories(story.id, story.id)).toThrow(/into itself/u);
    expect(() => temp.library.moveArticle(999, story.id)).toThrow(/no article 999/u);
    expect(temp.library.stories()).toEqual([story]);
  });
});

describe('figures in the library', () => {
  it('extracts figures at import and recomputes them all when the extractor changes', async () => {
    await temp.library.importPaths(sampleFiles);
    const ids = temp.library.listArticles().map((a) => a.id);
    const before = temp.library.figures(ids).figures;
    expect(before.length).toBeGreaterThan(10);
    const { default: BetterSqlite3 } = await import('better-sqlite3');
    temp.library.close();
    const raw = new BetterSqlite3(temp.path);
    raw.prepare("UPDATE meta SET value = '0' WHERE key = 'figures-extractor-version'").run();
    raw.prepare('DELETE FROM figures').run();
    raw.close();
    const reopened = Library.open(temp.path);
    try {
      expect(reopened.figures(ids).figures).toEqual(before);
    } finally {
      reopened.close();
    }
  });
});

describe('search over the sample library', () => {
  beforeEach(async () => {
    await temp.library.importPaths(sampleFiles);
  });

  it('finds Gemini in the Hebrew, English and French articles, highlighting the whole word', () => {
    const result = temp.library.search('Gemini');
    expect(new Set(result.hits.map((h) => h.language))).toEqual(new Set(['he', 'en', 'fr']));
    for (const hit of result.hits) {
      expect(hit.matches.length).toBeGreaterThan(0);
      for (const match of hit.matches) expect(match.text.toLowerCase()).toBe('gemini');
      const article = temp.library.getArticle(hit.id);
      for (const match of hit.matches) expect(article.paragraphs[match.paragraph]!.text.slice(match.start, match.end)).toBe(match.text);
      for (const range of hit.snippetMatches) expect(hit.snippet.slice(range.start, range.end).toLowerCase()).toBe('gemini');
    }
  });

  it('matches across accents, elision and ligatures, highlighting the surface as written', () => {
    const hit = temp.library.search('manoeuvre strategique').hits[0];
    expect(hit?.language).toBe('fr');
    expect(hit?.matches.map((m) => m.text)).toEqual(expect.arrayContaining(['manœuvre', 'stratégique']));
    const elided = temp.library.search('OpenAI lang:fr').hits[0]!;
    expect(elided.matches.map((m) => m.text)).toContain('d’OpenAI');
  });

  it('supports phrases, prefixes, exclusion, OR and language filters', () => {
    const phrase = temp.library.search('"Wall Street Journal"');
    expect(phrase.total).toBeGreaterThanOrEqual(1);
    expect(temp.library.search('"Journal Wall Street"').total).toBe(0);
    expect(temp.library.search('Gem*').total).toBe(temp.library.search('Gemini').total);
    const withoutFrench = temp.library.search('Gemini -alerte');
    expect(withoutFrench.hits.map((h) => h.language)).not.toContain('fr');
    expect(temp.library.search('Gemini lang:he').hits.map((h) => h.language)).toEqual(['he']);
    const either = temp.library.search('Tworek OR manœuvre');
    expect(new Set(either.hits.map((h) => h.language))).toEqual(new Set(['en', 'fr']));
  });

  it('searches names with digits as typed', () => {
    const result = temp.library.search('GPT-4o');
    expect(result.total).toBeGreaterThanOrEqual(3);
    expect(result.hits.flatMap((h) => h.matches.map((m) => m.text))).toContain('GPT-4o');
  });

  it('returns nothing at once for an empty query and never throws on hostile ones', () => {
    expect(temp.library.search('   ')).toMatchObject({ total: 0, hits: [] });
    for (const query of ['"', 'AND', 'NEAR(', '*', '\u0000', 'a'.repeat(10_000), ')(*&^%$#@!', 'OR OR OR', '-', '--x', 'lang:', 'outlet:"', 'after:xx']) {
      expect(() => temp.library.search(query)).not.toThrow();
    }
  });
});
