/**
 * Numbers written with digits, in any locale's notation: `1.4`, `1,4`, `1 400` (space, no-break
 * or narrow no-break space), `1'400`, `1,400,000`, `1.400.000`, `12,34,567.89`, Arabic-Indic
 * digits with the Arabic separators (`٣٫٥`, `١٬٠٠٠`, `3ر5`), full-width digits, exponents
 * (`1.3e6`, `1.1^23`), fractions (`3/4`, `2 1/4`).
 *
 * Which of `.` and `,` is the decimal mark is read from the number itself when it can be (`1.234,5`,
 * `1,234,567`, `1,3`); only a lone separator followed by exactly three digits (`4,800`, `4.800`) is
 * ambiguous, and the language decides: French, Spanish, German and most of Europe write the decimal
 * comma, English, Hebrew and Chinese the decimal point, and so does Arabic news written with Western
 * digits (Arabic-Indic digits carry their own marks, ٫ and ٬).
 */
import { digitValue, isGroupSpace, isLetter, isMinus, isSpace } from './chars.js';

export interface DigitNumber {
  /** Start of the number, including a minus sign. */
  start: number;
  /** End of the number (exclusive). */
  end: number;
  value: number;
  /** Half the step of the last digit written: `1.4` → 0.05, `1 400` → 0.5. */
  precision: number;
  /** The integer part's digits in ASCII, without separators ("2024"); empty for `.5`. */
  intDigits: string;
  /** Number of digits after the decimal mark. */
  fractionDigits: number;
  /** Thousands separators were used. */
  grouped: boolean;
  negative: boolean;
  /** How it was written. */
  form: 'plain' | 'fraction' | 'exponent';
}

/** Languages whose decimal mark is the comma. */
const commaDecimalLanguages = new Set(['fr', 'es', 'de', 'it', 'pt', 'nl', 'ru', 'pl', 'tr', 'id', 'sv', 'da', 'nb', 'no', 'fi', 'cs', 'ro', 'el', 'uk', 'ca', 'hu', 'sk', 'sl', 'hr', 'bg', 'vi']);

export function prefersDecimalComma(language: string): boolean {
  return commaDecimalLanguages.has(language);
}

const DOT = 0x2e;
const COMMA = 0x2c;

/** Separator code → its role family. */
function separatorKind(c: number): 'dot' | 'comma' | 'space' | 'apostrophe' | 'arabicDecimal' | 'arabicThousands' | null {
  switch (c) {
    case DOT:
    case 0xff0e: // ．
      return 'dot';
    case COMMA:
    case 0xff0c: // ，
      return 'comma';
    case 0x27: // '
    case 0x2019: // ’
      return 'apostrophe';
    case 0x66b: // ٫
    case 0x631: // ر (written for the Arabic decimal mark)
      return 'arabicDecimal';
    case 0x66c: // ٬
      return 'arabicThousands';
    default:
      return isGroupSpace(c) ? 'space' : null;
  }
}

function runLen(runs: Runs, k: number): number {
  return (runs.ends[k] ?? 0) - (runs.starts[k] ?? 0);
}

function runEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && digitValue(text.charCodeAt(i)) >= 0) i++;
  return i;
}

function asciiDigits(text: string, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(0x30 + digitValue(text.charCodeAt(i)));
  return s;
}

/** Whether a minus sign at `i` belongs to the number that follows (not a hyphen joining words or digits). */
export function minusStartsNumber(text: string, i: number): boolean {
  if (!isMinus(text.charCodeAt(i))) return false;
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  if (isLetter(p) || digitValue(p) >= 0) return false;
  if (isMinus(p) || p === 0x2f || p === DOT || p === COMMA || p === 0x5f || p === 0x2b) return false;
  // "10$-20$", "5%-10%": a dash after a symbol joins a range.
  if (p === 0x24 || p === 0x25 || p === 0x20ac || p === 0xa3 || p === 0xa5 || p === 0x20aa || p === 0xff05) return false;
  return true;
}

interface Runs {
  starts: number[];
  ends: number[];
  seps: Array<ReturnType<typeof separatorKind>>;
}

function collectRuns(text: string, i: number): Runs {
  const starts = [i];
  let e = runEnd(text, i);
  const ends = [e];
  const seps: Array<ReturnType<typeof separatorKind>> = [];
  const n = text.length;
  while (e + 1 < n) {
    const sc = text.charCodeAt(e);
    const kind = separatorKind(sc);
    if (!kind || digitValue(text.charCodeAt(e + 1)) < 0) break;
    // The full-width comma separates thousands only between full-width digits ("４，５６５"); elsewhere it lists ("$20，300美圆").
    if (sc === 0xff0c && !(text.charCodeAt(e - 1) >= 0xff10 && text.charCodeAt(e - 1) <= 0xff19)) break;
    // "ر" is a letter: only between digits, and never inside a word.
    seps.push(kind);
    starts.push(e + 1);
    e = runEnd(text, e + 1);
    ends.push(e);
    if (starts.length > 64) break;
  }
  return { starts, ends, seps };
}

/**
 * Reads the number that starts at `i` (a digit, a minus sign, or a decimal mark before digits).
 * Scale words and suffixes (`million`, `k`) are not read here.
 */
export function readDigitNumber(text: string, i: number, language: string): DigitNumber | null {
  const n = text.length;
  const start = i;
  let negative = false;
  if (isMinus(text.charCodeAt(i))) {
    if (!minusStartsNumber(text, i)) return null;
    negative = true;
    i++;
  }
  const commaDecimal = prefersDecimalComma(language);
  // A decimal mark with no integer part: ".08", ",08" (only where the comma is the decimal mark).
  let leadingDecimal = false;
  const c0 = text.charCodeAt(i);
  const vf0 = vulgar[text[i] ?? ''];
  if (vf0 !== undefined) {
    return { start, end: i + 1, value: negative ? -vf0 : vf0, precision: 0, intDigits: '', fractionDigits: 0, grouped: false, negative, form: 'fraction' };
  }
  if (digitValue(c0) < 0) {
    if (!(c0 === DOT || c0 === 0xff0e || (c0 === COMMA && commaDecimal)) || i + 1 >= n || digitValue(text.charCodeAt(i + 1)) < 0) return null;
    if (i > 0 && !negative) {
      const p = text.charCodeAt(i - 1);
      if (!isSpace(p) && p !== 0x28 && p !== 0x24) return null;
    }
    leadingDecimal = true;
    i++;
  }
  // Inside a chain of numbers ("192.168.1.2", "22,24,26", "+1-222-2222/2222") each number is a bare digit run.
  const chained = start >= 2 && !negative && !leadingDecimal && isChainMark(text.charCodeAt(start - 1)) && digitValue(text.charCodeAt(start - 2)) >= 0;
  const runs = chained ? { starts: [i], ends: [runEnd(text, i)], seps: [] } : collectRuns(text, i);
  const { starts, ends, seps } = runs;

  if (leadingDecimal) {
    const e = ends[0] ?? i;
    const frac = asciiDigits(text, i, e);
    const value = Number(`0.${frac}`);
    return { start, end: e, value: negative ? -value : value, precision: 0.5 * 10 ** -frac.length, intDigits: '', fractionDigits: frac.length, grouped: false, negative, form: 'plain' };
  }

  // Decide how many runs belong to the integer part and whether a decimal run follows.
  let lastInt = 0; // index of the last run in the integer part
  let decimalRun = -1;
  let thousands: string | null = null;
  const firstLen = runLen(runs, 0);
  const firstIsZero = firstLen >= 1 && text.charCodeAt(starts[0] ?? 0) === 0x30 && firstLen === 1;
  for (let k = 0; k < seps.length; k++) {
    const sep = seps[k];
    if (!sep) break;
    const L = runLen(runs, k + 1);
    if (sep === 'space' || sep === 'apostrophe' || sep === 'arabicThousands') {
      const ok = L === 3 && decimalRun < 0 && (k === 0 ? firstLen <= 3 && !firstIsZero : thousands === sep);
      if (!ok) break;
      thousands = sep;
      lastInt = k + 1;
      continue;
    }
    if (sep === 'arabicDecimal') {
      decimalRun = k + 1;
      break;
    }
    // dot or comma
    if (thousands === sep) {
      if (L === 3 || (sep === 'comma' && L === 2 && isIndianContinuation(seps, runs, k))) {
        lastInt = k + 1;
        continue;
      }
      break;
    }
    if (thousands !== null) {
      // A different mark after thousands separators is the decimal mark: 1,234.5 / 1.234,5 / 1 234,5.
      if (thousands === 'space' || thousands === 'apostrophe' || thousands === 'arabicThousands' || sep !== thousands) decimalRun = k + 1;
      break;
    }
    // First dot or comma of the number.
    const pattern = groupingPattern(seps, runs, k, sep);
    if (pattern === 'thousands' && !firstIsZero && firstLen <= 3) {
      thousands = sep;
      lastInt = k + 1;
      continue;
    }
    if (pattern === 'indian' && !firstIsZero && firstLen <= 2) {
      thousands = sep;
      lastInt = k + 1;
      continue;
    }
    const more = k + 1 < seps.length && seps[k + 1] === sep;
    if (more) {
      // 192.168.1.2: a chain that is neither grouping nor a decimal.
      if (L === 3 && firstLen <= 3 && !firstIsZero && (sep === 'dot') === commaDecimal) {
        thousands = sep;
        lastInt = k + 1;
      }
      break;
    }
    if (pattern === 'ambiguous' && !firstIsZero && firstLen <= 3) {
      // One separator followed by exactly three digits, nothing after: the language decides.
      const isThousands = sep === 'comma' ? !commaDecimal : commaDecimal;
      if (isThousands) {
        thousands = sep;
        lastInt = k + 1;
        continue;
      }
    }
    decimalRun = k + 1;
    break;
  }

  let intDigits = '';
  for (let k = 0; k <= lastInt; k++) intDigits += asciiDigits(text, starts[k] ?? 0, ends[k] ?? 0);
  let end = ends[lastInt] ?? i;
  let fracDigits = '';
  if (decimalRun > 0) {
    fracDigits = asciiDigits(text, starts[decimalRun] ?? 0, ends[decimalRun] ?? 0);
    end = ends[decimalRun] ?? end;
  }
  let value = Number(fracDigits ? `${intDigits}.${fracDigits}` : intDigits);
  let precision = 0.5 * 10 ** -fracDigits.length;
  let form: DigitNumber['form'] = 'plain';
  const grouped = thousands !== null;

  // Exponents: 1e10, 1.3e6, 12.32e+14, -12e-1, 2.7890e－1; powers: 1.1^23, 2.5^-1, 2^5.
  if (!grouped && end < n) {
    const c = text.charCodeAt(end);
    if (c === 0x65 || c === 0x45) {
      let j = end + 1;
      let expNeg = false;
      const s = text.charCodeAt(j);
      if (s === 0x2b) j++;
      else if (isMinus(s)) {
        expNeg = true;
        j++;
      }
      const e2 = runEnd(text, j);
      if (e2 > j && !(e2 < n && isLetter(text.charCodeAt(e2)))) {
        const exp = Number(asciiDigits(text, j, e2));
        value = value * 10 ** (expNeg ? -exp : exp);
        precision = precision * 10 ** (expNeg ? -exp : exp);
        end = e2;
        form = 'exponent';
      }
    } else if ((c === 0x78 || c === 0xd7 || c === 0x58) && text.startsWith('10^', end + 1)) {
      // 1.3x10^6, 6.23×10^-4
      let j = end + 4;
      let neg = false;
      if (isMinus(text.charCodeAt(j))) {
        neg = true;
        j++;
      } else if (text.charCodeAt(j) === 0x2b) j++;
      const e2 = runEnd(text, j);
      if (e2 > j) {
        const exp = Number(asciiDigits(text, j, e2));
        value = value * 10 ** (neg ? -exp : exp);
        precision = precision * 10 ** (neg ? -exp : exp);
        end = e2;
        form = 'exponent';
      }
    } else if (c === 0x5e) {
      let j = end + 1;
      let minus = 0;
      while (j < n && (isMinus(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2b)) {
        if (isMinus(text.charCodeAt(j))) minus++;
        j++;
      }
      const e2 = runEnd(text, j);
      if (e2 > j) {
        const exp = Number(asciiDigits(text, j, e2));
        value = value ** (minus % 2 === 1 ? -exp : exp);
        precision = Math.abs(value) * 1e-9;
        end = e2;
        form = 'exponent';
      }
    }
  }

  // "2½"
  if (form === 'plain' && decimalRun < 0 && !grouped && end < n) {
    const vf = vulgar[text[end] ?? ''];
    if (vf !== undefined) {
      value += vf;
      precision = 0;
      end++;
      form = 'fraction';
    }
  }

  // Fractions: 3/4, -4/5. Not dates (17/05/2018) nor paths.
  if (form === 'plain' && !grouped && decimalRun < 0 && end + 1 < n) {
    const c = text.charCodeAt(end);
    if ((c === 0x2f || c === 0xff0f) && !precededBySlashNumber(text, start)) {
      const dStart = end + 1;
      const dEnd = runEnd(text, dStart);
      const after = dEnd < n ? text.charCodeAt(dEnd) : 0;
      const chainAfter = (after === 0x2d || after === DOT) && digitValue(text.charCodeAt(dEnd + 1)) >= 0;
      if (dEnd > dStart && after !== 0x2f && after !== 0xff0f && !chainAfter && !(dEnd < n && gluedLetterCode(after))) {
        const den = Number(asciiDigits(text, dStart, dEnd));
        if (den !== 0 && !(after === COMMA && digitValue(text.charCodeAt(dEnd + 1)) >= 0)) {
          value = value / den;
          precision = Math.abs(value) * 1e-9;
          end = dEnd;
          form = 'fraction';
        }
      }
    }
  }

  return { start, end, value: negative ? -value : value, precision, intDigits, fractionDigits: fracDigits.length, grouped, negative, form };
}

function isChainMark(c: number): boolean {
  return c === DOT || c === COMMA || c === 0x2f || c === 0xff0f || c === 0x2d;
}

function precededBySlashNumber(text: string, start: number): boolean {
  const p = text.charCodeAt(start - 1);
  return start >= 2 && (p === 0x2f || p === 0xff0f || p === 0x2d) && digitValue(text.charCodeAt(start - 2)) >= 0;
}

/** Latin, Greek or Cyrillic letters: glued to digits they make a unit or a code ("29km", "4th"). */
function gluedLetterCode(c: number): boolean {
  return (c < 0x250 && isLetter(c)) || (c >= 0x370 && c <= 0x52f);
}

const vulgar: Record<string, number> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 };

/** The value of a vulgar fraction character (½, ¾, ⅔ …), or undefined. */
export function vulgarFraction(c: string): number | undefined {
  return vulgar[c];
}

/** The shape of the same-mark groups from separator `k` on: all of three digits (≥2 of them), Indian lakh grouping, one group of three, or none. */
function groupingPattern(seps: Runs['seps'], runs: Runs, k: number, sep: 'dot' | 'comma'): 'thousands' | 'indian' | 'ambiguous' | 'none' {
  let count = 0;
  let all3 = true;
  let j = k;
  while (j < seps.length && seps[j] === sep) {
    if (runLen(runs, j + 1) !== 3) all3 = false;
    count++;
    j++;
  }
  const otherMarkFollows = j < seps.length && (seps[j] === 'dot' || seps[j] === 'comma') && seps[j] !== sep;
  if (all3 && (count >= 2 || otherMarkFollows)) return 'thousands';
  if (sep === 'comma' && count >= 2) {
    // 12,34,567: groups of two, then a last group of three.
    let ok = true;
    for (let m = k; m < j - 1; m++) if (runLen(runs, m + 1) !== 2) ok = false;
    if (ok && runLen(runs, j) === 3) return 'indian';
  }
  if (all3 && count === 1) return 'ambiguous';
  return 'none';
}

function isIndianContinuation(seps: Runs['seps'], runs: Runs, k: number): boolean {
  let j = k;
  while (j < seps.length && seps[j] === 'comma') {
    if (j > k && runLen(runs, j) !== 2) return false;
    j++;
  }
  return runLen(runs, j) === 3;
}

