/**
 * A generated folder of bad files, imported in a process of its own: every problem gets a clear
 * message, nothing from a page runs, memory stays bounded, the good files are imported, and what
 * the library held before is still there.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src-main/core/library/library.js';
import type { ImportReport } from '../../src-main/api/contract.js';
import { repoRoot, sampleFiles } from '../support/temp-library.js';

let dir: string;
let folder: string;
let library: string;
const isRoot = process.getuid?.() === 0;

const hostileHtml = `<!doctype html><html><head><title>Ordinary headline</title>
<style>body { background: url("javascript:alert(1)"); width: expression(alert(2)); }</style>
<script>globalThis.pwned = true; fetch('http://127.0.0.1:9/steal')</script></head>
<body onload="pwned()"><article><h1>Ordinary headline</h1>
<p>An ordinary paragraph of news text, long enough for the extractor to keep it as the body.</p>
<iframe src="javascript:alert(3)" srcdoc="<script>pwned()</script>"></iframe>
<p onmouseover="pwned()">A second paragraph with <a href="javascript:pwned()">a hostile link</a> in it, also long enough.</p>
<img src=x onerror="pwned()"><object data="evil.swf"></object><embed src="evil.swf">
</article></body></html>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
  folder = join(dir, 'incoming');
  library = join(dir, 'library.sqlite');
  mkdirSync(folder);
  const file = (name: string, content: string | Buffer) => writeFileSync(join(folder, name), content);
  file('good-1.txt', 'A good headline\n\nA good paragraph about the harbour, long enough to be an article of its own.\n');
  file('good-2.md', '# Another good one\n\nMarkdown text about the council meeting, with enough words to count as a body.\n');
  file('binary.dat', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  file('elf.txt', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(512)]));
  file('zero.txt', '');
  file('invalid-utf8.txt', Buffer.concat([Buffer.from('Texte presque correct.\n\nUn paragraphe en français '), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(' qui continue après les octets invalides.')]));
  file('utf16-no-bom.txt', Buffer.from('A headline in UTF-16\n\nThis file is little-endian UTF-16 without a byte order mark, written by an old editor.\n', 'utf16le'));
  file('mixed.txt', Buffer.concat([Buffer.from('Café in UTF-8, then\n\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from(' in windows-1252, in one file with enough words to be read.\n')]));
  file('one-line.txt', 'word '.repeat(200_000));
  file('nested.html', `<html><body>${'<div>'.repeat(5000)}<p>Deep text inside many boxes, long enough to be kept as a paragraph.</p>${'</div>'.repeat(5000)}</body></html>`);
  file('hostile.html', hostileHtml);
  file('bidi.txt', 'Headline\n\nThe invoice \u202Egpj.exe\u202C is harmless, says a paragraph with enough words to be an article.\n');
  // Git's rule: a NUL among the first 8,000 bytes means a binary file; further in, it is damage to clean.
  file('nul-early.txt', Buffer.from('Headline\u0000\n\nText with a NUL byte near its start, in a paragraph that is otherwise long enough.\n'));
  file('nul-late.txt', Buffer.from(`Headline\n\n${'A long paragraph of ordinary text. '.repeat(300)}\n\nA later paragraph with a NUL\u0000 byte inside it.\n`));
  file('compressed.html', gzipSync(Buffer.from(hostileHtml)));
  writeFileSync(join(folder, 'huge.txt'), Buffer.alloc(200 * 1024 * 1024, 0x61));
  mkdirSync(join(folder, 'loop'));
  symlinkSync(folder, join(folder, 'loop', 'back-to-top'));
  if (!isRoot) {
    file('unreadable.txt', 'secret');
    chmodSync(join(folder, 'unreadable.txt'), 0);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a folder of hostile and broken files', () => {
  it('reports each problem clearly, runs nothing, stays within memory, and imports the rest', async () => {
    const before = Library.open(library);
    await before.importPaths(sampleFiles.slice(0, 2));
    before.close();

    const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'tests', 'support', 'import-and-report.ts'), library, folder], {
      encoding: 'utf8',
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(run.status, run.stderr).toBe(0);
    const { report, peakRssMb } = JSON.parse(run.stdout) as { report: ImportReport; peakRssMb: number };
    const reason = (name: string) => report.skipped.find((s) => s.source === name)?.reason;
    console.log(`hostile import: ${report.imported.length} imported, ${report.skipped.length} refused, peak RSS ${peakRssMb.toFixed(0)} MB`);

    expect(reason('binary.dat')).toMatch(/binary|unsupported/u);
    expect(reason('elf.txt')).toBe('binary');
    expect(reason('zero.txt')).toBe('empty');
    expect(reason('huge.txt')).toBe('too-large');
    expect(reason('compressed.html')).toBe('binary');
    expect(reason('nul-early.txt')).toBe('binary');
    expect(reason('nested.html')).toBe('invalid');
    expect(report.skipped.find((s) => s.source === 'nested.html')?.message).toMatch(/nested too deeply/u);
    for (const skipped of report.skipped) expect(skipped.message.length).toBeGreaterThan(15);
    const imported = report.imported.map((a) => a.source).sort();
    expect(imported).toEqual(expect.arrayContaining(['good-1.txt', 'good-2.md', 'hostile.html', 'invalid-utf8.txt', 'utf16-no-bom.txt', 'mixed.txt', 'one-line.txt', 'bidi.txt', 'nul-late.txt']));
    // 200 MB were never read into memory.
    expect(peakRssMb).toBeLessThan(800);

    const after = Library.open(library);
    try {
      expect(after.listArticles()).toHaveLength(2 + report.imported.length);
      const textOf = (source: string) => {
        const id = after.listArticles().find((a) => a.source === source)!.id;
        return after.getArticle(id).paragraphs.map((p) => p.text).join('\n');
      };
      expect(textOf('hostile.html')).toContain('An ordinary paragraph');
      expect(textOf('hostile.html')).not.toMatch(/pwned|steal|javascript:|expression\(|<script|onload|onerror/u);
      expect(textOf('bidi.txt')).not.toMatch(/[\u202A-\u202E]/u);
      expect(textOf('nul-late.txt')).toContain('A later paragraph with a NUL byte');
      expect(textOf('mixed.txt')).toContain('Café');
      expect(textOf('utf16-no-bom.txt')).toContain('little-endian UTF-16');
    } finally {
      after.close();
    }
  }, 120_000);

  it.skipIf(isRoot)('refuses an unreadable file with a message (skipped as root, who can read every file)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'tests', 'support', 'import-and-report.ts'), join(dir, 'other.sqlite'), join(folder, 'unreadable.txt')], { encoding: 'utf8', cwd: repoRoot });
    const { report } = JSON.parse(run.stdout) as { report: ImportReport };
    expect(report.skipped[0]).toMatchObject({ source: 'unreadable.txt', reason: 'unreadable' });
  });
});
