/**
 * Reads one number phrase: digits, number words, or both ("4 thousand 3 hundred and 21",
 * "1.4 trillion", "trois cent trente et un", "שלוש מאות ושלושים ואחד", "zwei Millionen
 * eintausendeinhundertfünfzig", "hundreds of millions"). The grammar is shared by all languages;
 * what differs is the vocabulary (number-words.ts) and a few rules marked with their language.
 */
import { digitValue, foldWord, isHan, isHyphen, isLatinLetter, isLetter, isMinus, isSpace, wordEnd } from './chars.js';
import { germanCompoundValue, germanFractionWord } from './german-numbers.js';
import type { Lexicon, WordClass, WordInfo } from './number-words.js';
import { readDigitNumber, vulgarFraction, type DigitNumber } from './numbers.js';
import { isIsoCode } from './currencies.js';

export interface PhraseNumber {
  start: number;
  end: number;
  /** The value; for an approximate magnitude, its lower bound. */
  value: number;
  /** Half the step of the last figure written, in the value's units (0 for fractions and magnitudes). */
  precision: number;
  /** Number words were used ("eight", "million"). */
  words: boolean;
  /** Digits were used. */
  digits: boolean;
  /** A scale word or suffix multiplied the number ("1.4 trillion", "10k"). */
  scaled: boolean;
  /** The ASCII digits of the integer part when the phrase is one plain digit number ("2024"), else ''. */
  intDigits: string;
  /** Digits after the decimal mark of that digit number. */
  fractionDigits: number;
  /** Thousands separators were used. */
  grouped: boolean;
  /** A vague magnitude ("hundreds of millions"): the interval it stands for. */
  approx: { min: number; max: number } | null;
  /** A fraction ("two thirds", "3/4", "un sur trois"). */
  fraction: boolean;
  /** Only an article that may be the number one ("a", "un", "une", "ein", "אחד"). */
  articleOnly: boolean;
  /** The folded word of a one-word phrase, for idiom checks. */
  word: string;
  /** Written in exponent notation. */
  exponent: boolean;
  /** The multiplier of the scale word or suffix that ends the phrase ("1.4 trillion" → 1e12, "10k" → 1e3), else 1. */
  scaleWord: number;
}

type Cls = WordClass | 'num';

interface Atom {
  /** Start of the atom, after any prefix letter. */
  start: number;
  end: number;
  cls: Cls;
  v: number;
  info: WordInfo | null;
  dn: DigitNumber | null;
  /** Hebrew ו / Arabic و prefix: "and". */
  and: boolean;
  /** Hebrew ל prefix: "to" (a fraction "אחד לשלוש", or a range end). */
  to: boolean;
  /** Another prefix letter (Hebrew ב ה מ ש כ, Arabic ب ل ك or the article ال). */
  prefixed: boolean;
  /** Value multiplied by a suffix scale (10k, 1.2bn). */
  scaled: boolean;
  word: string;
  /** A German one-word fraction ("zweieinhalb"). */
  isFractionValue: boolean;
  /** Spanish "con" (decimals or an added fraction). */
  con: boolean;
}

/** Suffixes written right after digits ("10k", "1.2bn", "5M"); lower-case "m" is metres, never millions. */
const gluedSuffixes: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  Ｋ: 1e3,
  ｋ: 1e3,
  M: 1e6,
  MM: 1e6,
  mm: 1e6,
  Mn: 1e6,
  mn: 1e6,
  mln: 1e6,
  Mln: 1e6,
  G: 1e9,
  g: 1e9,
  B: 1e9,
  b: 1e9,
  bn: 1e9,
  Bn: 1e9,
  BN: 1e9,
  bln: 1e9,
  T: 1e12,
  tn: 1e12,
  tln: 1e12,
  Md: 1e9,
  Mds: 1e9,
  Mrd: 1e9,
  Mio: 1e6,
};
const englishGlued: Record<string, number> = { mil: 1e6 };
/** Suffixes that may follow after a space ("2.33 k", "1,674.5 G", "10 bln"). */
const spacedSuffixes: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9, bn: 1e9, bln: 1e9, tln: 1e12, mln: 1e6, mn: 1e6 };

const hebrewPrefixes = 'ובהלמשכ';
const arabicPrefixes = 'وفبلك';

interface Hit {
  info: WordInfo;
  and: boolean;
  to: boolean;
  prefixed: boolean;
  prefixLength: number;
}

function lookupHebrew(lex: Lexicon, w: string): Hit | null {
  const direct = lex.get(w);
  if (direct) return { info: direct, and: false, to: false, prefixed: false, prefixLength: 0 };
  if (w.length < 3) return null;
  const p1 = w[0] ?? '';
  if (!hebrewPrefixes.includes(p1)) return null;
  const rest = w.slice(1);
  const one = lex.get(rest);
  if (one) return { info: one, and: p1 === 'ו', to: p1 === 'ל', prefixed: p1 !== 'ו', prefixLength: 1 };
  const p2 = rest[0] ?? '';
  if (rest.length >= 3 && 'בהלמכ'.includes(p2) && 'ושמ'.includes(p1)) {
    const two = lex.get(rest.slice(1));
    if (two) return { info: two, and: p1 === 'ו', to: p2 === 'ל', prefixed: true, prefixLength: 2 };
  }
  return null;
}

function lookupArabic(lex: Lexicon, w: string): Hit | null {
  const direct = lex.get(w);
  if (direct) return { info: direct, and: false, to: false, prefixed: false, prefixLength: 0 };
  let s = w;
  let and = false;
  let prefixed = false;
  let len = 0;
  if (s.length > 3 && arabicPrefixes.includes(s[0] ?? '')) {
    and = s[0] === 'و' || s[0] === 'ف';
    prefixed = !and;
    s = s.slice(1);
    len = 1;
    const one = lex.get(s);
    if (one) return { info: one, and, to: false, prefixed, prefixLength: len };
  }
  if (s.startsWith('ال') && s.length > 3) {
    const two = lex.get(s.slice(2));
    if (two) return { info: two, and, to: false, prefixed: true, prefixLength: len + 2 };
  }
  return null;
}

/** Spanish fractions built on a number: "veintiunavos", "doscientosavos", "dosmilésimos", "treintaicincoavos". */
function spanishFractionWord(lex: Lexicon, w: string): WordInfo | null {
  const m = /^(.+?)(avos?|avas?|ésim[oa]s?|esim[oa]s?)$/.exec(w);
  if (!m) return null;
  let stem = m[1] ?? '';
  if ((m[2] ?? '').startsWith('av')) stem = stem.replace(/i$/, '');
  const v = spanishCompound(lex, stem);
  if (v === null || v < 2) return null;
  return { c: 'fraction', v, plural: w.endsWith('s') };
}

/** A Spanish number written as one word inside a fraction: "cientocinco", "dosmil", "treintaicinco", "veint". */
function spanishCompound(lex: Lexicon, stem: string): number | null {
  let total = 0;
  let acc = 0;
  let k = 0;
  let parts = 0;
  while (k < stem.length) {
    let best = '';
    let info: WordInfo | undefined;
    for (let e = stem.length; e > k; e--) {
      const piece = stem.slice(k, e);
      const cand = lex.get(piece) ?? (e === stem.length ? (lex.get(`${piece}a`) ?? lex.get(`${piece}o`) ?? lex.get(`${piece}e`)) : undefined);
      if (cand && (cand.c === 'unit' || cand.c === 'teen' || cand.c === 'ten' || cand.c === 'tenUnit' || cand.c === 'hundreds' || cand.c === 'hundred' || cand.c === 'scale' || cand.c === 'article')) {
        best = piece;
        info = cand;
        break;
      }
    }
    if (!info) {
      // "treinta-i-cinco": a joining i/y between a ten and a unit.
      if ((stem[k] === 'i' || stem[k] === 'y') && parts > 0) {
        k++;
        continue;
      }
      if (stem.slice(k) === 'millon' || stem.slice(k) === 'millón') {
        total = (total + (acc || 1)) * 1e6;
        acc = 0;
        break;
      }
      return null;
    }
    parts++;
    if (info.c === 'scale') {
      total = (total + (acc || 1)) * info.v;
      acc = 0;
    } else acc += info.v;
    k += best.length;
  }
  return parts === 0 ? null : total + acc;
}

const abbreviatedScales = new Set(['md', 'mds', 'mrd', 'mrds', 'mio', 'bn', 'mn', 'mln', 'bln', 'tn']);

/** Removes the binary noise of decimal scaling: 16.4 × 1e6 = 16399999.999999998 → 16400000. */
export function clean(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}

function makeAtom(start: number, end: number, cls: Cls, v: number, word: string): Atom {
  return { start, end, cls, v, info: null, dn: null, and: false, to: false, prefixed: false, scaled: false, word, isFractionValue: false, con: false };
}

/** Letters that make a number glued to them not a number at all ("29km", "180ml", "4th", "4o"): Latin, Greek, Cyrillic. */
function gluedLetter(c: number): boolean {
  return isLatinLetter(c) || (c >= 0x370 && c <= 0x52f);
}

function readDigitsAtom(text: string, j: number, language: string, prefix: { and: boolean; to: boolean; prefixed: boolean } | null): Atom | null {
  const dn = readDigitNumber(text, j, language);
  if (!dn) return null;
  const n = text.length;
  let end = dn.end;
  let v = dn.value;
  let scaled = false;
  if (end < n && gluedLetter(text.charCodeAt(end))) {
    let we = end;
    while (we < n && gluedLetter(text.charCodeAt(we))) we++;
    const suffix = text.slice(end, we);
    const mult = gluedSuffixes[suffix] ?? (language === 'en' ? englishGlued[suffix] : undefined);
    if (isIsoCode(suffix) || suffix === 'x' || suffix === 'X') {
      // "115USD": an amount glued to its currency code; "20x": a multiplier. The figure stage reads the letters.
    } else {
      if (mult === undefined || dn.form !== 'plain') return null;
      v = clean(v * mult);
      end = we;
      scaled = true;
    }
  } else if (end + 1 < n && text.charCodeAt(end) === 0x20 && dn.form === 'plain') {
    let k = end;
    while (k < n && k < end + 3 && text.charCodeAt(k) === 0x20) k++;
    const we = wordEnd(text, k);
    const mult = spacedSuffixes[text.slice(k, we)];
    const after = we < n ? text.charCodeAt(we) : 0x20;
    if (mult !== undefined && we > k && !(after === 0x2e || after === 0x27 || after === 0x2019 || isHyphen(after) || isLetter(after))) {
      v = clean(v * mult);
      end = we;
      scaled = true;
    }
  }
  const a = makeAtom(dn.start, end, 'num', v, '');
  a.dn = dn;
  a.scaled = scaled;
  if (prefix) {
    a.and = prefix.and;
    a.to = prefix.to;
    a.prefixed = prefix.prefixed;
  }
  return a;
}

function readAtom(text: string, j: number, language: string, lex: Lexicon): Atom | null {
  const n = text.length;
  if (j >= n) return null;
  const c = text.charCodeAt(j);
  if (digitValue(c) >= 0 || isMinus(c) || c === 0x2e || c === 0x2c || vulgarFraction(text[j] ?? '') !== undefined) return readDigitsAtom(text, j, language, null);
  if (!isLetter(c) || isHan(c)) return null;
  const we = wordEnd(text, j);
  if (we - j > 60) return null;
  const w = foldWord(text.slice(j, we));
  if (language === 'he' || language === 'ar') {
    // A prefix letter before digits: "ב-2025", "ל-3", "ל20", "ב־1.4", "بـ 5".
    if (we - j <= 2 && we < n) {
      let k = we;
      const h = text.charCodeAt(k);
      if (isHyphen(h) || h === 0x5f3 || h === 0x27 || h === 0x640) k++;
      if (k < n && digitValue(text.charCodeAt(k)) >= 0) {
        const prefixes = language === 'he' ? hebrewPrefixes : arabicPrefixes;
        if ([...w].every((ch) => prefixes.includes(ch))) {
          const first = w[0] ?? '';
          const and = first === 'ו' || first === 'و';
          return readDigitsAtom(text, k, language, { and, to: w.endsWith('ל'), prefixed: !and || w.length > 1 });
        }
      }
    }
    if (language === 'he' && w === 'של') return makeAtom(j, we, 'over', 0, 'של'); // "מאה של אחד חלקי…" = 100 × 1/…
    if (language === 'he' && w === 'חלקים') {
      // "עשרים חלקים מתוך עשרים וחמישה": parts out of
      let k = we;
      while (k < n && text.charCodeAt(k) === 0x20) k++;
      if (text.startsWith('מתוך', k)) return makeAtom(j, k + 4, 'over', 0, 'חלקים מתוך');
    }
    const hit = language === 'he' ? lookupHebrew(lex, w) : lookupArabic(lex, w);
    if (!hit) return null;
    const a = makeAtom(j + hit.prefixLength, we, hit.info.c, hit.info.v, w);
    a.info = hit.info;
    a.and = hit.and;
    a.to = hit.to;
    a.prefixed = hit.prefixed;
    return a;
  }
  let info = lex.get(w);
  if (!info) {
    if (language === 'en' && w === 'out') {
      let k = we;
      while (k < n && text.charCodeAt(k) === 0x20) k++;
      if (text.startsWith('of', k) && !isLetter(text.charCodeAt(k + 2))) return makeAtom(j, k + 2, 'over', 0, 'out of');
      return null;
    }
    if (language === 'es' && w === 'con') {
      const a = makeAtom(j, we, 'point', 0, w);
      a.con = true;
      return a;
    }
    if (language === 'de') {
      const v = germanCompoundValue(w);
      if (v !== null) return makeAtom(j, we, 'num', v, w);
      const f = germanFractionWord(w);
      if (f === null) return null;
      const a = makeAtom(j, we, 'num', f, w);
      a.isFractionValue = true;
      return a;
    }
    if (language === 'es') info = spanishFractionWord(lex, w) ?? undefined;
    if (!info) return null;
  }
  // Abbreviated scales keep their dot: "3 Mrd. Euro", "2,5 Mio. Euro", "10 bn."
  let end = we;
  if (info.c === 'scale' && text.charCodeAt(we) === 0x2e && (w === 'mrd' || w === 'mio' || w === 'md' || w === 'mds' || w === 'mrds' || w === 'bn' || w === 'mn' || w === 'mln' || w === 'bln' || w === 'tn')) end = we + 1;
  const a = makeAtom(j, end, info.c, info.v, w);
  a.info = info;
  return a;
}

/**
 * Whether a folded word may start a number phrase, without building it: the scanner asks this for
 * every word, so it only looks words up.
 */
export function mayStartPhrase(w: string, language: string, lex: Lexicon): boolean {
  const info = lex.get(w);
  if (info) return !(info.c === 'and' || info.c === 'point' || info.c === 'over');
  if (language === 'he') {
    if (w.length <= 2) return true;
    const hit = lookupHebrew(lex, w);
    return hit !== null && !hit.and && hit.info.c !== 'and' && hit.info.c !== 'over';
  }
  if (language === 'ar') return w.length <= 2 || lookupArabic(lex, w) !== null;
  if (language === 'de') return w.length >= 3 && (germanCompoundValue(w) !== null || germanFractionWord(w) !== null);
  if (language === 'es') {
    const last = w.charCodeAt(w.length - 1);
    return (last === 0x73 || last === 0x6f || last === 0x61) && spanishFractionWord(lex, w) !== null;
  }
  return false;
}

/** The class of a folded word in the lexicon (direct entries only). */
export function wordClass(w: string, lex: Lexicon): WordClass | null {
  return lex.get(w)?.c ?? null;
}

/** Where the next atom starts after `end`: spaces, or a hyphen between words ("twenty-one", "fifty - two"). -1 if nothing may follow. */
function nextAtomStart(text: string, end: number, prevIsWord: boolean): number {
  const n = text.length;
  let k = end;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || !isSpace(c)) break;
    k++;
  }
  if (k >= n) return -1;
  const c = text.charCodeAt(k);
  if (c === 0x0a || c === 0x0d) return -1;
  if (prevIsWord && (c === 0x2d || c === 0x2010 || c === 0x2011)) {
    let m = k + 1;
    while (m < n && text.charCodeAt(m) === 0x20) m++;
    if (m < n && isLetter(text.charCodeAt(m)) && !isHan(text.charCodeAt(m))) return m;
    return -1;
  }
  if (k === end) return -1;
  return k;
}

function atomAfter(text: string, a: Atom, language: string, lex: Lexicon): Atom | null {
  const k = nextAtomStart(text, a.end, a.cls !== 'num');
  return k < 0 ? null : readAtom(text, k, language, lex);
}

interface Options {
  /** Reading a denominator or decimals: integers only, no fractions or "over". */
  integerOnly?: boolean;
  /** The phrase follows "בין" / "between": "X ל-Y" is a range, not a fraction. */
  afterBetween?: boolean;
}

/** Nouns after "X over Y" that make it a period ("$2000 over 3 years"), not a fraction. */
const periodWords = new Set([
  'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'minutes', 'seconds',
  'ans', 'an', 'années', 'année', 'mois', 'semaines', 'jours', 'heures',
  'años', 'año', 'meses', 'mes', 'semanas', 'días', 'dias', 'horas',
  'jahre', 'jahren', 'monate', 'monaten', 'wochen', 'tage', 'tagen', 'stunden',
  'שנים', 'שנה', 'חודשים', 'שבועות', 'ימים', 'שעות',
]);

function wordAfter(text: string, end: number): string {
  let k = end;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  const we = wordEnd(text, k);
  return we > k ? foldWord(text.slice(k, we)) : '';
}

const smallClasses = new Set<Cls>(['unit', 'teen', 'ten', 'tenUnit', 'hundred', 'hundreds', 'num']);

/**
 * Reads the longest number phrase starting at `i`, or returns null when there is none. `lex` is
 * null for languages whose words are not read (digits only). Article-only phrases ("un", "a") are
 * returned with `articleOnly`; the caller decides whether they count.
 */
export function readNumberPhrase(text: string, i: number, language: string, lex: Lexicon | null, options: Options = {}): PhraseNumber | null {
  if (!lex) {
    const a = readDigitsAtom(text, i, language, null);
    return a ? fromDigits(a) : null;
  }
  const first = readAtom(text, i, language, lex);
  if (!first) return null;
  let negative = false;
  let startAtom = first;
  if (first.cls === 'minus') {
    const a = atomAfter(text, first, language, lex);
    if (!a || !(a.cls === 'num' || a.cls === 'unit' || a.cls === 'teen' || a.cls === 'ten' || a.cls === 'tenUnit' || a.cls === 'zero' || a.cls === 'article' || a.cls === 'hundreds' || a.cls === 'hundred' || a.cls === 'teenSuffix')) return null;
    if (a.cls === 'num' && a.dn?.negative) return null;
    negative = true;
    startAtom = a;
  }
  if (!negative && (startAtom.cls === 'approx' || (startAtom.info?.approxBase !== undefined && startAtom.info.plural && !startAtom.and))) {
    const approx = readApprox(text, startAtom, language, lex);
    if (approx || startAtom.cls === 'approx') return approx;
  }
  if (startAtom.and || (startAtom.prefixed && startAtom.cls !== 'num' && startAtom.to === false && false)) return null;

  const b = new Builder(language);
  if (!b.accept(startAtom, false, text, lex)) return null;
  let atom: Atom = startAtom;
  while (!b.done) {
    let next = atomAfter(text, atom, language, lex);
    if (!next) break;
    let andBefore = next.and;
    if (next.cls === 'and') {
      const after = atomAfter(text, next, language, lex);
      if (!after) break;
      next = after;
      andBefore = true;
    }
    if (next.prefixed && !(next.to && language === 'he')) break;
    // Hebrew "ל" after a number: "אחד לשלוש" (one in three), unless this is "בין X ל-Y" (a range).
    if (next.to && language === 'he') {
      if (options.afterBetween || options.integerOnly || andBefore) break;
      const den = next.cls === 'num' ? fromDigits(next) : readNumberPhrase(text, next.start, language, lex, { integerOnly: true });
      if (!den || den.value === 0 || !Number.isInteger(den.value) || den.articleOnly) break;
      b.divide(den.value, den.end);
      break;
    }
    if (next.cls === 'over' && next.word === 'של') {
      // Hebrew "X של Y": a fraction of a number, or a number of a fraction.
      if (options.integerOnly || andBefore) break;
      const k2 = nextAtomStart(text, next.end, true);
      if (k2 < 0) break;
      const sub = readNumberPhrase(text, k2, language, lex, {});
      if (!sub || sub.approx || sub.articleOnly || !(sub.fraction || b.fraction)) break;
      b.multiply(sub.value, sub.end);
      break;
    }
    if (next.cls === 'over') {
      if (options.integerOnly || andBefore || !Number.isInteger(b.value())) break;
      const k2 = nextAtomStart(text, next.end, true);
      if (k2 < 0) break;
      const den = readNumberPhrase(text, k2, language, lex, { integerOnly: true });
      if (!den || den.value === 0 || !Number.isInteger(den.value) || den.articleOnly) break;
      if (periodWords.has(wordAfter(text, den.end))) break;
      b.divide(den.value, den.end);
      break;
    }
    if (next.cls === 'point') {
      if (options.integerOnly || andBefore || (!b.canTakeDecimals() && !(next.con && b.lastClass() === 'scale'))) break;
      const k2 = nextAtomStart(text, next.end, true);
      if (k2 < 0) break;
      if (next.con && b.lastClass() === 'scale') {
        const sub = readNumberPhrase(text, k2, language, lex, {});
        if (sub && sub.fraction && !sub.digits) b.addFraction(sub.value, sub.end);
        break;
      }
      if (next.con) {
        const sub = readNumberPhrase(text, k2, language, lex, {});
        if (!sub || sub.approx || sub.digits || (sub.articleOnly && !sub.fraction)) break;
        if (sub.fraction) b.addFraction(sub.value, sub.end);
        else if (Number.isInteger(sub.value)) b.addDecimals(String(sub.value), sub.end);
        break;
      }
      const dec = readDecimalWords(text, k2, language, lex);
      if (dec) b.addDecimals(dec.digits, dec.end);
      break;
    }
    if (options.integerOnly && (next.cls === 'fraction' || next.cls === 'half' || next.cls === 'dozen')) break;
    // "and three fifths", "and a half", "et un quart", "y medio", "ושלושה רבעי": a mixed number.
    if (andBefore && !options.integerOnly && (next.cls === 'unit' || next.cls === 'article' || (next.cls === 'num' && next.dn?.form === 'plain' && next.dn.fractionDigits === 0))) {
      const f = atomAfter(text, next, language, lex);
      if (f && !f.and && (f.cls === 'fraction' || (f.cls === 'half' && next.v === 1)) && !f.info?.compoundOnly) {
        const d = f.cls === 'half' ? 2 : f.v;
        const num = next.v;
        const plural = f.info?.plural === true;
        if ((language !== 'en' && language !== 'es') || f.cls === 'half' || (num === 1) !== plural) {
          if (b.canTakeMixed()) {
            const sc = atomAfter(text, f, language, lex);
            if (sc && sc.cls === 'scale' && !sc.and && b.canScaleMixed(sc.v)) b.addFraction(num / d, sc.end, sc.v);
            else b.addFraction(num / d, f.end);
            break;
          }
        }
      }
    }
    if (andBefore && (next.cls === 'num' || next.cls === 'unit') && b.lastClass() === 'hundred') {
      const h = atomAfter(text, next, language, lex);
      if (h && h.cls === 'hundred') break; // "3 hundred and 2 hundred"
    }
    if (!b.accept(next, andBefore, text, lex)) {
      // "three twenty-firsts", "twenty twenty fifths", "a twenty-first": a ten and an ordinal make the denominator.
      if (!andBefore && next.cls === 'ten' && !b.fraction && !options.integerOnly) {
        let f = atomAfter(text, next, language, lex);
        if (f && f.cls === 'and' && language === 'fr') f = atomAfter(text, f, language, lex);
        if (f && f.cls === 'fraction' && f.v < 10 && f.info) {
          const numerator = b.value();
          const plural = f.info.plural === true;
          if (numerator > 0 && Number.isInteger(numerator) && (language !== 'en' || (numerator === 1) !== plural)) b.divide(next.v + f.v, f.end);
        }
      }
      break;
    }
    atom = next;
  }
  // "a quarter million", "three quarters billion", "half a million": a fraction of a scale.
  if (b.fraction && !options.integerOnly && b.lastClass() !== 'num') {
    let sc = atomAfter(text, { ...startAtom, end: b.end, cls: 'fraction' }, language, lex);
    if (sc && sc.cls === 'article' && (language === 'en' || language === 'fr')) sc = atomAfter(text, sc, language, lex);
    if (sc && sc.cls === 'scale' && !sc.and && !sc.info?.plural) b.scaleFraction(sc.v, sc.end);
  }
  const r = b.result(negative);
  if (!r) return null;
  r.start = negative ? first.start : startAtom.start;
  if (negative) r.articleOnly = false;
  return r;
}

function fromDigits(a: Atom): PhraseNumber {
  const dn = a.dn as DigitNumber;
  const mult = a.scaled && dn.value !== 0 ? a.v / dn.value : 1;
  return {
    start: a.start,
    end: a.end,
    value: a.v,
    precision: dn.form === 'plain' ? dn.precision * Math.abs(mult) : 0,
    words: false,
    digits: true,
    scaled: a.scaled,
    intDigits: a.scaled ? '' : dn.intDigits,
    fractionDigits: dn.fractionDigits,
    grouped: dn.grouped,
    approx: null,
    fraction: dn.form === 'fraction',
    articleOnly: false,
    word: '',
    exponent: dn.form === 'exponent',
    scaleWord: mult,
  };
}

/** Decimals after "point"/"virgule"/"coma"/"Komma": digit by digit ("zero three") or as one number ("seventy-one"). */
function readDecimalWords(text: string, k: number, language: string, lex: Lexicon): { digits: string; end: number } | null {
  const a = readAtom(text, k, language, lex);
  if (!a) return null;
  if (a.cls === 'num') {
    if (!a.dn || a.dn.form !== 'plain' || a.dn.fractionDigits > 0 || a.dn.grouped || a.scaled || a.dn.negative) return null;
    return { digits: a.dn.intDigits, end: a.end };
  }
  if (a.cls === 'zero' || a.cls === 'unit' || (a.cls === 'article' && language !== 'en')) {
    let digits = String(a.v);
    let end = a.end;
    let count = 1;
    let cur = a;
    while (true) {
      const nxt = atomAfter(text, cur, language, lex);
      if (!nxt || !(nxt.cls === 'zero' || nxt.cls === 'unit')) break;
      digits += String(nxt.v);
      end = nxt.end;
      cur = nxt;
      count++;
    }
    if (count === 1 && a.cls !== 'zero') {
      const sub = readNumberPhrase(text, k, language, lex, { integerOnly: true });
      if (sub && sub.end > end && Number.isInteger(sub.value)) return { digits: String(sub.value), end: sub.end };
    }
    return { digits, end };
  }
  const sub = readNumberPhrase(text, k, language, lex, { integerOnly: true });
  if (!sub || !Number.isInteger(sub.value) || sub.approx || sub.articleOnly) return null;
  return { digits: String(sub.value), end: sub.end };
}

/** "hundreds of millions", "des centaines de millions", "מאות מיליונים", "tens of thousands", "dozens", "millions". */
function readApprox(text: string, a: Atom, language: string, lex: Lexicon): PhraseNumber | null {
  const info = a.info;
  if (!info) return null;
  let base = info.c === 'approx' ? (info.base ?? info.v) : info.v;
  let min = base * 2;
  let max = base === 12 ? 144 : base >= 1000 ? base * 1000 : base * 10;
  let end = a.end;
  while (base < 1000) {
    let k = end;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    const we = wordEnd(text, k);
    const w = foldWord(text.slice(k, we));
    let m = k;
    if (w === 'of' || w === 'de' || w === 'des' || w === 'd') {
      m = we;
      if (text.charCodeAt(m) === 0x27 || text.charCodeAt(m) === 0x2019) m++;
      while (m < text.length && isSpace(text.charCodeAt(m))) m++;
    }
    const next = readAtom(text, m, language, lex);
    if (!next || !next.info) break;
    const scale = next.cls === 'scale' ? next.v : next.cls === 'approx' && (next.info.base ?? 0) >= 1000 ? (next.info.base ?? 0) : 0;
    if (scale <= base) break;
    min *= scale;
    max *= scale;
    base = scale;
    end = next.end;
  }
  return {
    start: a.start,
    end,
    value: min,
    precision: 0,
    words: true,
    digits: false,
    scaled: true,
    intDigits: '',
    fractionDigits: 0,
    grouped: false,
    approx: { min, max },
    fraction: false,
    articleOnly: false,
    word: a.word,
    exponent: false,
    scaleWord: base,
  };
}

/** Accumulates atoms into a value with the grammar of cardinals. */
class Builder {
  /** Completed scale groups, most significant first ("3 billones" then "455 mil"). */
  parts: Array<{ v: number; s: number }> = [];
  /** The group being built, below the last scale. */
  cur = 0;
  /** `cur` before the last small number was added (for "three hundred and two dozens"). */
  tailBase = 0;
  last: Cls | 'start' = 'start';
  lastV = 0;
  lastScale = Infinity;
  end = 0;
  words = false;
  digits = false;
  scaled = false;
  fraction = false;
  exponent = false;
  done = false;
  articleOnly = false;
  dn: DigitNumber | null = null;
  atoms = 0;
  /** Precision of decimals written in words ("two point five"). */
  decPrecision: number | null = null;
  /** Precision of the coefficient of the last scale ("1.4" in "1.4 trillion"). */
  coefPrecision = 0.5;
  /** Suffix multiplier of a single digit atom ("10k"). */
  suffixMult = 1;
  /** The last atom came right after "and". */
  lastAnd = false;
  word = '';

  constructor(readonly language: string) {}

  value(): number {
    let s = this.cur;
    for (const p of this.parts) s += p.v;
    return s;
  }

  canTakeDecimals(): boolean {
    return this.words && !this.fraction && Number.isInteger(this.value()) && this.last !== 'scale' && this.last !== 'dozen' && this.last !== 'scaleValue';
  }

  canTakeMixed(): boolean {
    if (this.fraction || this.last === 'start') return false;
    // Spanish "y" and Hebrew "ו" join tens and units: "treinta y tres quintos" is 33/5.
    if ((this.language === 'es' || this.language === 'he') && this.last === 'ten') return false;
    return true;
  }

  addDecimals(digits: string, end: number): void {
    const v = this.value();
    const dec = Number(`0.${digits}`);
    this.parts = [];
    this.cur = v + dec;
    this.decPrecision = 0.5 * 10 ** -digits.length;
    this.finish(end);
  }

  /** Adds a fraction; after a scale word it is a fraction of that scale ("3 million and a half"). */
  addFraction(f: number, end: number, scale = 0): void {
    const v = this.value();
    this.parts = [];
    if (scale > 0) {
      // "five and a half million", "one billion and a half million"
      const head = v - this.cur;
      this.cur = head + (this.cur + f) * scale;
      this.fraction = false;
      this.scaled = true;
      this.lastScale = scale;
      this.last = 'scale';
      this.coefPrecision = 0;
    } else if (this.last === 'scale' && this.cur === 0) {
      this.cur = v + f * this.lastScale;
      this.fraction = false;
      this.coefPrecision = 0;
    } else {
      this.cur = v + f;
      this.fraction = true;
    }
    this.finish(end);
  }

  lastClass(): Cls | 'start' {
    return this.last;
  }

  scaleFraction(scale: number, end: number): void {
    const v = this.value();
    if (v >= 1 || v <= 0) return;
    this.parts = [];
    this.cur = v * scale;
    this.fraction = false;
    this.scaled = true;
    this.last = 'scale';
    this.lastScale = scale;
    this.coefPrecision = 0;
    this.end = end;
  }

  /** "five and a half million": the whole number before "and" is below the scale that follows. */
  canScaleMixed(scale: number): boolean {
    return this.cur < 1000 && (this.parts.length === 0 || this.lastScale > scale) && this.last !== 'scale';
  }

  multiply(f: number, end: number): void {
    const v = this.value();
    this.parts = [];
    this.cur = v * f;
    this.fraction = true;
    this.finish(end);
  }

  divide(den: number, end: number): void {
    const v = this.value();
    this.parts = [];
    this.cur = v / den;
    this.fraction = true;
    this.finish(end);
  }

  private finish(end: number): void {
    this.end = end;
    this.words = true;
    this.articleOnly = false;
    this.done = true;
  }

  private add(v: number, newTail: boolean): void {
    if (newTail) this.tailBase = this.cur;
    this.cur += v;
  }

  accept(a: Atom, andBefore: boolean, text: string, lex: Lexicon): boolean {
    const last = this.last;
    const lang = this.language;
    const afterBig = last === 'hundred' || last === 'hundreds' || last === 'scale' || last === 'scaleValue';
    const afterRoundNum = last === 'num' && andBefore && this.roundDigits();
    const fresh = (last === 'start' && !andBefore) || afterBig || afterRoundNum;
    let cls: Cls = a.cls;
    switch (a.cls) {
      case 'num': {
        if (a.isFractionValue) {
          if (last !== 'start') return false;
          this.cur = a.v;
          this.fraction = true;
          this.word = a.word;
          break;
        }
        if (last === 'start') {
          this.cur = a.v;
          if (a.dn) {
            this.dn = a.dn;
            this.suffixMult = a.scaled && a.dn.value !== 0 ? Math.abs(a.v / a.dn.value) : 1;
            this.exponent = a.dn.form === 'exponent';
            this.fraction = a.dn.form === 'fraction';
          }
          if (a.scaled) this.scaled = true;
          break;
        }
        // "4 thousand 3 hundred and 21", "zwei Millionen eintausendeinhundertfünfzig"
        if (a.dn && (a.dn.form !== 'plain' || a.dn.fractionDigits > 0 || a.dn.grouped || a.scaled || a.dn.negative)) return false;
        const limit = last === 'scale' || last === 'scaleValue' ? this.lastScale : last === 'hundred' || last === 'hundreds' ? 100 : last === 'num' && andBefore && this.roundDigits() ? 100 : 0;
        if (limit > 0 && a.v < limit && a.v > 0 && Number.isInteger(a.v) && (last !== 'scale' || this.cur === 0)) {
          this.add(a.v, true);
          break;
        }
        return false;
      }
      case 'zero':
        if (last !== 'start' || andBefore) return false;
        this.cur = 0;
        break;
      case 'article': {
        if (last === 'start' && !andBefore) {
          this.cur = a.v;
          this.articleOnly = true;
          break;
        }
        // "vingt et un", "ciento sesenta y un", "עשרים ואחד", "מאה שישים ואחת": the number one.
        if ((andBefore && (last === 'ten' || afterBig || afterRoundNum)) || (lang === 'fr' && last === 'ten' && this.cur % 10 === 0 && a.v === 1)) {
          if (a.v !== 1) return false;
          this.add(1, last !== 'ten');
          cls = 'unit';
          break;
        }
        if (lang === 'es' && last === 'ten') return false;
        // Hebrew "טריליון אחד" (one trillion): the number follows its noun.
        if (lang === 'he' && last === 'scale' && this.cur === 0 && this.parts.length === 1 && this.parts[0]?.v === this.lastScale) {
          this.end = a.end;
          this.done = true;
          return true;
        }
        return false;
      }
      case 'unit': {
        if (fresh && !(last === 'scale' && this.cur !== 0)) {
          this.add(a.v, true);
          break;
        }
        if (last === 'ten' && this.cur % 10 === 0 && (andBefore || lang !== 'ar') && !(lang === 'fr' && a.v === 1 && !andBefore)) {
          this.add(a.v, false);
          break;
        }
        if (last === 'teen' && lang === 'fr' && this.lastV === 10 && a.v >= 7 && !andBefore) {
          this.add(a.v, false);
          break;
        }
        return false;
      }
      case 'teen': {
        if (fresh) {
          this.add(a.v, true);
          break;
        }
        if (last === 'ten' && lang === 'fr' && (this.lastV === 60 || this.lastV === 80) && !andBefore) {
          this.add(a.v, false);
          break;
        }
        if (last === 'ten' && lang === 'fr' && this.lastV === 60 && andBefore && a.v === 11) {
          this.add(a.v, false);
          break;
        }
        return false;
      }
      case 'teenSuffix': {
        // Hebrew "ארבעה עשר", Arabic "خمسة عشر": ten after a unit makes a teen.
        if (last === 'unit' && !andBefore && this.lastV < 10) {
          this.add(10, false);
          this.lastV += 10;
          cls = 'teen';
          return this.commit(a, andBefore, cls, this.lastV);
        }
        if (fresh) {
          this.add(10, true);
          cls = 'teen';
          return this.commit(a, andBefore, cls, 10);
        }
        return false;
      }
      case 'ten': {
        if (fresh) {
          this.add(a.v, true);
          break;
        }
        if (last === 'unit' && lang === 'ar' && andBefore) {
          this.add(a.v, false);
          break;
        }
        if (last === 'unit' && lang === 'fr' && this.lastV === 4 && a.v === 20 && !andBefore) {
          this.add(76, false); // quatre-vingt(s)
          return this.commit(a, andBefore, 'ten', 80);
        }
        return false;
      }
      case 'tenUnit':
        if (!fresh) return false;
        this.add(a.v, true);
        break;
      case 'hundreds':
        if (!((last === 'start' && !andBefore) || ((last === 'scale' || last === 'scaleValue') && this.cur === 0))) return false;
        this.add(a.v, true);
        break;
      case 'hundred': {
        if (andBefore) return false;
        if (last === 'start' || (last === 'article' && this.atoms === 1)) {
          this.cur = 100;
          this.articleOnly = false;
          break;
        }
        if (last === 'unit' || last === 'teen' || last === 'ten' || last === 'tenUnit' || last === 'num') {
          if (last === 'num' && a.info?.plural && lang === 'fr') return false; // "50 cents" is money
          if (a.info?.plural && lang === 'fr' && !(last === 'unit' && this.cur - this.tailBase >= 2 && this.cur - this.tailBase <= 9)) return false; // "quarante-cinq cents" is money
          const small = this.cur - this.tailBase;
          const singleDigits = last === 'num' && this.atoms === 1;
          if (small <= 0 || (!Number.isInteger(small) && !singleDigits) || (small >= 100 && last !== 'num') || small >= 1000) return false;
          if (this.tailBase % 1000 >= 100) return false; // "3 hundred and 2 hundred": two numbers
          this.cur = this.tailBase + small * 100;
          this.tailBase = this.cur;
          return this.commit(a, andBefore, 'hundred', 100);
        }
        return false;
      }
      case 'scaleValue':
        if (andBefore || !(last === 'start' || ((last === 'scale' || last === 'scaleValue') && a.v < this.lastScale && this.cur === 0))) return false;
        this.parts.push({ v: a.v, s: 1000 });
        this.cur = 0;
        this.tailBase = 0;
        this.lastScale = 1000;
        this.scaled = true;
        break;
      case 'scale': {
        if (andBefore) return false;
        if (last === 'start' || (last === 'article' && this.atoms === 1)) {
          if (a.info?.plural && last === 'start') return false;
          if (abbreviatedScales.has(a.word)) return false; // "md." (Maryland) is no milliard
          this.collapse(a.v);
          break;
        }
        if (last === 'scale' || last === 'scaleValue') {
          if (this.cur !== 0 || a.v <= this.lastScale) return false;
          this.collapse(a.v);
          break;
        }
        // "eine halbe Million", "anderthalb Millionen"
        if ((last === 'half' || (last === 'num' && this.atoms === 1 && this.fraction && !this.dn)) && this.parts.length === 0) {
          this.fraction = false;
          this.collapse(a.v);
          break;
        }
        if (last === 'unit' || last === 'teen' || last === 'ten' || last === 'tenUnit' || last === 'hundred' || last === 'hundreds' || last === 'num') {
          if (this.fraction || (this.cur === 0 && last !== 'num')) return false;
          if (last === 'num' && this.atoms > 1 && Math.abs(this.cur) >= a.v) return false;
          this.collapse(a.v);
          break;
        }
        return false;
      }
      case 'dozen': {
        if (andBefore) return false;
        if (last === 'start' && lang === 'he' && !a.info?.plural) {
          this.cur = 12;
          break;
        }
        if (last === 'article' && this.atoms === 1) {
          this.cur = 12;
          this.articleOnly = false;
          break;
        }
        if (last === 'half' && this.cur === 0.5) {
          this.cur = 6;
          this.fraction = false;
          break;
        }
        if (smallClasses.has(last as Cls)) {
          const small = this.cur - this.tailBase;
          if (small <= 0) return false;
          this.cur = this.tailBase + small * 12;
          break;
        }
        return false;
      }
      case 'half': {
        if (last === 'start' && !andBefore) {
          this.cur = 0.5;
          this.fraction = true;
          // "half a dozen": the article belongs to "dozen".
          const art = atomAfter(text, a, lang, lex);
          if (art && art.cls === 'article') {
            const doz = atomAfter(text, art, lang, lex);
            if (doz && doz.cls === 'dozen' && !doz.info?.plural) {
              this.cur = 6;
              this.fraction = false;
              this.commit(a, false, 'dozen', 12);
              this.end = doz.end;
              this.done = true;
              return true;
            }
          }
          break;
        }
        if (last === 'article' && this.atoms === 1 && !andBefore) {
          this.cur = 0.5 * this.cur;
          this.fraction = true;
          this.articleOnly = false;
          break;
        }
        // "וחצי", "et demi", "y medio", "und halb" after a whole number.
        if (andBefore && (smallClasses.has(last as Cls) || last === 'article' || last === 'scale') && !(this.dn && this.dn.fractionDigits > 0)) {
          if (last === 'scale' && this.cur === 0) this.cur += 0.5 * this.lastScale;
          else this.cur += 0.5;
          this.fraction = true;
          this.articleOnly = false;
          this.commit(a, andBefore, 'half', 2);
          this.done = true;
          return true;
        }
        // German "drei halbe" = 3/2.
        if (!andBefore && lang === 'de' && (last === 'unit' || last === 'num')) {
          const v = this.value();
          this.parts = [];
          this.cur = v / 2;
          this.fraction = true;
          this.commit(a, andBefore, 'half', 2);
          this.done = true;
          return true;
        }
        return false;
      }
      case 'fraction':
        if (last === 'start' && !andBefore && (a.word === 'quarter' || a.word === 'quart')) {
          // "quarter million": only before a scale word.
          const sc = atomAfter(text, a, lang, lex);
          if (!sc || sc.cls !== 'scale') return false;
          this.cur = 0.25;
          this.fraction = true;
          return this.commit(a, andBefore, 'fraction', 4);
        }
        return this.acceptFraction(a, andBefore);
      default:
        return false;
    }
    return this.commit(a, andBefore, cls, a.v);
  }

  /** A digit number followed by "and" + words only when it is round: "100 וחמש". */
  private roundDigits(): boolean {
    return this.language === 'he' && this.dn !== null && this.atoms === 1 && this.dn.fractionDigits === 0 && !this.dn.grouped && this.cur % 100 === 0 && this.cur > 0;
  }

  private commit(a: Atom, andBefore: boolean, cls: Cls, v: number): boolean {
    this.last = cls;
    this.lastV = v;
    this.lastAnd = andBefore;
    if (cls !== 'article') this.articleOnly = false;
    if (a.dn) this.digits = true;
    else this.words = true;
    this.end = a.end;
    this.atoms++;
    if (this.atoms === 1) this.word = a.word;
    return true;
  }

  private collapse(scale: number): void {
    let acc = this.cur;
    while (this.parts.length > 0) {
      const p = this.parts[this.parts.length - 1];
      if (!p || p.s >= scale) break;
      acc += p.v;
      this.parts.pop();
    }
    if (acc === 0) acc = 1;
    this.parts.push({ v: clean(acc * scale), s: scale });
    this.cur = 0;
    this.tailBase = 0;
    this.lastScale = scale;
    this.scaled = true;
    this.articleOnly = false;
    this.coefPrecision = this.last === 'num' && this.atoms === 1 && this.dn !== null ? this.dn.precision * this.suffixMult : 0.5;
  }

  private acceptFraction(a: Atom, andBefore: boolean): boolean {
    const info = a.info;
    if (!info) return false;
    const lang = this.language;
    const plural = info.plural === true;
    const last = this.last;
    let d = a.v;
    let numerator: number;
    let base = 0;
    if (info.compoundOnly) return false;
    if (last === 'start') {
      // Hebrew writes a lone fraction: "חמישית" (a fifth), "רבע".
      if (lang !== 'he' || plural || andBefore) return false;
      numerator = 1;
    } else if (andBefore) {
      // Hebrew "שלוש וחמישית": and a fifth.
      if (plural || this.fraction) return false;
      base = this.value();
      numerator = 1;
    } else {
      if (!(smallClasses.has(last as Cls) || last === 'scale' || last === 'article')) return false;
      if (last === 'num' && this.atoms === 1 && lang !== 'he') return false; // "100 millionths": digits with an ordinal
      numerator = this.value();
      // "one hundred thirty fifths" = 100/35: a ten right before a unit ordinal joins the denominator.
      if (lang === 'en' && last === 'ten' && d < 10 && this.atoms >= 2 && this.cur - this.lastV > 0 && !this.lastAnd) {
        d = this.lastV + d;
        numerator -= this.lastV;
      }
    }
    if (!Number.isFinite(numerator) || numerator <= 0) return false;
    if ((lang === 'en' || lang === 'es') && !andBefore && (numerator === 1) === plural) return false;
    this.parts = [];
    this.cur = base + numerator / d;
    this.fraction = true;
    this.articleOnly = false;
    this.last = 'fraction';
    this.end = a.end;
    this.words = true;
    this.atoms++;
    this.done = true;
    return true;
  }

  result(negative: boolean): PhraseNumber | null {
    if (this.atoms === 0) return null;
    const value = negative ? -this.value() : this.value();
    const single = this.atoms === 1 && this.dn !== null;
    let precision = 0.5;
    if (this.fraction || this.exponent) precision = 0;
    else if (this.decPrecision !== null) precision = this.decPrecision;
    else if (this.last === 'scale') precision = this.coefPrecision * this.lastScale;
    else if (single && this.dn) precision = this.dn.precision * this.suffixMult;
    return {
      start: -1,
      end: this.end,
      value,
      precision,
      words: this.words,
      digits: this.digits,
      scaled: this.scaled,
      intDigits: single && this.dn && !this.scaled ? this.dn.intDigits : '',
      fractionDigits: single && this.dn ? this.dn.fractionDigits : 0,
      grouped: this.dn?.grouped ?? false,
      approx: null,
      fraction: this.fraction,
      articleOnly: this.articleOnly && this.atoms === 1,
      word: this.atoms === 1 ? this.word : '',
      exponent: this.exponent,
      scaleWord: this.last === 'scale' ? this.lastScale : this.atoms === 1 && this.dn ? this.suffixMult : 1,
    };
  }
}

