/**
 * Two things at once on one library: searching while an import runs in another process gives
 * consistent answers, and a second app on the same library is refused with a clear message.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src-main/core/library/library.js';
import { repoRoot } from '../support/temp-library.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-concurrency-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startHarness(library: string): { child: ChildProcess; output: Promise<{ code: number | null; text: string; url: string | null }> } {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'web', 'server.js'), '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const output = new Promise<{ code: number | null; text: string; url: string | null }>((resolve) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const url = /running at (\S+)/u.exec(text)?.[1];
      if (url) resolve({ code: null, text, url });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => resolve({ code, text, url: null }));
  });
  return { child, output };
}

describe('two at once', () => {
  it('refuses a second app on the same library, and lets one in once the first has gone', async () => {
    // In a folder that does not exist yet, as on a first run.
    const library = join(dir, 'first-run', 'shared.sqlite');
    const first = startHarness(library);
    expect((await first.output).url).toMatch(/^http:\/\/127\.0\.0\.1:/u);
    const second = startHarness(library);
    const refused = await second.output;
    expect(refused.code).not.toBe(0);
    expect(refused.text).toMatch(/already open in the Parallax web harness \(process \d+\)/u);
    first.child.kill('SIGTERM');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const third = startHarness(library);
    expect((await third.output).url).toMatch(/^http:/u);
    third.child.kill('SIGTERM');
    await new Promise((resolve) => third.child.once('exit', resolve));
  }, 60_000);

  it('answers searches consistently while another process imports', async () => {
    const library = join(dir, 'busy.sqlite');
    const folder = join(dir, 'incoming');
    mkdirSync(folder);
    for (let i = 0; i < 1500; i++) writeFileSync(join(folder, `n-${i}.txt`), `Bulletin ${i}\n\nThe harbour authority published bulletin ${i} about tides and ferries today.\n`);
    Library.open(library).close();
    const importer = spawn(process.execPath, [join(repoRoot, 'bin', 'parallax.js'), '--library', library, 'import', folder], { stdio: 'ignore' });
    const done = new Promise<number | null>((resolve) => importer.once('exit', resolve));
    const reader = Library.open(library);
    let finished = false;
    void done.then(() => (finished = true));
    let previous = 0;
    let rounds = 0;
    try {
      while (!finished || rounds < 3) {
        const result = reader.search('harbour', 10);
        // Never fewer than before, and every hit is a whole article.
        expect(result.total).toBeGreaterThanOrEqual(previous);
        for (const hit of result.hits) expect(reader.getArticle(hit.id).paragraphs.length).toBeGreaterThan(0);
        previous = result.total;
        rounds++;
        await new Promise((resolve) => setTimeout(resolve, 25));
        if (finished) rounds = Math.max(rounds, 3);
      }
      expect(await done).toBe(0);
      expect(reader.search('harbour', 10).total).toBe(1500);
    } finally {
      reader.close();
    }
  }, 120_000);
});
