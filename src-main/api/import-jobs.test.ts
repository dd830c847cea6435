import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempLibrary, type TempLibrary } from '../../tests/support/temp-library.js';
import { createHandlers } from './handlers.js';

let temp: TempLibrary;
beforeEach(() => {
  temp = createTempLibrary();
});
afterEach(() => temp.dispose());

/** A folder of distinct small articles, enough for an import to take several batches. */
function writeArticles(count: number): string {
  const dir = join(temp.dir, 'articles');
  mkdirSync(dir);
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `article-${i}.txt`), `Article ${i}\n\nThe council met for session ${i} and voted ${i % 7} times on the harbour budget of ${1000 + i} euros.`);
  }
  return dir;
}

describe('imports seen from the API', () => {
  it('report their progress while they run, and nothing when idle', async () => {
    const handlers = createHandlers(temp.library);
    expect(await handlers.importStatus({})).toEqual({ running: false, done: 0, total: 0, current: '' });
    const dir = writeArticles(400);
    const seen: Array<{ done: number; total: number }> = [];
    const importing = Promise.resolve(handlers.importPaths({ paths: [dir] }));
    let finished = false;
    void importing.then(() => (finished = true));
    while (!finished) {
      const status = await handlers.importStatus({});
      if (status.running) seen.push({ done: status.done, total: status.total });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const report = await importing;
    expect(report.imported).toHaveLength(400);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s.total === 400 && s.done <= 400)).toBe(true);
    expect(seen.map((s) => s.done)).toEqual([...seen.map((s) => s.done)].sort((a, b) => a - b));
    expect(await handlers.importStatus({})).toMatchObject({ running: false });
  });

  it('can be cancelled from another call, keeping every batch already written', async () => {
    const handlers = createHandlers(temp.library);
    const dir = writeArticles(1500);
    const importing = Promise.resolve(handlers.importPaths({ paths: [dir] }));
    let finished = false;
    void importing.then(() => (finished = true));
    // Cancel once the first batch is in.
    for (;;) {
      const status = await handlers.importStatus({});
      if (status.done > 0) break;
      if (finished) throw new Error('the import ended before any progress was seen');
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await handlers.cancelImport({})).toEqual({ cancelled: true });
    const report = await importing;
    expect(report.cancelled).toBeGreaterThan(0);
    expect(report.imported.length + report.cancelled!).toBe(1500);
    expect(temp.library.listArticles()).toHaveLength(report.imported.length);
    // Nothing left running: a second cancel has nothing to stop.
    expect(await handlers.cancelImport({})).toEqual({ cancelled: false });
  });
});
