/**
 * Bytes to text: find the encoding, refuse what is not text, and hand on one normal form
 * (NFC, `\n` line ends, no NUL) so that later steps never have to think about bytes again.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import type { ImportProblem } from './prepared-article.js';

export interface DecodedText {
  text: string;
  /** What the bytes were read as, for people and logs (`utf-8`, `windows-1255`, …). */
  encoding: string;
}

export interface DecodeOptions {
  /**
   * An encoding the source declared (an HTTP charset, an HTML `<meta charset>`). Used only when
   * the bytes are not valid UTF-8, since declarations are often stale copies of a template's.
   */
  declaredEncoding?: string | null;
}

interface Signature {
  bytes: ReadonlyArray<number | null>;
  offset?: number;
  what: string;
}

// `null` matches any byte (the size fields of RIFF and ISO media containers).
const signatures: Signature[] = [
  { bytes: [0x1f, 0x8b], what: 'gzip-compressed data' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive, or a document packed as one such as .docx or .epub' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty zip archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], what: 'a WebP image' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: 'a video or audio file (MP4 family)' },
  { bytes: [0x49, 0x44, 0x33], what: 'an MP3 audio file' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], what: 'an Ogg audio or video file' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an ELF executable' },
  { bytes: [0x4d, 0x5a, 0x90, 0x00], what: 'a Windows executable' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a macOS executable' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], what: 'a WebAssembly module' },
  { bytes: [0x42, 0x5a, 0x68], what: 'bzip2-compressed data' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz-compressed data' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd-compressed data' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Microsoft Office document' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00], what: 'an SQLite database' },
];

// chardet names encodings by their ISO standard; the Windows code pages are supersets that
// decode the same letters plus the typographic quotes and dashes real documents contain.
const legacyEquivalents: Record<string, string> = {
  'iso-8859-8': 'windows-1255',
  'iso-8859-8-i': 'windows-1255',
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'iso-8859-6': 'windows-1256',
};

// Git's rule: a NUL in the first 8000 bytes means binary. Further in, a stray NUL is damage.
const nulWindow = 8000;
const controlSample = 64 * 1024;
const maxControlRatio = 0.02;

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText | ImportProblem {
  if (bytes.length === 0) return { reason: 'empty', message: 'The file is empty.' };

  const decoded = decodeByBom(bytes) ?? decodeWithoutBom(bytes, options);
  if ('reason' in decoded) return decoded;

  const text = normalizeText(decoded.text);
  if (isBlank(text)) return { reason: 'empty', message: 'The file contains only blank space, no text.' };
  if (controlRatio(text) > maxControlRatio) return binary('it is full of control characters');
  return { text, encoding: decoded.encoding };
}

/** The one normal form every later step relies on; also applied to pasted text. */
/**
 * Bidi embeddings and overrides (U+202A–U+202E) can make text display in an order other than
 * its own, hiding what it says; they are removed. Marks (LRM, RLM) and isolates stay: they only
 * help neutral characters find their direction.
 */
const bidiOverrides = /[\u202A-\u202E]/g;

export function stripBidiOverrides(text: string): string {
  return text.replace(bidiOverrides, '');
}

export function normalizeText(text: string): string {
  // A byte order mark anywhere but the start is debris of joined files: every one goes.
  return text
    .replace(/\uFEFF/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u0000/g, '')
    .replace(bidiOverrides, '')
    .normalize('NFC');
}

export function isBlank(text: string): boolean {
  return /^[\s\u200B-\u200D\u2060\uFEFF]*$/u.test(text);
}

/**
 * Reads the charset an HTML document declares in its first kilobytes (`<meta charset>` or
 * `http-equiv`), as browsers do before parsing.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function decodeByBom(bytes: Uint8Array): DecodedText | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  // UTF-32 first: its little-endian mark begins with UTF-16's.
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) {
    return { text: iconv.decode(bytes.subarray(4), 'utf32le'), encoding: 'utf-32le' };
  }
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) {
    return { text: iconv.decode(bytes.subarray(4), 'utf32be'), encoding: 'utf-32be' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  return null;
}

function decodeWithoutBom(bytes: Uint8Array, options: DecodeOptions): DecodedText | ImportProblem {
  const signature = signatures.find((s) => matches(bytes, s));
  if (signature) return binary(signature.what);

  const utf16 = decodeUtf16WithoutBom(bytes);
  if (utf16) return utf16;

  if (bytes.subarray(0, nulWindow).includes(0)) return binary('it contains NUL bytes');
  if (byteControlRatio(bytes) > maxControlRatio) return binary('it is full of control characters');

  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a legacy code page, or UTF-8 with a few damaged bytes.
  }

  const declared = usableEncoding(options.declaredEncoding);
  if (declared && declared !== 'utf-8') return { text: iconv.decode(bytes, declared), encoding: declared };

  const mixed = decodeMostlyUtf8(bytes);
  if (mixed) return mixed;

  const guessed = guessLegacyEncoding(bytes);
  return { text: iconv.decode(bytes, guessed), encoding: guessed };
}

function matches(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((b, i) => b === null || bytes[offset + i] === b);
}

function binary(what: string): ImportProblem {
  const message = what.startsWith('it ')
    ? `This looks like a binary file, not text: ${what}.`
    : `This looks like a binary file (${what}), not text.`;
  return { reason: 'binary', message };
}

/**
 * Text in UTF-16 saved without a byte order mark shows NUL bytes on one side of each pair only:
 * the high byte of every ASCII space, digit and punctuation mark, even in Hebrew or Russian text.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  if (bytes.length < 4) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, 16 * 1024) & ~1);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const pairs = sample.length / 2;
  const candidates: Array<[string, number, number]> = [
    ['utf-16le', oddNuls, evenNuls],
    ['utf-16be', evenNuls, oddNuls],
  ];
  for (const [encoding, onSide, offSide] of candidates) {
    if (onSide < Math.max(2, pairs * 0.05) || offSide > onSide * 0.05) continue;
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, bytes.length & ~1));
      if (controlRatio(text) <= maxControlRatio) return { text, encoding };
    } catch {
      // Unpaired surrogates: not UTF-16 after all.
    }
  }
  return null;
}

function byteControlRatio(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, controlSample);
  let controls = 0;
  for (const b of sample) {
    // Tab, line feed, form feed, carriage return and escape turn up in real text files.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
  }
  return sample.length === 0 ? 0 : controls / sample.length;
}

function controlRatio(text: string): number {
  const sample = text.slice(0, controlSample);
  const controls = sample.match(/[\u0001-\u0008\u000B\u000E-\u001A\u001C-\u001F\u007F\u0080-\u009F]/g)?.length ?? 0;
  return sample.length === 0 ? 0 : controls / sample.length;
}

function usableEncoding(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name.trim().toLowerCase();
  const mapped = legacyEquivalents[lower] ?? lower;
  if (mapped === 'utf8' || mapped === 'utf-8') return 'utf-8';
  return iconv.encodingExists(mapped) ? mapped : null;
}

/**
 * A UTF-8 file with a few bytes pasted in from a legacy code page decodes best byte by byte:
 * keep every valid UTF-8 sequence and read only the stray bytes as windows-1252, rather than
 * turning every accented letter of the file into mojibake.
 */
function decodeMostlyUtf8(bytes: Uint8Array): DecodedText | null {
  let validSequences = 0;
  let strayBytes = 0;
  const parts: string[] = [];
  let start = 0;
  let i = 0;
  const fatal = new TextDecoder('utf-8', { fatal: true });
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      validSequences++;
      i += length;
      continue;
    }
    strayBytes++;
    parts.push(fatal.decode(bytes.subarray(start, i)), iconv.decode(bytes.subarray(i, i + 1), 'windows-1252'));
    i++;
    start = i;
  }
  // A legacy file makes a valid UTF-8 sequence only by accident; a file with as many of them as
  // half its stray bytes was written in UTF-8, with some of it pasted from elsewhere.
  if (validSequences === 0 || validSequences * 2 < strayBytes) return null;
  parts.push(fatal.decode(bytes.subarray(start)));
  return { text: parts.join(''), encoding: 'utf-8 (with stray windows-1252 bytes)' };
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 (the table of RFC 3629, section 4). */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function guessLegacyEncoding(bytes: Uint8Array): string {
  for (const match of analyse(bytes)) {
    const usable = usableEncoding(match.name);
    // chardet may still offer UTF-8 or UTF-16 for bytes that already failed those decoders.
    if (usable && !usable.startsWith('utf')) return usable;
  }
  // Every byte means something in windows-1252, so nothing is lost that could be recovered.
  return 'windows-1252';
}
