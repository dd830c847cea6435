/**
 * Chinese numerals, plain and financial, simplified and traditional, alone or mixed with digits:
 * "一百五十二", "肆佰陸拾", "两千四百五" (2450), "一万三" (13000), "4.78万亿", "5万4千6百",
 * "三千 八百 九十六 万", "二点五", "五分之一", "三百五十又3分之1", "十多万" (about 100 000).
 *
 * Single characters that are also ordinary words are read only where they stand as numbers: a
 * financial numeral alone ("收拾", "入伍", "大陆") is not a number, nor are fixed words such as
 * 一切, 一直, 四川.
 */
import { digitValue, isHan, isLetter } from './chars.js';
import { readDigitNumber } from './numbers.js';

const digitChars: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 俩: 2, 倆: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const unitChars: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const bigChars: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
/** Digits that only count inside a longer numeral or on their own between non-letters. */
const financialChars = new Set(['壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟']);
/** Digits that cannot be read digit by digit after a decimal point. */
const notDecimalDigit = new Set(['两', '兩', '俩', '倆']);
const fillers = new Set(['余', '多', '几', '幾', '餘']);
/** Words that begin with a numeral character but are not numbers. */
const notNumberWords = [
  '一切', '一看', '一直', '一起', '一样', '一樣', '一般', '一定', '一些', '一旦', '一边', '一邊', '一致', '一同', '一向', '一再', '一律', '一度', '一时', '一時',
  '一味', '一贯', '一貫', '一体', '一體', '一齐', '一齊', '一举', '一舉', '一概', '壹切', '四川', '两两', '兩兩', '万一', '萬一', '一一', '三峡', '三峽', '九州',
];
/** Characters before which a lone financial numeral may stand as a number ("是叁"). */
const standAlonePrev = new Set(['是', '为', '為', '和', '或', '与', '與', '：', ':', '“', '"', '「', '，', ',', '。']);

export interface ChineseNumber {
  start: number;
  end: number;
  value: number;
  precision: number;
  /** Only one numeral character ("一", "两"): may be part of a word such as 一美元. */
  single: boolean;
  /** A filler such as 多 / 余 / 几 made it approximate: the value is the lower bound. */
  approximate: boolean;
  fraction: boolean;
  /** The number had a big scale (万, 亿). */
  scaled: boolean;
  /** Written only with digits (e.g. "2024" before 年), so other readers handle it better. */
  digitsOnly: boolean;
  /** The number was "百分之X" (a percentage): `value` is X. */
  percentOf: boolean;
  /** Where "百分之" (or a bare "千分之") starts. */
  outerStart: number;
  /** "千分之X" = X/1000 with no coefficient before 千: 1000 (10000 for 万分之), else 0. */
  perDenominator: number;
  /** The largest scale character used (万 → 1e4, 亿 → 1e8), 1 if none. */
  scaleWord: number;
}

function ch(text: string, i: number): string {
  return i < text.length ? (text[i] ?? '') : '';
}

/** Skips spaces inside a numeral ("一百 五 十 二", "1000  万"), at most a few. */
function skipInner(text: string, i: number): number {
  let k = i;
  while (k < text.length && k - i < 6 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x3000)) k++;
  return k;
}

interface Core {
  end: number;
  value: number;
  elements: number;
  approximate: boolean;
  scaled: boolean;
  digitsOnly: boolean;
  decimals: number;
  /** One step of the last digit written: 1.4万亿 → 1e11. */
  place: number;
  /** The last big scale character (万, 亿), 1 if none. */
  bigScale: number;
  lastWasDigitChar: boolean;
}

/** Reads an integer-or-decimal Chinese numeral at `i` (no sign, no fraction). */
function readCore(text: string, i: number, allowDecimal = true): Core | null {
  let total = 0;
  let section = 0;
  let num = 0;
  let numSet = false;
  let lastUnit = 0;
  let lastBig = 0;
  let afterZero = false;
  let elements = 0;
  let approximate = false;
  let scaled = false;
  let digitsOnly = true;
  let end = i;
  let k = i;
  let lastKind: 'none' | 'digit' | 'num' | 'unit' | 'big' | 'zero' | 'filler' | 'half' = 'none';
  let half = false;
  /** The value of one step of the last digit written (for the precision the text implies). */
  let place = 1;
  while (k < text.length) {
    const c = ch(text, k);
    const code = text.charCodeAt(k);
    if (digitValue(code) >= 0) {
      if (lastKind === 'digit' || lastKind === 'num') break;
      const dn = readDigitNumber(text, k, 'zh');
      if (!dn || dn.form !== 'plain' || dn.negative) break;
      let dEnd = dn.end;
      let mult = 1;
      // "15k", "3.2k", "５２.５ k": thousands.
      const km = /^ ?[kKｋＫ](?![A-Za-z])/.exec(text.slice(dEnd, dEnd + 3));
      if (km) {
        mult = 1000;
        dEnd += km[0].length;
      } else if (dEnd < text.length && isLetter(text.charCodeAt(dEnd)) && !isHan(text.charCodeAt(dEnd))) break; // an order number, a unit
      num = dn.value * mult;
      numSet = true;
      place = 10 ** -dn.fractionDigits * mult;
      k = dEnd;
      end = k;
      elements++;
      lastKind = 'num';
      afterZero = false;
    } else if (c in digitChars) {
      const d = digitChars[c] ?? 0;
      if (d === 0) {
        if (lastKind === 'digit' || lastKind === 'num') break;
        section += num;
        num = 0;
        numSet = false;
        afterZero = true;
        lastKind = 'zero';
        k++;
        elements++;
        digitsOnly = false;
        end = k;
      } else {
        if (lastKind === 'digit' || lastKind === 'num') return null; // "二三十": adjacent digits are not a number
        num = d;
        numSet = true;
        place = 1;
        lastKind = 'digit';
        k++;
        elements++;
        digitsOnly = false;
        end = k;
      }
    } else if (c in unitChars) {
      const u = unitChars[c] ?? 1;
      if (lastKind === 'unit' && u >= lastUnit) break;
      const coef = half ? 0.5 : numSet ? num : 1;
      if (!numSet && !half && lastKind !== 'none' && lastKind !== 'zero' && lastKind !== 'big') break;
      section += coef * u;
      if (numSet || half || lastKind === 'none' || lastKind === 'zero') place = place * u;
      num = 0;
      numSet = false;
      half = false;
      lastUnit = u;
      lastKind = 'unit';
      afterZero = false;
      k++;
      elements++;
      digitsOnly = false;
      end = k;
    } else if (c in bigChars) {
      const b = bigChars[c] ?? 1;
      if (lastKind === 'none') break;
      const sectionValue = section + (numSet ? num : 0);
      if (lastKind === 'big' && b === lastBig && sectionValue === 0) {
        total *= b; // 万万 = 亿
      } else if (lastBig > 0 && b > lastBig) {
        total = (total + sectionValue) * b; // 一万五千亿 = (一万五千)亿
      } else {
        if (sectionValue === 0 && lastKind !== 'filler') break;
        total += sectionValue * b;
      }
      place = place * b;
      section = 0;
      num = 0;
      numSet = false;
      lastBig = b;
      lastUnit = b;
      lastKind = 'big';
      afterZero = false;
      scaled = true;
      k++;
      elements++;
      digitsOnly = false;
      end = k;
    } else if (fillers.has(c) && (lastKind === 'unit' || lastKind === 'num' || lastKind === 'zero' || lastKind === 'digit')) {
      // "十多万", "五百 余万", "一百零几万": only before a scale character.
      const k2 = skipInner(text, k + 1);
      const next = ch(text, k2);
      if (!(next in bigChars) && !(next in unitChars && c !== '多' && c !== '余')) break;
      approximate = true;
      if (lastKind === 'zero' || lastKind === 'digit') {
        numSet = false;
        num = 0;
      }
      lastKind = 'filler';
      k = k2;
      continue;
    } else if (c === '半' && lastKind === 'none') {
      const k2 = skipInner(text, k + 1);
      if (!(ch(text, k2) in unitChars)) break;
      half = true;
      lastKind = 'half';
      k++;
      continue;
    } else if (c === ' ' || c === '\u3000') {
      const k2 = skipInner(text, k);
      const next = ch(text, k2);
      if (!(next in digitChars || next in unitChars || next in bigChars || fillers.has(next) || digitValue(text.charCodeAt(k2)) >= 0 || next === '点' || next === '點')) break;
      if (lastKind === 'num' && digitValue(text.charCodeAt(k2)) >= 0) break;
      k = k2;
      continue;
    } else {
      break;
    }
  }
  if (elements === 0) return null;
  let value: number;
  if (numSet && !afterZero && lastKind === 'digit' && lastUnit >= 10) {
    // "二百五" = 250, "一万三" = 13 000: a last digit after a unit counts in the next lower unit.
    value = total + section + num * (lastUnit / 10);
    place = lastUnit / 10;
  } else {
    value = total + section + (numSet ? num : 0);
  }
  let decimals = 0;
  // Decimals: "二点五", "十点二三三", "四百 点 五"; only digit characters (not 两) after the point.
  if (allowDecimal) {
    const kp = skipInner(text, end);
    const p = ch(text, kp);
    if (p === '点' || p === '點') {
      let m = skipInner(text, kp + 1);
      let frac = '';
      while (m < text.length) {
        const d = ch(text, m);
        if (d in digitChars && !notDecimalDigit.has(d)) {
          frac += String(digitChars[d]);
          m++;
          const m2 = skipInner(text, m);
          if (m2 > m && ch(text, m2) in digitChars && !(ch(text, m2 + 1) in unitChars)) m = m2;
          continue;
        }
        break;
      }
      if (frac.length > 0 && !(ch(text, m) in unitChars) && !(ch(text, m) in bigChars)) {
        value += Number(`0.${frac}`);
        decimals = frac.length;
        place = 10 ** -frac.length;
        end = m;
        digitsOnly = false;
      }
    }
  }
  return { end, value, elements, approximate, scaled, digitsOnly, decimals, place, bigScale: lastBig || 1, lastWasDigitChar: lastKind === 'digit' };
}

/** Whether a Chinese numeral may start at `i` (not inside a fixed word, not a lone financial character). */
function startsHere(text: string, i: number): boolean {
  for (const w of notNumberWords) if (text.startsWith(w, i)) return false;
  const prev2 = text.slice(Math.max(0, i - 1), i + 1);
  if (prev2 === '万一' || prev2 === '萬一' || prev2 === '统一' || prev2 === '統一' || prev2 === '唯一') return false;
  return true;
}

function loneFinancialOk(text: string, start: number, end: number): boolean {
  const prev = start > 0 ? (text[start - 1] ?? '') : '';
  const next = end < text.length ? text.charCodeAt(end) : 0x20;
  const prevOk = prev === '' || !isHan(prev.charCodeAt(0)) || standAlonePrev.has(prev);
  const nextOk = end >= text.length || !isHan(next);
  return prevOk && nextOk;
}

/** "分之" (with spaces allowed) at `from`: where the numerator starts, or null. */
function fractionMarkAt(text: string, from: number): { numStart: number } | null {
  let m = skipInner(text, from);
  if (ch(text, m) !== '分') return null;
  m = skipInner(text, m + 1);
  if (ch(text, m) !== '之') return null;
  return { numStart: skipInner(text, m + 1) };
}

/** The numerator after "分之" over `denominator`: "五分之一" = 1/5, "负３分之负一百五十七". */
function fractionTail(text: string, denominator: number, from: number): { value: number; end: number } | null {
  const f = fractionMarkAt(text, from);
  if (!f) return null;
  let m = f.numStart;
  let neg = false;
  if (ch(text, m) === '负' || ch(text, m) === '負') {
    neg = true;
    m++;
  }
  const numer = readCore(text, m);
  if (!numer || denominator === 0) return null;
  return { value: (neg ? -numer.value : numer.value) / denominator, end: numer.end };
}

/**
 * Reads a Chinese number at `i` (a numeral character, 负, or digits followed by a Chinese scale),
 * including a fraction "A分之B" and a mixed number "A又B分之C". Returns null if none starts here.
 */
export function readChineseNumber(text: string, i: number): ChineseNumber | null {
  if (!startsHere(text, i)) return null;
  let k = i;
  let negative = false;
  const c0 = ch(text, k);
  if (c0 === '负' || c0 === '負') {
    negative = true;
    k++;
  }
  // A bare denominator: "千分之一" (one per mille), "万分之三", "百万分之五"; "百分之X" is a percentage.
  const bare = /^([百佰千仟万萬亿億]{1,4})\s*分\s*之\s*/.exec(text.slice(k, k + 12));
  if (bare && !negative) {
    let den = 1;
    for (const ch2 of bare[1] ?? '') den *= unitChars[ch2] ?? bigChars[ch2] ?? 1;
    const m = k + bare[0].length;
    let neg = false;
    let m2 = m;
    if (ch(text, m2) === '负' || ch(text, m2) === '負') {
      neg = true;
      m2++;
    }
    const numer = readCore(text, m2);
    if (numer && den > 1) {
      const isPercent = den === 100;
      return {
        start: isPercent ? m : i,
        end: numer.end,
        value: (neg ? -numer.value : numer.value) / (isPercent ? 1 : den),
        precision: 0,
        single: false,
        approximate: numer.approximate,
        fraction: !isPercent,
        scaled: numer.scaled,
        digitsOnly: false,
        percentOf: isPercent,
        outerStart: i,
        perDenominator: isPercent ? 0 : den,
        scaleWord: 1,
      };
    }
  }
  const core = readCore(text, k);
  if (!core) return null;
  if (negative && core.elements === 0) return null;
  let value = core.value;
  let end = core.end;
  let fraction = false;
  const coreText = text.slice(k, core.end).trim();
  if (coreText === '百' || coreText === '佰') {
    // "百 分 之 2.4": a percentage; the number is what follows.
    const f = fractionMarkAt(text, core.end);
    if (f) {
      let m = f.numStart;
      let neg = false;
      if (ch(text, m) === '负' || ch(text, m) === '負') {
        neg = true;
        m++;
      }
      const numer = readCore(text, m);
      if (!numer) return null;
      return { start: f.numStart, end: numer.end, value: neg ? -numer.value : numer.value, precision: 0.5 * numer.place, single: false, approximate: numer.approximate, fraction: false, scaled: numer.scaled, digitsOnly: false, percentOf: true, outerStart: i, perDenominator: 0, scaleWord: 1 };
    }
  }
  const tail = fractionTail(text, core.value, core.end);
  if (tail) {
    value = tail.value;
    end = tail.end;
    fraction = true;
  } else {
    // Mixed number: "三百五十又3分之1", "3又一千分之23".
    const m = skipInner(text, core.end);
    if (ch(text, m) === '又') {
      const den = readCore(text, skipInner(text, m + 1), false);
      if (den) {
        const t2 = fractionTail(text, den.value, den.end);
        if (t2) {
          value = core.value + t2.value;
          end = t2.end;
          fraction = true;
        }
      }
    }
  }
  // Dozens: "一打" = 12, "十打苹果" = 120.
  if (!fraction && ch(text, end) === '打' && !core.approximate) {
    value *= 12;
    end++;
  }
  if (negative) value = -value;
  const single = core.elements === 1 && end - k === 1;
  if (single && !fraction) {
    const c = ch(text, k);
    if (financialChars.has(c) && !loneFinancialOk(text, k, end)) return null;
    if (c in unitChars && c !== '十' && c !== '拾') return null;
    if (c in bigChars) return null;
  }
  if (core.digitsOnly && !fraction && !core.scaled && !negative) return null;
  return {
    start: i,
    end,
    value,
    precision: fraction ? 0 : 0.5 * core.place,
    single,
    approximate: core.approximate,
    fraction,
    scaled: core.scaled,
    digitsOnly: core.digitsOnly,
    percentOf: false,
    outerStart: i,
    perDenominator: fraction && /^[千仟万萬]+$/.test(coreText) ? core.value : 0,
    scaleWord: core.bigScale,
  };
}

/** Whether a Chinese number may start at this character (a numeral, 负, or a bare denominator such as 万分之). */
export function chineseNumberMayStart(text: string, i: number): boolean {
  const c = ch(text, i);
  if (c in digitChars || c in unitChars || c === '负' || c === '負' || c === '半') return true;
  return c in bigChars && /^[万萬亿億]{1,3}\s*分\s*之/.test(text.slice(i, i + 8));
}

/** After digits at `end`: is there a Chinese scale or fraction marker, so the Chinese reader should take the whole number? */
export function chineseScaleFollows(text: string, end: number): boolean {
  let k = skipInner(text, end);
  if (fillers.has(ch(text, k))) k = skipInner(text, k + 1);
  const c = ch(text, k);
  if (c in bigChars || c in unitChars) return true;
  if (c === '分' && ch(text, skipInner(text, k + 1)) === '之') return true;
  if (c === '又') return true;
  if (c === '零' && (digitValue(text.charCodeAt(k + 1)) >= 0 || ch(text, k + 1) in digitChars)) return true;
  return false;
}

/**
 * How many characters to skip at `i` when no number starts there: a fixed word ("一切", "四川"),
 * or a run of numeral characters that is not a number ("二三十", "九九").
 */
export function chineseSkip(text: string, i: number): number {
  for (const w of notNumberWords) if (text.startsWith(w, i)) return w.length;
  let k = i;
  while (k < text.length && (ch(text, k) in digitChars || ch(text, k) in unitChars)) k++;
  return Math.max(1, k - i);
}
