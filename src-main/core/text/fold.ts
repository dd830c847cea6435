/**
 * Folding for search: what a person types must meet what was written. Case, diacritics, ligatures,
 * compatibility forms and non-ASCII digits are folded one code point at a time, so that every
 * folded character still knows where it came from in the original text (highlights depend on it).
 */

// Letters that Unicode does not decompose but readers treat as two letters or a plain one.
const letterFolds: Record<string, string> = {
  œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l', ĸ: 'k',
  // Hebrew final letters are the same letters.
  ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ',
  // Arabic: alef and hamza carriers, teh marbuta and alef maksura, as search engines for Arabic fold them.
  أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ؤ: 'و', ئ: 'ي', ى: 'ي', ة: 'ه', 'ـ': '',
};

const bmpCache: Array<string | undefined> = new Array(0x10000);
const astralCache = new Map<number, string>();

/** Folds one code point to zero or more search characters. */
export function foldCodePoint(codePoint: number): string {
  if (codePoint < 0x80) {
    return codePoint >= 0x41 && codePoint <= 0x5a ? String.fromCharCode(codePoint + 32) : String.fromCharCode(codePoint);
  }
  const cached = codePoint < 0x10000 ? bmpCache[codePoint] : astralCache.get(codePoint);
  if (cached !== undefined) return cached;
  const char = String.fromCodePoint(codePoint);
  let folded = letterFolds[char.toLowerCase()] ?? letterFolds[char];
  if (folded === undefined) {
    const digit = decimalDigitValue(codePoint);
    if (digit !== undefined) folded = String(digit);
    else {
      // NFKD splits accents and compatibility forms (ﬁ, ², full-width letters); nonspacing marks go,
      // and so does the space some presentation forms decompose into (ﹰ is a space and a fathatan).
      folded = char.normalize('NFKD').replace(/[\p{Mn}\s]/gu, '').toLowerCase();
      folded = [...folded].map((c) => letterFolds[c] ?? c).join('');
    }
  }
  if (codePoint < 0x10000) bmpCache[codePoint] = folded;
  else astralCache.set(codePoint, folded);
  return folded;
}

const asciiOnly = /^[\x00-\x7f]*$/u;

export function foldText(text: string): string {
  if (asciiOnly.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) out += foldCodePoint(char.codePointAt(0)!);
  return out;
}

// Zero digits of the decimal digit blocks in common use (Arabic-Indic, Persian, Devanagari, Bengali,
// Thai, full-width, …). Every block holds ten consecutive digits.
const zeroDigits = [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10];

function decimalDigitValue(codePoint: number): number | undefined {
  for (const zero of zeroDigits) if (codePoint >= zero && codePoint <= zero + 9) return codePoint - zero;
  return undefined;
}
