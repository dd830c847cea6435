/**
 * The number stage: finds every number in a text, in one left-to-right pass, whatever script each
 * word is written in (a Hebrew paragraph may quote "$1.4 trillion"; a Chinese one "2024年").
 * Figures (extract-figures.ts) are built on these numbers.
 */
import { digitValue, foldWord, hashWord, wordHashes, isArabicLetter, isHan, isHebrewLetter, isLatinLetter, isLetter, isMinus, isSpace, wordEnd, wordStart } from './chars.js';
import { chineseNumberMayStart, chineseScaleFollows, chineseSkip, readChineseNumber } from './chinese-numbers.js';
import { lexiconFor, type Lexicon } from './number-words.js';
import { readDigitNumber, vulgarFraction } from './numbers.js';
import { isCurrencyWord, isIsoCode } from './currencies.js';
import type { NumberMatch } from './types.js';
import { mayStartPhrase, readNumberPhrase, wordClass, type PhraseNumber } from './word-numbers.js';
import { monthNames, monthOf } from './dates.js';
import { dimensionWords, dualDurations, multiplierWords } from './units.js';

/** A number with what the figure stage needs to know about how it was written. */
export interface NumItem extends PhraseNumber {
  /** Script of the words around it: decides the vocabulary used. */
  script: 'latin' | 'hebrew' | 'arabic' | 'han' | 'other';
  /** Language whose vocabulary read it. */
  lang: string;
  /** A single Chinese numeral written onto the word that follows ("一美元", "二％"): a number only as part of that word. */
  attached: boolean;
  /** "百分之X": X is a percentage. */
  percentOf: boolean;
  /** Start of "百分之" before a percentage, or of a bare Chinese denominator ("千分之"). */
  outerStart: number;
  /** For "千分之X" / "万分之X": the bare denominator (1000, 10000), else 0. */
  perDenominator: number;
  /** The multiplier of the last scale word or suffix ("1.4 trillion" → 1e12), 1 if none. */
  scaleWord: number;
  /** A word that is not a number but that figures need: a month, a multiplier ("tripled"), a dual ("שבועיים"), a currency amount ("שנקל"). */
  special: Special | null;
  /** An article or "one" that is not a number by itself ("un", "a", "אחד"); kept for "un penny", "שקל אחד". */
  weak: boolean;
}

export type Special =
  | { kind: 'month'; month: number; word: string }
  | { kind: 'multiplier'; value: number }
  | { kind: 'duration'; value: number; unit: string }
  | { kind: 'money'; value: number; code: string }
  | { kind: 'rate'; value: number };

const latinLanguages = new Set(['en', 'fr', 'es', 'de', 'it', 'pt', 'nl']);

function latinLanguage(language: string): string {
  return latinLanguages.has(language) && lexiconFor(language) ? language : 'en';
}

/** Words before an article that make it the number one: "only one", "seulement une", "solo una", "nur ein", "רק אחד". */
const onlyWords = new Set(['only', 'just', 'seulement', 'juste', 'solo', 'sólo', 'solamente', 'únicamente', 'nur', 'lediglich', 'רק', 'فقط']);
/** "one" after these is a pronoun ("the one", "which one"), and before these too ("one of", "one another"). */
const oneBefore = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'some', 'another', 'someone', 'anyone', 'everyone', 'no-one', 'little']);
const oneAfter = new Set(['of', 'another', 'day', 'another\'s', 'who', 'that', 'which', 'thing']);

function prevWord(text: string, start: number): string {
  let k = start;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  const ws = wordStart(text, k);
  return ws < k ? foldWord(text.slice(ws, k)) : '';
}

function nextWord(text: string, end: number): string {
  let k = end;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  const we = wordEnd(text, k);
  return we > k ? foldWord(text.slice(k, we)) : '';
}

function wholeText(text: string, start: number, end: number): boolean {
  for (let k = 0; k < start; k++) if (!isSpace(text.charCodeAt(k))) return false;
  for (let k = end; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!isSpace(c) && c !== 0x2e && c !== 0x21 && c !== 0x3f) return false;
  }
  return true;
}

/** Whether an article or the word "one" is the number one here. */
function articleCounts(text: string, p: PhraseNumber, lang: string): boolean {
  if (lang === 'en' && (p.word === 'a' || p.word === 'an')) return false;
  if (wholeText(text, p.start, p.end)) return true;
  const before = prevWord(text, p.start);
  return onlyWords.has(before);
}

/**
 * Articles ("a", "un", "une", "ein", "אחד") are the most common words of their languages; they only
 * matter before a number word, a currency, or where they stand for the number ("only one", a whole
 * phrase).
 */
function articleMayMatter(text: string, end: number, w: string, lex: Lexicon, start: number, lang: string): boolean {
  let k = end;
  if (k < text.length && isHyphenLike(text.charCodeAt(k))) k++;
  const next = nextWord(text, k);
  if (next !== '') {
    const c = wordClass(next, lex);
    if (c !== null && c !== 'and' && c !== 'article') return true;
    if (c === null && mayStartPhrase(next, lang, lex)) return true;
    if (c === 'and') return true; // "אחד וחצי", "un et demi"
    if (isCurrencyWord(next)) return true;
    if (lex.get(next) === undefined && next.length > 1 && /^[ו]/.test(next) && lex.get(next.slice(1))) return true;
    if (next === 'של' || next === 'sur' || next === 'sobre' || next === 'over' || next === 'out' || next.startsWith('ל')) return true;
  }
  const p = text.charCodeAt(k < text.length && isSpace(text.charCodeAt(k)) ? k + 1 : k);
  if (digitValue(p) >= 0 || p === 0x2d) return true;
  if (wholeText(text, start, end)) return true;
  void w;
  const before = prevWord(text, start);
  return onlyWords.has(before) || (lang === 'he' && isCurrencyWord(before));
}

function isHyphenLike(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x5be;
}

function oneIsPronoun(text: string, p: PhraseNumber): boolean {
  const before = prevWord(text, p.start);
  if (oneBefore.has(before)) return true;
  const after = nextWord(text, p.end);
  if (oneAfter.has(after)) return true;
  const c = text.charCodeAt(p.end);
  return c === 0x27 || c === 0x2019; // one's
}

function scriptOfWordAfter(text: string, end: number): 'latin' | 'hebrew' | 'arabic' | 'han' | 'other' {
  let k = end;
  while (k < text.length && k - end < 4 && (isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2d)) k++;
  const c = text.charCodeAt(k);
  if (isLatinLetter(c)) return 'latin';
  if (isHebrewLetter(c)) return 'hebrew';
  if (isArabicLetter(c)) return 'arabic';
  if (isHan(c)) return 'han';
  return 'other';
}

function lexFor(script: string, language: string): { lang: string; lex: Lexicon | null } {
  switch (script) {
    case 'hebrew':
      return { lang: 'he', lex: lexiconFor('he') };
    case 'arabic':
      return { lang: 'ar', lex: lexiconFor('ar') };
    case 'latin': {
      const l = latinLanguage(language);
      return { lang: l, lex: lexiconFor(l) };
    }
    default:
      return { lang: language, lex: null };
  }
}

/** Letters glued before digits make a code or a name ("A320", "Web3", "B2B"), not a number. */
function gluedBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const p = text.charCodeAt(i - 1);
  if (!(isLatinLetter(p) || (p >= 0x370 && p <= 0x52f))) return false;
  // "USD115": an amount glued after its currency code; "x8": a multiplier.
  if (i >= 3 && isIsoCode(text.slice(i - 3, i)) && (i === 3 || !isLetter(text.charCodeAt(i - 4)))) return false;
  if ((p === 0x78 || p === 0x58) && (i === 1 || !isLetter(text.charCodeAt(i - 2)))) return false;
  return true;
}

/** "2  1/4", "1 ３/5": an integer, spaces, a fraction. */
function mixedFraction(text: string, p: PhraseNumber, language: string): PhraseNumber {
  if (!p.digits || p.words || p.scaled || p.fraction || p.fractionDigits > 0 || p.grouped || p.exponent || !Number.isInteger(p.value)) return p;
  let k = p.end;
  let spaces = 0;
  while (k < text.length && spaces < 3 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) {
    k++;
    spaces++;
  }
  if (spaces === 0 || digitValue(text.charCodeAt(k)) < 0) return p;
  const f = readDigitNumber(text, k, language);
  if (!f || f.form !== 'fraction' || f.negative || (f.end < text.length && isLetter(text.charCodeAt(f.end)) && !isHan(text.charCodeAt(f.end)))) return p;
  const v = Math.abs(p.value) + f.value;
  return { ...p, end: f.end, value: p.value < 0 || (p.value === 0 && text.charCodeAt(p.start) === 0x2d) ? -v : v, fraction: true, precision: 0, intDigits: '' };
}

/** A minus sign set apart from its number at the start of a text or line: "- 1 4/5", "- 10  k". */
function spacedMinus(text: string, i: number): number {
  if (!isMinus(text.charCodeAt(i))) return -1;
  let b = i;
  while (b > 0 && (text.charCodeAt(b - 1) === 0x20 || text.charCodeAt(b - 1) === 0x09)) b--;
  if (b > 0 && text.charCodeAt(b - 1) !== 0x0a && text.charCodeAt(b - 1) !== 0x28) return -1;
  let k = i + 1;
  while (k < text.length && text.charCodeAt(k) === 0x20) k++;
  if (k === i + 1 || digitValue(text.charCodeAt(k)) < 0) return -1;
  return k;
}

function toItem(p: PhraseNumber, script: NumItem['script'], lang: string): NumItem {
  return {
    start: p.start,
    end: p.end,
    value: p.value,
    precision: p.precision,
    words: p.words,
    digits: p.digits,
    scaled: p.scaled,
    intDigits: p.intDigits,
    fractionDigits: p.fractionDigits,
    grouped: p.grouped,
    approx: p.approx,
    fraction: p.fraction,
    articleOnly: p.articleOnly,
    word: p.word,
    exponent: p.exponent,
    scaleWord: p.scaleWord,
    script,
    lang,
    attached: false,
    percentOf: false,
    outerStart: p.start,
    perDenominator: 0,
    special: null,
    weak: false,
  };
}

function specialItem(start: number, end: number, special: Special, script: NumItem['script'], lang: string): NumItem {
  return {
    start,
    end,
    value: special.kind === 'month' ? special.month : special.value,
    precision: 0,
    words: true,
    digits: false,
    scaled: false,
    intDigits: '',
    fractionDigits: 0,
    grouped: false,
    approx: null,
    fraction: false,
    articleOnly: false,
    word: '',
    exponent: false,
    scaleWord: 1,
    script,
    lang,
    attached: false,
    percentOf: false,
    outerStart: start,
    perDenominator: 0,
    special,
    weak: false,
  };
}

function specialWord(text: string, start: number, end: number, w: string): Special | null {
  const mult = multiplierWords.get(w);
  if (mult !== undefined) return { kind: 'multiplier', value: mult };
  const month = monthOf(w);
  if (month > 0) return { kind: 'month', month, word: w };
  const dual = dualDurations.get(w);
  if (dual) return { kind: 'duration', value: dual[0], unit: dual[1] };
  if (w === 'שנקל') return { kind: 'money', value: 2, code: 'ILS' };
  // "שקל וחצי": a shekel and a half.
  if ((w === 'שקל' || w === 'דולר' || w === 'יורו') && /^\s+וחצי/.test(text.slice(end, end + 8))) {
    return { kind: 'money', value: 1.5, code: w === 'שקל' ? 'ILS' : w === 'דולר' ? 'USD' : 'EUR' };
  }
  void start;
  return null;
}

/**
 * Hashes of every word the scanner must look at (number words of every language, months,
 * multipliers, dual durations): a word whose hash is not here is skipped without being copied.
 */
let interesting: Set<number> | null = null;
function interestingHashes(): Set<number> {
  if (interesting) return interesting;
  const set = new Set<number>();
  for (const l of ['en', 'fr', 'es', 'de', 'he', 'ar']) for (const w of lexiconFor(l)?.keys() ?? []) set.add(hashWord(w));
  for (const w of multiplierWords.keys()) set.add(hashWord(w));
  for (const w of dualDurations.keys()) set.add(hashWord(w));
  for (const w of monthNames()) set.add(hashWord(w));
  for (const w of ['שנקל', 'שקל', 'דולר', 'יורו']) set.add(hashWord(w));
  interesting = set;
  return set;
}
const hashes = new Int32Array(4);

function worthReading(text: string, start: number, end: number, lang: string): boolean {
  const set = interestingHashes();
  wordHashes(text, start, end, hashes);
  if (set.has(hashes[0] as number)) return true;
  if (lang === 'he' || lang === 'ar') {
    if (end - start <= 2) return true; // a prefix before digits: "ב-2025"
    if (set.has(hashes[1] as number) || set.has(hashes[2] as number) || (lang === 'ar' && set.has(hashes[3] as number))) return true;
    return false;
  }
  if (lang === 'de') return end - start >= 3;
  if (lang === 'es') {
    const last = text.charCodeAt(end - 1);
    return end - start > 4 && (last === 0x73 || last === 0x6f || last === 0x61);
  }
  return false;
}

const chineseAttachments = ['美元', '美刀', '美金', '元', '块', '折', '成', '％', '%', '欧元', '日元', '英镑'];

/** What the last scanNumbers call saw: Han characters, digits. Read right after the call. */
export const lastScan = { han: false, digits: false };

interface ScriptLex {
  lang: string;
  lex: Lexicon | null;
}
const scriptLexCache = new Map<string, Record<'latin' | 'hebrew' | 'arabic' | 'other', ScriptLex>>();
function scriptLexicons(language: string): Record<'latin' | 'hebrew' | 'arabic' | 'other', ScriptLex> {
  let r = scriptLexCache.get(language);
  if (!r) {
    r = { latin: lexFor('latin', language), hebrew: lexFor('hebrew', language), arabic: lexFor('arabic', language), other: lexFor('other', language) };
    scriptLexCache.set(language, r);
  }
  return r;
}

/** (first letter, length) of every Latin-script word worth reading: most words are rejected on these two numbers alone. */
let latinShapes: Set<number> | null = null;
function latinShape(first: number, length: number): number {
  return first * 64 + (length > 63 ? 63 : length);
}
function latinShapeSet(): Set<number> {
  if (latinShapes) return latinShapes;
  const set = new Set<number>();
  const addWord = (w: string): void => {
    const c = w.charCodeAt(0);
    if (c < 0x250) set.add(latinShape(c, w.length));
  };
  for (const l of ['en', 'fr', 'es', 'de']) for (const w of lexiconFor(l)?.keys() ?? []) addWord(w);
  for (const w of multiplierWords.keys()) addWord(w);
  for (const w of monthNames()) addWord(w);
  latinShapes = set;
  return set;
}

function foldedFirst(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

/**
 * Finds the numbers of `text`. `language` is the paragraph's language (BCP 47 primary subtag, or
 * 'und'); it decides the decimal mark of ambiguous numbers and the vocabulary of Latin-script words.
 * With `keepAll`, also returns articles ("un", "a") and the special words figures need (months,
 * multipliers); extractNumbers leaves those out. Items are in text order, without overlaps.
 */
export function scanNumbers(text: string, language: string, keepAll = false): NumItem[] {
  const out: NumItem[] = [];
  const n = text.length;
  lastScan.han = false;
  lastScan.digits = false;
  const lexicons = scriptLexicons(language);
  const shapes = latinShapeSet();
  const latinLang = lexicons.latin.lang;
  const digitLanguage = language === 'und' ? 'en' : language;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Latin letters: the common case, decided on the word's first letter and length.
    if (c < 0x250 && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7))) {
      if ((c === 0x68 || c === 0x77) && (text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i))) {
        // Addresses carry digits that are not figures.
        while (i < n && !isSpace(text.charCodeAt(i))) i++;
        continue;
      }
      const we = wordEnd(text, i);
      if (!shapes.has(latinShape(foldedFirst(c), we - i)) && latinLang !== 'de' && latinLang !== 'es') {
        i = we;
        continue;
      }
      i = readWord(text, i, we, 'latin', lexicons.latin, keepAll, out);
      continue;
    }
    const d = digitValue(c);
    const isDigitStart =
      d >= 0 ||
      ((isMinus(c) || c === 0x2e || c === 0xff0e || c === 0x2c) && i + 1 < n && digitValue(text.charCodeAt(i + 1)) >= 0) ||
      (isMinus(c) && text.charCodeAt(i + 1) === 0x2e && digitValue(text.charCodeAt(i + 2)) >= 0) ||
      (((c >= 0xbc && c <= 0xbe) || (c >= 0x2150 && c <= 0x215e)) && vulgarFraction(text[i] ?? '') !== undefined);
    if (isDigitStart) {
      lastScan.digits = true;
      if (d >= 0 && gluedBefore(text, i)) {
        // Skip the whole code: "A320", "gpt-oss-120b" is handled as a name by the figure stage.
        let k = i;
        while (k < n && (digitValue(text.charCodeAt(k)) >= 0 || isLatinLetter(text.charCodeAt(k)))) k++;
        i = k;
        continue;
      }
      if (d >= 0) {
        // A digit run followed by a Chinese scale ("5万", "4.78万亿", "１６分之5") is read by the Chinese reader.
        let k = i;
        while (k < n && (digitValue(text.charCodeAt(k)) >= 0 || text.charCodeAt(k) === 0x2e || text.charCodeAt(k) === 0x2c || text.charCodeAt(k) === 0xff0e || text.charCodeAt(k) === 0xff0c)) k++;
        let k2 = k;
        while (k2 < n && k2 - k < 3 && (text.charCodeAt(k2) === 0x20 || text.charCodeAt(k2) === 0x3000)) k2++;
        if (k2 < n && text.charCodeAt(k2) >= 0x3000 && chineseScaleFollows(text, k)) {
          const z = readChineseNumber(text, i);
          if (z && z.end > k) {
            out.push(chineseItem(z));
            i = z.end;
            continue;
          }
        }
      }
      const script = scriptOfWordAfter(text, runEndGuess(text, i));
      const sl = script === 'han' ? lexicons.other : lexicons[script];
      const lang = sl.lang;
      const lex = sl.lex;
      const p = readNumberPhrase(text, i, lex ? lang : digitLanguage, lex, { afterBetween: lang === 'he' && /בין\s*$/.test(text.slice(Math.max(0, i - 6), i)) });
      if (p && p.end > i) {
        const q = mixedFraction(text, p, digitLanguage);
        out.push(toItem(q, script === 'other' ? 'latin' : script, lex ? lang : digitLanguage));
        i = q.end;
        continue;
      }
      const sm = spacedMinus(text, i);
      if (sm > 0) {
        const q = readNumberPhrase(text, sm, lex ? lang : digitLanguage, lex);
        if (q && !q.words) {
          const m = mixedFraction(text, q, digitLanguage);
          out.push(toItem({ ...m, start: i, value: -m.value }, 'latin', digitLanguage));
          i = m.end;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c < 0x80) {
      if (isMinus(c)) {
        const sm = spacedMinus(text, i);
        if (sm > 0) {
          const q = readNumberPhrase(text, sm, digitLanguage, lexiconFor(latinLanguage(language)));
          if (q) {
            const m = mixedFraction(text, q, digitLanguage);
            out.push(toItem({ ...m, start: i, value: -m.value }, 'latin', digitLanguage));
            i = m.end;
            continue;
          }
        }
      }
      i++;
      continue;
    }
    if (isHan(c)) {
      lastScan.han = true;
      if (chineseNumberMayStart(text, i)) {
        const z = readChineseNumber(text, i);
        if (z) {
          out.push(chineseItem(z));
          i = Math.max(z.end, i + 1);
          continue;
        }
        i += chineseSkip(text, i);
        continue;
      }
      i++;
      continue;
    }
    if (isLetter(c)) {
      const script = isLatinLetter(c) ? 'latin' : isHebrewLetter(c) ? 'hebrew' : isArabicLetter(c) ? 'arabic' : 'other';
      const we = wordEnd(text, i);
      if (script === 'other') {
        i = we;
        continue;
      }
      i = readWord(text, i, we, script, lexicons[script], keepAll, out);
      continue;
    }
    i++;
  }
  return out;
}

/** Reads the word text[i, we) and what starts there; returns where scanning goes on. */
function readWord(text: string, i: number, we: number, script: 'latin' | 'hebrew' | 'arabic', sl: ScriptLex, keepAll: boolean, out: NumItem[]): number {
  const { lang, lex } = sl;
  if (!lex || !worthReading(text, i, we, lang)) return we;
  const w = foldWord(text.slice(i, we));
  if (wordClass(w, lex) === 'article' && !articleMayMatter(text, we, w, lex, i, lang)) return we;
  const p = mayStartPhrase(w, lang, lex) ? readNumberPhrase(text, i, lang, lex, { afterBetween: lang === 'he' && prevWord(text, i) === 'בין' }) : null;
  if (p && p.end > i) {
    let keep = true;
    if (p.articleOnly) keep = articleCounts(text, p, lang);
    else if (lang === 'en' && p.word === 'one' && !p.fraction) keep = !oneIsPronoun(text, p);
    if (keep || keepAll) {
      const item = toItem(p, script, lang);
      item.weak = !keep;
      out.push(item);
      return p.end;
    }
  }
  if (keepAll) {
    const sp = specialWord(text, i, we, w);
    if (sp) out.push(specialItem(i, we, sp, script, lang));
  }
  return we;
}

function runEndGuess(text: string, i: number): number {
  let k = i;
  const n = text.length;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (digitValue(c) >= 0 || c === 0x2e || c === 0x2c || c === 0x27 || c === 0x2019 || c === 0xa0 || c === 0x202f || c === 0x2d || c === 0x66b || c === 0x66c) k++;
    else if (c === 0x20 && k + 1 < n && digitValue(text.charCodeAt(k + 1)) >= 0) k++;
    else break;
  }
  return k;
}

function chineseItem(z: NonNullable<ReturnType<typeof readChineseNumber>>): NumItem {
  return {
    outerStart: z.outerStart,
    perDenominator: z.perDenominator,
    scaleWord: z.scaleWord,
    special: null,
    weak: false,
    start: z.start,
    end: z.end,
    value: z.value,
    precision: z.precision,
    words: !z.digitsOnly,
    digits: false,
    scaled: z.scaled,
    intDigits: '',
    fractionDigits: 0,
    grouped: false,
    approx: null,
    fraction: z.fraction,
    articleOnly: false,
    word: '',
    exponent: false,
    script: 'han',
    lang: 'zh',
    attached: false,
    percentOf: z.percentOf,
  };
}

/** 'en-US' → 'en'; empty → 'und'. */
export function normalizeLanguage(language: string): string {
  const l = (language || 'und').toLowerCase().split(/[-_]/)[0] ?? 'und';
  return l === '' ? 'und' : l === 'iw' ? 'he' : l;
}

/** Marks single Chinese numerals written onto a currency or percentage word ("一美元", "二％"). */
function markAttached(text: string, items: NumItem[]): void {
  for (const it of items) {
    if (it.script !== 'han' || it.end - it.start !== 1) continue;
    for (const w of chineseAttachments) {
      if (text.startsWith(w, it.end)) {
        it.attached = true;
        break;
      }
    }
  }
}

/**
 * A number written in digits next to a unit of measurement ("180 מיליליטר", "29 km", like the
 * glued "29km"), or a day next to a month name ("4 במאי", "le 4 mai", "May 4"), is part of a
 * measurement or a date, not a free-standing number. Numbers written in words stay numbers.
 */
function measureOrDate(text: string, it: NumItem): boolean {
  if (it.script === 'han' || it.approx || it.words) return false;
  const after = nextWord(text, it.end);
  if (after && dimensionWords.has(after)) return true;
  if (!Number.isInteger(it.value) || it.value < 1 || it.value > 31 || it.grouped || it.scaled) return false;
  if (after && monthOf(after) > 0 && !(after === 'may' || after === 'mar')) return true;
  const before = prevWord(text, it.start);
  return before !== '' && monthOf(before) > 0 && before !== 'may' && before !== 'mar' && /^\s+$/.test(text.slice(text.lastIndexOf(' ', it.start - 1), it.start) || ' ');
}

/**
 * The numbers of a text as plain matches: every free-standing number, whatever it counts. A number
 * that is only part of a word ("一美元") is left to the figure stage, and so are numbers inside a
 * measurement or a date written with a month name (see measureOrDate).
 */
export function extractNumbers(text: string, language: string): NumberMatch[] {
  const items = scanNumbers(text, normalizeLanguage(language));
  markAttached(text, items);
  const out: NumberMatch[] = [];
  for (const it of items) {
    if (it.attached || it.approx || it.special || it.weak || measureOrDate(text, it)) continue;
    out.push({ start: it.start, end: it.end, value: it.value, precision: it.precision, words: it.words && !it.digits, scaled: it.scaled, digits: it.intDigits });
  }
  return out;
}

export { markAttached };
