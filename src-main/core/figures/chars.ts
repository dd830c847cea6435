/**
 * Character classes the scanners need, by code unit, without regular expressions on the hot path.
 */

/** The value of a decimal digit in any of the scripts Parallax reads (ASCII, full-width, Arabic-Indic, Persian, Devanagari), or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c < 0x660) return -1;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  if (c >= 0x966 && c <= 0x96f) return c - 0x966;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** Spaces that may sit inside a number as a thousands separator: space, no-break, narrow no-break, thin, figure space. */
export function isGroupSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/** Any white space, including the no-break ones and line breaks. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x0c ||
    c === 0x0b ||
    c === 0x202f ||
    c === 0x2009 ||
    c === 0x2007 ||
    c === 0x200a ||
    c === 0x2008 ||
    c === 0x2002 ||
    c === 0x2003 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x85
  );
}

const letterFallback = /[\p{L}\p{M}]/u;

/** Letters and combining marks of any script (a word character that is not a digit). */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  if (c >= 0x5d0 && c <= 0x5ea) return true; // Hebrew letters
  if (c >= 0x591 && c <= 0x5c7) return c !== 0x5be && c !== 0x5c0 && c !== 0x5c3 && c !== 0x5c6; // Hebrew points, not maqaf/paseq/sof pasuq
  if (c >= 0x620 && c <= 0x65f) return true; // Arabic letters and harakat
  if (c >= 0x66e && c <= 0x6d3) return true;
  if (c === 0x670 || c === 0x640) return true; // superscript alef, tatweel
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: treated as symbols
  if (c >= 0x660 && c <= 0x669) return false;
  if (c >= 0x6f0 && c <= 0x6f9) return false;
  if (c >= 0xff10 && c <= 0xff19) return false;
  if (c >= 0xff21 && c <= 0xff3a) return true;
  if (c >= 0xff41 && c <= 0xff5a) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xff00 && c <= 0xffef) return false;
  return letterFallback.test(String.fromCharCode(c));
}

export function isHebrewLetter(c: number): boolean {
  return c >= 0x5d0 && c <= 0x5ea;
}

export function isArabicLetter(c: number): boolean {
  return (c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3);
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function isLatinLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7;
}

export function isUpperLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Hyphen-like characters that join words or digits: hyphen-minus, hyphen, non-breaking hyphen, Hebrew maqaf. */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x5be;
}

/** Minus signs: hyphen-minus, minus sign, full-width hyphen-minus, small hyphen-minus. */
export function isMinus(c: number): boolean {
  return c === 0x2d || c === 0x2212 || c === 0xff0d || c === 0xfe63;
}

/** End of the run of letters starting at `i` (letters and combining marks; Hebrew acronyms keep their gershayim). */
export function wordEnd(text: string, i: number): number {
  const n = text.length;
  // ASCII letters first: most words end without leaving this loop.
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) i++;
    else break;
  }
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      i++;
      continue;
    }
    // Hebrew acronyms and abbreviations: ש"ח, ארה"ב, ש״ח, אש״ח, מ"ל — a quote between Hebrew letters.
    if ((c === 0x22 || c === 0x5f4 || c === 0x27 || c === 0x5f3) && i > 0 && i + 1 < n && isHebrewLetter(text.charCodeAt(i - 1)) && isHebrewLetter(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** Start of the run of letters that ends at `end`. */
export function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isLetter(c)) {
      i--;
      continue;
    }
    if ((c === 0x22 || c === 0x5f4 || c === 0x27 || c === 0x5f3) && i - 2 >= 0 && i < end && isHebrewLetter(text.charCodeAt(i - 2)) && isHebrewLetter(text.charCodeAt(i))) {
      i--;
      continue;
    }
    break;
  }
  return i;
}

/** Lower-cases a word and folds the variants that spelling does not distinguish (Hebrew gershayim, points and Arabic harakat). */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (w.indexOf('״') >= 0) w = w.replace(/״/g, '"');
  if (w.indexOf('׳') >= 0) w = w.replace(/׳/g, "'");
  // Hebrew and Arabic points (niqqud, harakat) do not change the word.
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x591 && c <= 0x5c7) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640) {
      return stripMarks(w);
    }
  }
  return w;
}

const marks = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u064B-\u065F\u0670\u0640]/g;
function stripMarks(w: string): string {
  return w.replace(marks, '');
}

/** Folds one code unit the way foldWord does for hashing: ASCII and Latin-1 capitals to lower case, gershayim to quotes; -1 for marks that foldWord drops. */
function foldCode(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c === 0x5f4) return 0x22;
  if (c === 0x5f3) return 0x27;
  if ((c >= 0x591 && c <= 0x5bd) || c === 0x5bf || c === 0x5c1 || c === 0x5c2 || c === 0x5c4 || c === 0x5c5 || c === 0x5c7 || (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640) return -1;
  return c;
}

/** Hash of a folded word, computed from its last character to its first (see wordHashes). */
export function hashWord(word: string): number {
  let h = 0;
  for (let k = word.length - 1; k >= 0; k--) {
    const c = foldCode(word.charCodeAt(k));
    if (c >= 0) h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

/**
 * Hashes of the folded word text[start, end) and of the same word without its first one, two
 * and three characters (Hebrew and Arabic prefixes), written into `out` (length 4), without
 * allocating. Equal to hashWord(foldWord(…)) for words whose capitals are ASCII or Latin-1.
 */
export function wordHashes(text: string, start: number, end: number, out: Int32Array): void {
  let h = 0;
  out[1] = 0;
  out[2] = 0;
  out[3] = 0;
  for (let k = end - 1; k >= start; k--) {
    const c = foldCode(text.charCodeAt(k));
    if (c >= 0) h = (Math.imul(h, 31) + c) | 0;
    const off = k - start;
    if (off <= 3) out[off] = h;
  }
}
