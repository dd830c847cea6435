/**
 * Chinese proportions written with 成 (tenths: "三成" = 30%, "三成半" = 35%, "七成 六" = 76%) and
 * discounts written with 折 (the price paid, in tenths or as two digits: "九折" = 90%, "五五折" =
 * 55%, "9.9折" = 99%, "打对折" = 50%). Both are percentages.
 */
import { digitValue } from './chars.js';
import { readChineseNumber } from './chinese-numbers.js';

const hanDigit: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

export interface Rate {
  start: number;
  end: number;
  /** In percent. */
  value: number;
}

function isGap(c: string): boolean {
  return c === ' ' || c === '\u3000';
}

function isPoint(c: string): boolean {
  return c === '点' || c === '點' || c === '.' || c === '．';
}

function digitOf(text: string, k: number): number {
  const c = text[k] ?? '';
  const h = hanDigit[c];
  if (h !== undefined) return h;
  return digitValue(text.charCodeAt(k));
}

/** Reads back from `end` (exclusive) a run of digits, points and spaces; returns its start and the digits and point as a string. */
function runBefore(text: string, end: number): { start: number; s: string } | null {
  let k = end;
  let s = '';
  let start = -1;
  while (k > 0) {
    const c = text[k - 1] ?? '';
    if (isGap(c)) {
      k--;
      continue;
    }
    const d = digitOf(text, k - 1);
    if (d >= 0) {
      s = String(d) + s;
      k--;
      start = k;
      continue;
    }
    if (isPoint(c) && s.length > 0 && !s.includes('.')) {
      s = `.${s}`;
      k--;
      continue;
    }
    break;
  }
  if (start < 0 || s.startsWith('.')) return null;
  return { start, s };
}

/** All 成 and 折 percentages of `text`, in order. */
export function chineseRateAt(text: string): Rate[] {
  const out: Rate[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '折') {
      // "打对折" = 50%; "半折" = 50%.
      if (i > 0 && text[i - 1] === '对' && i > 1 && text[i - 2] === '打') {
        out.push({ start: i - 1, end: i + 1, value: 50 });
        continue;
      }
      if (i > 0 && text[i - 1] === '對' && i > 1 && text[i - 2] === '打') {
        out.push({ start: i - 1, end: i + 1, value: 50 });
        continue;
      }
      if (i > 0 && text[i - 1] === '半') {
        out.push({ start: i - 1, end: i + 1, value: 50 });
        continue;
      }
      const run = runBefore(text, i);
      if (!run) continue;
      // A numeral right before the digits ("十折", "二十折") is not a discount.
      const p = text[run.start - 1] ?? '';
      if (p === '十' || p === '拾' || p === '百') continue;
      let value: number;
      const [whole = '', frac = ''] = run.s.split('.');
      if (frac) {
        if (whole.length !== 1 || frac.length !== 1) continue;
        value = Number(whole) * 10 + Number(frac);
      } else if (whole.length === 1) value = Number(whole) * 10;
      else if (whole.length === 2) value = Number(whole);
      else continue;
      if (value <= 0 || value >= 100) continue;
      out.push({ start: run.start, end: i + 1, value });
    } else if (c === '成') {
      let start = -1;
      let value = 0;
      if (i > 0 && text[i - 1] === '半') {
        start = i - 1;
        value = 5;
      } else {
        // find the start of the number before 成
        let k = i;
        while (k > 0 && (isGap(text[k - 1] ?? '') || digitOf(text, k - 1) >= 0 || isPoint(text[k - 1] ?? '') || text[k - 1] === '十' || text[k - 1] === '拾')) k--;
        while (k < i && isGap(text[k] ?? '')) k++;
        if (k >= i) continue;
        const z = readChineseNumber(text, k);
        let v: number | null = null;
        let e = k;
        if (z) {
          v = z.value;
          e = z.end;
        } else {
          const run = runBefore(text, i);
          if (run && run.start === k) {
            v = Number(run.s);
            e = i;
          }
        }
        while (e < i && isGap(text[e] ?? '')) e++;
        if (v === null || e !== i || v <= 0 || v > 10) continue;
        start = k;
        value = v * 10;
      }
      let end = i + 1;
      if (text[end] === '半') {
        value += 5;
        end++;
      } else if (isGap(text[end] ?? '')) {
        let m = end;
        while (m < text.length && isGap(text[m] ?? '')) m++;
        const d = digitOf(text, m);
        if (d > 0 && d < 10 && !(digitOf(text, m + 1) >= 0) && value % 10 === 0) {
          value += d;
          end = m + 1;
        }
      }
      if (value <= 0 || value > 100) continue;
      out.push({ start, end, value });
    }
  }
  return out;
}
