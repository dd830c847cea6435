/**
 * Names that contain digits ("GPT-4o", "GPT 4o", "Gemini 3", "gpt-oss-120b", "GPT-5.2", "iPhone 15",
 * "Windows 11", "COVID-19", "A320", "5G") are names, not quantities. This finds them so the figure
 * stage reads their digits as part of a name.
 *
 * A name is:
 * - a word of Latin letters and digits, joined or hyphenated ("GPT-4o", "COVID-19", "A320", "4o"),
 *   unless it is an amount with a scale suffix ("10k", "1.2bn"), an ordinal ("4th", "2e"), a
 *   measurement ("29km", "16GB"), a decade ("1990s") or a time ("3pm");
 * - a capitalised, upper-case or mixed-case word followed by a small number ("Gemini 3",
 *   "Windows 11", "iPhone 15"), unless the word is a function word, a month, a currency or a unit,
 *   the word opens a sentence in plain title case, or the number is a year or carries a unit;
 * - a number after "version", "v", "codenamed" ("version 2", "codenamed 5.2").
 */
import { digitValue, foldWord, isLatinLetter, isLetter, isSpace, isUpperLatin, wordEnd, wordStart } from './chars.js';
import { monthOf } from './dates.js';
import { isCurrencyWord } from './currencies.js';
import { durationWords, percentAfter, timesAfter } from './units.js';

export interface NameSpan {
  start: number;
  end: number;
  /** Normalised form for linking: lower case, letters and digits only ("gpt4o"). */
  key: string;
}

const scaleSuffixes = new Set(['k', 'K', 'M', 'MM', 'mm', 'mn', 'Mn', 'mln', 'b', 'B', 'bn', 'Bn', 'BN', 'bln', 'tn', 'tln', 'T', 'Md', 'Mds', 'Mrd', 'Mio', 'mil']);
const ordinalSuffixes = new Set(['st', 'nd', 'rd', 'th', 'er', 're', 'ère', 'e', 'ème', 'eme', 'è', 'º', 'ª', 'o', 'a', 'to', 'do', 'ro', 'vo', 'mo', 'no', 'ta', 'te', 'ten', 'ste', 'sten', 'te', 'th.']);
const unitSuffixes = new Set([
  'km', 'm', 'cm', 'mm', 'nm', 'µm', 'mi', 'ft', 'in', 'kg', 'g', 'mg', 't', 'lb', 'lbs', 'oz', 'ml', 'l', 'cl', 'dl', 'gb', 'mb', 'tb', 'kb', 'pb', 'gbps', 'mbps',
  'ghz', 'mhz', 'khz', 'hz', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'twh', 'w', 'v', 'mah', 'mph', 'kmh', 'km/h', 's', 'h', 'min', 'ms', 'px', 'pt', 'ha', 'sq', 'x', 'am', 'pm',
  'c', 'f', 'hp', 'cc', 'bit', 'bits', 'byte', 'bytes', 'k', 'p', 'fps', 'd', 'y', 'yr', 'yrs', 'mo', 'wk', 'hrs', 'hr', 'sec', 'mins',
]);
/** Capitalised words that are not names before a number. */
const stopWords = new Set(
  (
    'in on at by for from to of and but or with about over under after before since until between during than some nearly almost around only just more less up down top all every each per via plus minus ' +
    'approximately roughly within against among like unlike including excluding also the a an this that these those his her its their our your my we they he she it i you another other both either neither ' +
    'most many few several already still last next first early late mid page pages step steps no number nr nrs chapter phase round day days week weeks year years ' +
    'en dans le la les des du de au aux sur pour avec sans depuis entre vers près moins environ et ou un une le là chapitre ' +
    'el los las del al por para con sin desde hasta sobre unos casi más menos y o capítulo ' +
    'der die das dem den des ein eine im am um von vom zu zum zur mit seit bis nach vor über unter rund etwa fast und oder mehr weniger ab auf aus bei für gegen ohne kapitel seite nummer'
  ).split(' '),
);
/** Words that introduce a name or version number. */
const introWords = new Set(['version', 'versions', 'v', 'codenamed', 'code-named', 'nommé', 'baptisé', 'versión', 'llamado', 'gen', 'generation', 'génération', 'generación']);

function isAlnum(c: number): boolean {
  return isLatinLetter(c) || (c >= 0x30 && c <= 0x39);
}

function sentenceStart(text: string, wordStartPos: number): boolean {
  let k = wordStartPos;
  while (k > 0) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x22 || c === 0x27 || c === 0x201c || c === 0xab || c === 0x2018 || c === 0x201e || c === 0x28 || c === 0x2022 || c === 0x2d) {
      k--;
      continue;
    }
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d || c === 0x3a;
  }
  return true;
}

function keyOf(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9.]/g, '').replace(/\.(?!\d)/g, '');
}

/** Whether a glued letters+digits token is an amount, an ordinal, a measurement, a decade or a time rather than a name. */
function notAName(token: string): boolean {
  const m = /^(\d+(?:[.,]\d+)?)([A-Za-z\u00b5\u00ba\u00aa\u00e8\u00e9\u00ea/]+\.?)$/.exec(token);
  if (m) {
    const digits = m[1] ?? '';
    const suffix = m[2] ?? '';
    if (scaleSuffixes.has(suffix)) return true;
    if (ordinalSuffixes.has(suffix.toLowerCase()) && !digits.includes('.')) return true;
    if (unitSuffixes.has(suffix.toLowerCase())) return true;
    if (/^\d{2,4}$/.test(digits) && suffix === 's') return true; // 1990s, 90s
  }
  return false;
}

/** Finds the names with digits in `text`, in order, without overlaps. */
export function findNames(text: string, language: string): NameSpan[] {
  const out: NameSpan[] = [];
  const n = text.length;
  let i = 0;
  let lastEnd = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39 || i < lastEnd) {
      i++;
      continue;
    }
    // The alphanumeric token around this digit: letters and digits, joined by hyphens, or by dots between digits.
    let s = i;
    while (s > 0) {
      const p = text.charCodeAt(s - 1);
      if (isAlnum(p)) s--;
      else if ((p === 0x2d || p === 0x2e) && s >= 2 && isAlnum(text.charCodeAt(s - 2)) && (p === 0x2d || digitValue(text.charCodeAt(s - 2)) >= 0)) s--;
      else break;
    }
    let e = i;
    while (e < n) {
      const q = text.charCodeAt(e);
      if (isAlnum(q)) e++;
      else if ((q === 0x2d || q === 0x2e) && e + 1 < n && isAlnum(text.charCodeAt(e + 1)) && (q === 0x2d || (digitValue(text.charCodeAt(e - 1)) >= 0 && digitValue(text.charCodeAt(e + 1)) >= 0))) e++;
      else break;
    }
    let token = text.slice(s, e);
    // An amount glued to a currency code ("USD115", "115USD") is money, not a name.
    if (/^[A-Z]{3}\d/.test(token) && isCurrencyWord(token.slice(0, 3).toLowerCase())) token = '';
    if (/\d[A-Z]{3}$/.test(token) && isCurrencyWord(token.slice(-3).toLowerCase())) token = '';
    if (/^\d+(\.\d+)?[xX]$/.test(token) || /^[xX]\d+(\.\d+)?$/.test(token)) token = '';
    if (/^\d+(?:[.,]\d+)?[eE]\d+$/.test(token)) token = ''; // 1e10
    if (/^\d+(?:\.\d+)?-[a-z]+$/.test(token)) token = ''; // compound adjectives: "8-fold", "30-year", "12-cent"
    if (token === '') {
      i = e;
      continue;
    }
    let hasLetter = false;
    for (let k = s; k < e; k++) {
      if (isLatinLetter(text.charCodeAt(k))) {
        hasLetter = true;
        break;
      }
    }
    // A letter token glued to other letters of another script is not ours.
    const gluedOther = (s > 0 && isLetter(text.charCodeAt(s - 1))) || (e < n && isLetter(text.charCodeAt(e)));
    if (gluedOther) {
      i = e;
      continue;
    }
    if (hasLetter) {
      // "4o" after "GPT": the word before is part of the name.
      let start = s;
      let named = false;
      if (/^\d/.test(token)) {
        const prev = previousNameWord(text, s, language);
        const m = /^\d+(?:\.\d+)?([A-Za-z]+)$/.exec(token);
        const suffix = m?.[1] ?? '';
        if (prev >= 0 && !scaleSuffixes.has(suffix) && !unitSuffixes.has(suffix.toLowerCase())) {
          start = prev;
          named = true;
        }
      }
      if (named || !notAName(token)) {
        out.push({ start, end: e, key: keyOf(text.slice(start, e)) });
        lastEnd = e;
      }
      i = e;
      continue;
    }
    if (!hasLetter) {
      // A capitalised word followed by this number: "Gemini 3", "Windows 11", "iPhone 15".
      const digitsOnly = /^\d{1,4}(\.\d{1,2})?$/.test(token);
      if (digitsOnly && !/^(19|20)\d\d$/.test(token) && !unitFollows(text, e)) {
        const prev = previousNameWord(text, s, language);
        if (prev >= 0) {
          out.push({ start: prev, end: e, key: keyOf(text.slice(prev, e)) });
          lastEnd = e;
        }
      }
    }
    i = e;
  }
  return out;
}

/** A unit, percent, currency, time or "times" word right after a number keeps it a quantity ("Apple 10%", "Top 10 percent"). */
function unitFollows(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if (c === 0x25 || c === 0x24 || c === 0x20ac || c === 0xa3) return true;
  const we = wordEnd(text, k);
  if (we === k) return false;
  const w = foldWord(text.slice(k, we));
  return percentAfter.has(w) || durationWords.has(w) || timesAfter.has(w) || isCurrencyWord(w) || w === 'million' || w === 'billion' || w === 'trillion' || w === 'thousand' || w === 'millions' || w === 'milliards' || w === 'milliard' || w === 'millones';
}

/** Start of a name word right before a number at `numStart` (one space between), or -1. */
function previousNameWord(text: string, numStart: number, language: string): number {
  let k = numStart;
  if (k === 0 || text.charCodeAt(k - 1) !== 0x20) return -1;
  k--;
  if (k === 0 || !isLatinLetter(text.charCodeAt(k - 1))) return -1;
  const ws = wordStart(text, k);
  if (ws > 0 && (text.charCodeAt(ws - 1) === 0x24 || isLetter(text.charCodeAt(ws - 1)))) return -1;
  const word = text.slice(ws, k);
  for (let j = 0; j < word.length; j++) if (!isLatinLetter(word.charCodeAt(j))) return -1;
  const folded = word.toLowerCase();
  if (introWords.has(folded)) return ws;
  if (stopWords.has(folded) || monthOf(folded) > 0 || isCurrencyWord(folded) || durationWords.has(folded)) return -1;
  const first = word.charCodeAt(0);
  let uppers = 0;
  for (let j = 0; j < word.length; j++) if (isUpperLatin(word.charCodeAt(j))) uppers++;
  if (uppers === 0) return -1;
  const allCaps = uppers === word.length && word.length >= 2;
  const mixed = (uppers >= 2 && !allCaps) || (uppers >= 1 && !isUpperLatin(first));
  if (allCaps || mixed) return ws;
  if (!isUpperLatin(first)) return -1;
  // Plain title case: not at the start of a sentence, and not in German, which capitalises every noun.
  if (language === 'de') return -1;
  if (sentenceStart(text, ws)) return -1;
  return ws;
}
