/**
 * A real import of 5,000 files in a child process, killed with SIGKILL part way: the library must
 * open, pass SQLite's integrity check, hold whole batches only (no article without its paragraphs,
 * source or index entry), and finish the import when it is run again.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src-main/core/library/library.js';
import { repoRoot } from '../support/temp-library.js';

const fileCount = 5_000;
let dir: string;
let folder: string;
let library: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-kill-'));
  folder = join(dir, 'articles');
  library = join(dir, 'library.sqlite');
  mkdirSync(folder);
  for (let i = 0; i < fileCount; i++) {
    writeFileSync(join(folder, `article-${String(i).padStart(5, '0')}.txt`), `Report number ${i}\n\nThe council met on day ${i} and discussed item ${i * 7}; the vote was ${i % 13} to ${i % 5}.\n`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], path = library) => [join(repoRoot, 'bin', 'parallax.js'), '--library', path, ...args];

function countArticles(path = library): number {
  try {
    const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

describe('an import killed part way', () => {
  it('leaves a sound library holding whole batches, and can be resumed', async () => {
    const child = spawn(process.execPath, cli(['import', folder, '--json']), { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // Kill it once some batches have committed, well before the end.
    const deadline = Date.now() + 60_000;
    while (countArticles() < 300 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    const committed = countArticles();
    expect(committed).toBeGreaterThanOrEqual(300);
    expect(committed).toBeLessThan(fileCount);

    const db = new BetterSqlite3(library);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Batches of 100 commit together; nothing of a batch in flight is left behind.
    expect(committed % 100).toBe(0);
    const orphans = db
      .prepare(
        `SELECT count(*) FROM articles a
          WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = a.id)
             OR NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)`,
      )
      .pluck()
      .get();
    expect(orphans).toBe(0);
    db.close();
    const opened = Library.open(library);
    expect(opened.search('council').total).toBe(committed);
    opened.close();

    const resumed = spawnSync(process.execPath, cli(['import', folder, '--json']), { encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    const report = JSON.parse(resumed.stdout) as { imported: unknown[]; skipped: Array<{ reason: string }> };
    expect(report.imported).toHaveLength(fileCount - committed);
    expect(report.skipped.filter((s) => s.reason === 'duplicate')).toHaveLength(committed);
    expect(countArticles()).toBe(fileCount);
  }, 180_000);

  it('stops cleanly on Ctrl+C, keeping whole batches and saying how many were left', async () => {
    const interrupted = join(dir, 'interrupted.sqlite');
    const child = spawn(process.execPath, cli(['import', folder, '--json'], interrupted), { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (countArticles(interrupted) < 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { imported: unknown[]; skipped: unknown[]; cancelled: number };
    expect(report.cancelled).toBeGreaterThan(0);
    expect(report.imported.length + report.skipped.length + report.cancelled).toBe(fileCount);
    expect(report.imported.length % 100).toBe(0);
    expect(countArticles(interrupted)).toBe(report.imported.length);
  }, 180_000);
});
