import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, normalizeText, sniffHtmlCharset } from './decode.js';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/code-red/${name}`, import.meta.url), 'utf8');

const hebrew = corpus('000_be4929c85bf45a3d.txt');
const french = corpus('003_f06ce34e67cddb2b.txt');
const english = corpus('004_5afbe78166aab86d.txt');
// A few sentences, as short files are where detectors go wrong.
const hebrewShort = hebrew.split('\n')[0] ?? '';
const frenchShort = french.split('\n\n').slice(0, 2).join('\n\n');

function decoded(bytes: Uint8Array): { text: string; encoding: string } {
  const result = decodeBytes(bytes);
  if ('reason' in result) throw new Error(`expected text, got ${result.reason}: ${result.message}`);
  return result;
}

function problem(bytes: Uint8Array): { reason: string; message: string } {
  const result = decodeBytes(bytes);
  if (!('reason' in result)) throw new Error(`expected a problem, got text in ${result.encoding}`);
  return result;
}

const withBom = (bom: number[], body: Uint8Array): Uint8Array => new Uint8Array([...bom, ...body]);

describe('decodeBytes: Unicode', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decoded(new TextEncoder().encode(hebrew))).toEqual({ text: hebrew, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const result = decoded(withBom([0xef, 0xbb, 0xbf], new TextEncoder().encode(french)));
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(french);
  });

  it.each([
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const)('reads %s with a BOM', (encoding, bom) => {
    const result = decoded(withBom([...bom], iconv.encode(hebrew, encoding)));
    expect(result).toEqual({ text: hebrew, encoding });
  });

  it.each(['utf-16le', 'utf-16be'] as const)('recognises %s without a BOM by its NUL bytes', (encoding) => {
    for (const text of [hebrew, english, french]) {
      expect(decoded(iconv.encode(text, encoding))).toEqual({ text, encoding });
    }
  });
});

describe('decodeBytes: legacy code pages', () => {
  it.each([
    ['Hebrew in windows-1255', hebrew],
    ['a Hebrew sentence in windows-1255', hebrewShort],
  ])('reads %s (chardet says ISO-8859-8)', (_, text) => {
    const result = decoded(iconv.encode(text, 'windows-1255'));
    expect(result.encoding).toBe('windows-1255');
    expect(result.text).toBe(text);
    // The maqaf (־) exists in windows-1255 only, not in ISO-8859-8.
    if (text.includes('־')) expect(result.text).toContain('ב־');
  });

  it.each([
    ['French in windows-1252', french],
    ['two French paragraphs in windows-1252', frenchShort],
  ])('reads %s, typographic quotes and œ included', (_, text) => {
    const result = decoded(iconv.encode(text, 'windows-1252'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe(text);
    expect(result.text).toContain('d’OpenAI');
    expect(result.text).toContain('«\u00A0Code Red\u00A0»');
  });

  it('keeps œ, which ISO-8859-1 lacks and windows-1252 has', () => {
    expect(decoded(iconv.encode(french, 'windows-1252')).text).toContain('manœuvre');
  });

  it('reads ISO-8859-1 as windows-1252, its superset', () => {
    const latin1 = french.replace(/[’]/gu, "'").replace(/œ/gu, 'oe').replace(/–/gu, '-');
    const result = decoded(iconv.encode(latin1, 'iso-8859-1'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe(latin1);
  });

  it('reads English with a windows-1252 bullet and dash', () => {
    const text = `${english}\n• Item one – with a dash\n`;
    const result = decoded(iconv.encode(text, 'windows-1252'));
    expect(result.text).toBe(text);
  });

  it('uses a declared encoding when the bytes are not UTF-8', () => {
    const result = decodeBytes(iconv.encode(hebrewShort, 'windows-1255'), { declaredEncoding: 'ISO-8859-8' });
    expect(result).toEqual({ text: hebrewShort, encoding: 'windows-1255' });
  });

  it('ignores a declared legacy encoding when the bytes are valid UTF-8', () => {
    const result = decodeBytes(new TextEncoder().encode(french), { declaredEncoding: 'windows-1252' });
    expect(result).toEqual({ text: french, encoding: 'utf-8' });
  });
});

describe('decodeBytes: invalid UTF-8', () => {
  it('keeps the UTF-8 and reads only stray bytes as windows-1252', () => {
    const good = new TextEncoder().encode('Une « alerte rouge » déclenchée. ');
    const stray = iconv.encode('Café', 'windows-1252');
    const result = decoded(new Uint8Array([...good, ...stray, ...good]));
    expect(result.text).toBe('Une « alerte rouge » déclenchée. CaféUne « alerte rouge » déclenchée. ');
    expect(result.encoding).toMatch(/^utf-8/u);
  });

  it('never throws on truncated sequences and still returns text', () => {
    const bytes = new TextEncoder().encode(english.slice(0, 500) + 'שלום');
    const result = decoded(bytes.subarray(0, bytes.length - 1));
    expect(result.text.startsWith(english.slice(0, 100))).toBe(true);
  });
});

describe('decodeBytes: normal form', () => {
  it('composes to NFC, unifies line ends and removes NUL characters', () => {
    const text = 'Cafe\u0301 cre\u0300me\r\nline two\rline three\n';
    const result = decoded(new TextEncoder().encode(text));
    expect(result.text).toBe('Café crème\nline two\nline three\n');
    expect(result.text).toBe(result.text.normalize('NFC'));
  });

  it('removes a NUL that turns up past the first 8000 bytes', () => {
    const text = `${english}\n${english}\u0000 tail`;
    expect(new TextEncoder().encode(text).indexOf(0)).toBeGreaterThan(8000);
    expect(decoded(new TextEncoder().encode(text)).text).toBe(`${english}\n${english} tail`);
  });

  it('normalizeText does the same to pasted text', () => {
    expect(normalizeText('\uFEFFa\u0000b\r\nc\u0301')).toBe('ab\nć');
  });
});

describe('decodeBytes: not text', () => {
  it.each([
    ['gzip', [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00], /gzip-compressed data/u],
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00], /zip archive/u],
    ['PDF', [...Buffer.from('%PDF-1.7\n%âãÏÓ\n')], /PDF document/u],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00], /PNG image/u],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46], /JPEG image/u],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], /ELF executable/u],
  ])('recognises %s by its magic number', (_, bytes, what) => {
    const result = problem(new Uint8Array(bytes));
    expect(result.reason).toBe('binary');
    expect(result.message).toMatch(what);
    expect(result.message).toMatch(/^This looks like a binary file .*\.$/u);
  });

  it('calls bytes with NULs that are not UTF-16 binary', () => {
    const bytes = new Uint8Array(4000).map((_, i) => (i * 37) % 251);
    expect(problem(bytes).reason).toBe('binary');
  });

  it('calls text full of control characters binary', () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41));
    expect(problem(bytes)).toMatchObject({ reason: 'binary' });
  });

  it('reports an empty file', () => {
    expect(problem(new Uint8Array())).toEqual({ reason: 'empty', message: 'The file is empty.' });
  });

  it.each([
    ['spaces and newlines', ' \n\n\t  \r\n'],
    ['a BOM alone', '\uFEFF'],
    ['no-break and zero-width spaces', '\u00A0\u200B\n'],
  ])('reports whitespace only (%s) as empty', (_, text) => {
    expect(problem(new TextEncoder().encode(text)).reason).toBe('empty');
  });
});

describe('sniffHtmlCharset', () => {
  it('reads <meta charset> and http-equiv declarations', () => {
    expect(sniffHtmlCharset(Buffer.from('<html><head><meta charset="windows-1255">'))).toBe('windows-1255');
    expect(sniffHtmlCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe('iso-8859-1');
    expect(sniffHtmlCharset(Buffer.from('<p>no declaration</p>'))).toBeNull();
  });
});
