/**
 * The figure stage: turns the numbers of a paragraph into figures — money, counts, percentages,
 * multipliers, durations, dates, years, ranges — and recognises names that contain digits. One
 * pass over the numbers, looking at the few words around each.
 */
import { digitValue, foldWord, isHan, isHebrewLetter, isHyphen, isLetter, isSpace, wordEnd, wordStart } from './chars.js';
import { currencyAfter, currencyBefore } from './currencies.js';
import { ambiguousMonths, epochDay, fullYear, isoOf, monthLength, monthOf, validDate } from './dates.js';
import { lastScan, markAttached, normalizeLanguage, scanNumbers, type NumItem } from './extract-numbers.js';
import { findNames } from './names.js';
import { clean } from './word-numbers.js';
import { chineseRateAt } from './chinese-rates.js';
import type { Figure, FigureKind, FigureValue } from './types.js';
import { chineseDurations, dimensionWords, durationWords, percentAfter, percentBefore, qualifiersBefore, timesAfter, timesBefore, yearBefore } from './units.js';

interface Tok {
  start: number;
  end: number;
  w: string;
}

/** The word right after `pos` (spaces allowed, not across a line break). */
function wordAfter(text: string, pos: number): Tok | null {
  let k = pos;
  const n = text.length;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || !isSpace(c)) break;
    k++;
  }
  if (k >= n || !isLetter(text.charCodeAt(k)) || isHan(text.charCodeAt(k))) return null;
  const we = wordEnd(text, k);
  return { start: k, end: we, w: foldWord(text.slice(k, we)) };
}

/** Up to `max` words before `pos`, nearest first. Hyphens, maqaf and elision apostrophes separate words too. */
function wordsBefore(text: string, pos: number, max: number): Tok[] {
  const out: Tok[] = [];
  let k = pos;
  while (out.length < max && k > 0) {
    let j = k;
    while (j > 0) {
      const c = text.charCodeAt(j - 1);
      if (c === 0x0a || c === 0x0d) return out;
      if (isSpace(c) || isHyphen(c) || c === 0x27 || c === 0x2019) j--;
      else break;
    }
    if (j === 0 || !isLetter(text.charCodeAt(j - 1)) || isHan(text.charCodeAt(j - 1))) break;
    const ws = wordStart(text, j);
    out.push({ start: ws, end: j, w: foldWord(text.slice(ws, j)) });
    k = ws;
  }
  return out;
}

function gapIsSpace(text: string, a: number, b: number, max = 3): boolean {
  if (b - a > max) return false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (!(c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009)) return false;
  }
  return true;
}

/** Matches the longest qualifier phrase ending right before `pos`: "more than", "up to", "יותר מ", "כ-". */
function qualifierBefore(text: string, pos: number): { start: number; kind: 'min' | 'max' | 'about' } | null {
  const ws = wordsBefore(text, pos, 3);
  let best: { start: number; kind: 'min' | 'max' | 'about' } | null = null;
  for (let len = 1; len <= ws.length; len++) {
    const toks = ws.slice(0, len).reverse();
    const phrase = toks.map((t) => t.w).join(' ');
    const kind = qualifiersBefore.get(phrase);
    // Hebrew prefix letters are glued ("מ5", "כ-5"): the one-letter words must touch the number or be joined by a hyphen.
    if (kind && (toks[toks.length - 1]?.w.length ?? 0) === 1 && !isHebrewLetter(text.charCodeAt(pos - 1)) && !isHyphen(text.charCodeAt(pos - 1)) && text.charCodeAt(pos - 1) !== 0x20) continue;
    if (kind) best = { start: toks[0]?.start ?? pos, kind };
  }
  return best;
}

interface Built {
  fig: Figure;
  /** Index of the last number item this figure used. */
  lastItem: number;
}

function figure(text: string, start: number, end: number, kind: FigureKind, value: FigureValue, precision: number, unit: string | null, confidence: number, extra: Partial<Figure> = {}): Figure {
  return {
    start,
    end,
    text: text.slice(start, end),
    kind,
    value,
    precision,
    approximate: false,
    bound: null,
    unit,
    iso: null,
    confidence,
    lead: start,
    ...extra,
  };
}

function valueOf(it: NumItem, factor = 1): { value: FigureValue; precision: number; approximate: boolean } {
  if (it.approx) return { value: { min: clean(it.approx.min * factor), max: clean(it.approx.max * factor) }, precision: 0, approximate: true };
  return { value: clean(it.value * factor), precision: clean(it.precision * Math.abs(factor)), approximate: false };
}

const chineseMinor: Array<[string, number]> = [
  ['美分', 0.01],
  ['日本銭', 0.01],
  ['日本钱', 0.01],
  ['角', 0.1],
  ['毛', 0.1],
  ['分', 0.01],
];

/** "两美元又三美分", "五元三毛", "50元6角三分": Chinese amounts in yuan, jiao and fen. */
function chineseMinorPart(text: string, items: NumItem[], idx: number, pos: number): { value: number; end: number; lastItem: number } | null {
  let value = 0;
  let end = pos;
  let last = idx;
  let j = idx + 1;
  for (let step = 0; step < 2; step++) {
    const next = items[j];
    if (!next) break;
    let k = end;
    if (text[k] === '又' || text[k] === '零') k++;
    if (next.start !== k) break;
    const unit = chineseMinor.find(([u]) => text.startsWith(u, next.end));
    if (!unit) break;
    value += next.value * unit[1];
    end = next.end + unit[0].length;
    last = j;
    j++;
  }
  return last > idx ? { value, end, lastItem: last } : null;
}

/** "and 50 cents", "et quarante-cinq cents", "ו23 סנט", "and fifty": the minor part of an amount. */
function minorPart(text: string, items: NumItem[], idx: number, pos: number, lang: string): { value: number; end: number; lastItem: number } | null {
  if (isHan(text.charCodeAt(pos - 1))) return chineseMinorPart(text, items, idx, pos);
  const next = items[idx + 1];
  if (!next || next.special || next.approx || next.fraction || !Number.isInteger(next.value) || next.value <= 0 || next.value >= 100) return null;
  let k = pos;
  while (k < next.start && isSpace(text.charCodeAt(k))) k++;
  const gap = foldWord(text.slice(k, next.start).trim());
  if (!(gap === '' || gap === 'and' || gap === 'et' || gap === 'y' || gap === 'und' || gap === 'ו' || gap === 'con' || gap === ',')) return null;
  if (gap === '' && next.start - pos > 2 && lang !== 'he') return null;
  const cur = currencyAfter(text, next.end, false);
  if (cur && cur.factor === 0.01) return { value: next.value / 100, end: cur.end, lastItem: idx + 1 };
  if (cur) return null;
  // A bare number after "and": only where nothing else follows ("15 dollars and 15.", "one dollar and one and …").
  const after = wordAfter(text, next.end);
  const c = text.charCodeAt(next.end);
  if (gap !== ',' && (!after || after.w === 'and' || after.w === 'et' || after.w === 'y') && !(digitValue(c) >= 0) && c !== 0x25 && (gap !== '' || !after)) {
    if (gap === '' && next.digits && next.intDigits.length !== 2) return null;
    return { value: next.value / 100, end: next.end, lastItem: idx + 1 };
  }
  return null;
}

function percentAfterAt(text: string, pos: number): { end: number; points: boolean } | null {
  let k = pos;
  while (k < text.length && k - pos < 2 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 0x202f)) k++;
  const c = text.charCodeAt(k);
  if (c === 0x25 || c === 0xff05 || c === 0x66a) return { end: k + 1, points: false };
  const w1 = wordAfter(text, pos);
  if (!w1) return null;
  let best: { end: number; points: boolean } | null = null;
  let phrase = w1.w;
  let end = w1.end;
  const p1 = percentAfter.get(phrase);
  if (p1) best = { end, points: p1 === 'points' };
  // two and three word forms: "per cent", "pour cent", "por ciento", "في المئة", "points de pourcentage"
  let k2 = end;
  for (let extra = 0; extra < 2; extra++) {
    let m = k2;
    if (text.charCodeAt(m) === 0x2d) m++;
    const w2 = text.charCodeAt(m) === 0x2d ? null : wordAfter(text, m);
    if (!w2) break;
    phrase = `${phrase}${text.charCodeAt(k2) === 0x2d ? '-' : ' '}${w2.w}`;
    end = w2.end;
    const p = percentAfter.get(phrase);
    if (p) best = { end, points: p === 'points' };
    k2 = end;
  }
  return best;
}

function timesAt(text: string, pos: number): number {
  // "20x", "10×", "20 times", "8-fold", "trois fois", "diez veces", "fünfmal"
  const c = text.charCodeAt(pos);
  if ((c === 0x78 || c === 0xd7 || c === 0x58) && !isLetter(text.charCodeAt(pos + 1))) return pos + 1;
  let k = pos;
  if (isHyphen(c)) k++;
  const w = wordAfter(text, k);
  if (w && timesAfter.has(w.w) && (k === pos || w.w === 'fold' || w.w === 'fach')) return w.end;
  if (c === 0x500d /* 倍 */) return pos + 1;
  if (text.startsWith('倍', pos)) return pos + 1;
  return -1;
}

function durationAt(text: string, pos: number, chinese: boolean): { end: number; unit: string } | null {
  if (chinese) {
    for (const [s, unit] of chineseDurations) if (text.startsWith(s, pos)) return { end: pos + s.length, unit };
  }
  let k = pos;
  if (isHyphen(text.charCodeAt(k)) && isLetter(text.charCodeAt(k + 1))) k++; // "30-year"
  const w = wordAfter(text, k);
  if (!w || (k > pos && w.start !== k)) return null;
  const unit = durationWords.get(w.w);
  return unit ? { end: w.end, unit } : null;
}

function isYearNumber(it: NumItem): boolean {
  return it.intDigits.length === 4 && !it.words && !it.grouped && !it.scaled && it.fractionDigits === 0 && !it.fraction && it.value >= 1900 && it.value <= 2100 && !it.special;
}

function chineseDateAt(text: string, items: NumItem[], idx: number): Built | null {
  // 2024年1月16日, 1月16日, 2024年1月, 2024年
  const it = items[idx] as NumItem;
  if (!Number.isInteger(it.value) || it.value <= 0 || it.approx) return null;
  const after = text[it.end] ?? '';
  let y: number | null = null;
  let m = 0;
  let d: number | null = null;
  let end = it.end;
  let last = idx;
  if (after === '年' && (isYearNumber(it) || (it.script === 'han' && it.value >= 1900 && it.value <= 2100))) {
    y = it.value;
    end = it.end + 1;
    const mi = items[idx + 1];
    if (mi && mi.start === end && text[mi.end] === '月' && mi.value >= 1 && mi.value <= 12) {
      m = mi.value;
      end = mi.end + 1;
      last = idx + 1;
      const di = items[idx + 2];
      if (di && di.start === end && (text[di.end] === '日' || text[di.end] === '号' || text[di.end] === '號') && di.value >= 1 && di.value <= 31) {
        d = di.value;
        end = di.end + 1;
        last = idx + 2;
      }
    }
    if (m === 0) return { fig: figure(text, it.start, end, 'year', y, 0, null, 0.95, { iso: String(y) }), lastItem: idx };
  } else if (after === '月' && it.value >= 1 && it.value <= 12 && Number.isInteger(it.value)) {
    m = it.value;
    end = it.end + 1;
    const di = items[idx + 1];
    if (di && di.start === end && (text[di.end] === '日' || text[di.end] === '号' || text[di.end] === '號') && di.value >= 1 && di.value <= 31) {
      d = di.value;
      end = di.end + 1;
      last = idx + 1;
    } else return null;
  } else return null;
  if (d !== null && !validDate(y, m, d)) return null;
  return { fig: dateFigure(text, it.start, end, y, m, d, 0.9), lastItem: last };
}

function dateFigure(text: string, start: number, end: number, y: number | null, m: number, d: number | null, confidence: number): Figure {
  let value: FigureValue = null;
  if (y !== null) value = d !== null ? epochDay(y, m, d) : { min: epochDay(y, m, 1), max: epochDay(y, m, monthLength(y, m)) };
  return figure(text, start, end, 'date', value, 0, null, confidence, { iso: isoOf(y, m, d) });
}

/** A day number right before a month word: "1 December", "1er janvier", "6 de noviembre", "3. Oktober", "15 לפברואר", "ה15 בפברואר". */
function dayBeforeMonth(text: string, items: NumItem[], monthIdx: number): { start: number; day: number; item: number } | null {
  const month = items[monthIdx] as NumItem;
  let k = month.start;
  // Hebrew: the prefix letter is part of the month word ("לפברואר"), French/Spanish: "de", English: "of".
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  const joiner = wordsBefore(text, month.start, 1)[0];
  if (joiner && (joiner.w === 'de' || joiner.w === 'of') && joiner.end === k) {
    k = joiner.start;
    while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  }
  if (text.charCodeAt(k - 1) === 0x2e) k--; // German "3. Oktober"
  // ordinal suffix: 1er, 21st, 2nd, 3rd, 4th, 1º
  let e = k;
  while (e > 0 && /[a-zèºª]/i.test(text[e - 1] ?? '') && k - e < 3) e--;
  const suffix = text.slice(e, k).toLowerCase();
  if (e < k && !['st', 'nd', 'rd', 'th', 'er', 'e', 'ème', 'º', 'ª', 'o'].includes(suffix)) e = k;
  const ds = e;
  let s = ds;
  while (s > 0 && digitValue(text.charCodeAt(s - 1)) >= 0 && ds - s < 2) s--;
  if (s === ds) return null;
  const day = Number(text.slice(s, ds));
  if (day < 1 || day > 31) return null;
  if (s > 0 && digitValue(text.charCodeAt(s - 1)) >= 0) return null;
  let item = -1;
  for (let j = monthIdx - 1; j >= 0 && j >= monthIdx - 2; j--) if ((items[j] as NumItem).start === s) item = j;
  let start = s;
  if (text[s - 1] === 'ה' && (s < 2 || !isLetter(text.charCodeAt(s - 2)))) start = s - 1;
  return { start, day, item };
}

function yearAfter(text: string, items: NumItem[], from: number, idx: number): { end: number; year: number; item: number } | null {
  let k = from;
  if (text.charCodeAt(k) === 0x2c) k++;
  while (k < text.length && isSpace(text.charCodeAt(k)) && k - from < 3) k++;
  const w = wordAfter(text, k);
  if (w && (w.w === 'de' || w.w === 'del' || w.w === 'of') && w.start === k) {
    k = w.end;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  }
  for (let j = idx + 1; j < items.length && j <= idx + 3; j++) {
    const it = items[j] as NumItem;
    if (it.start === k && isYearNumber(it)) return { end: it.end, year: it.value, item: j };
    if (it.start > k) break;
  }
  return null;
}

function dayAfterMonth(text: string, items: NumItem[], idx: number, from: number): { end: number; day: number; item: number } | null {
  let k = from;
  if (text.charCodeAt(k) === 0x2e) k++; // "Dec. 1"
  if (!gapIsSpace(text, k, Math.min(text.length, k + 1), 1)) return null;
  while (k < text.length && isSpace(text.charCodeAt(k)) && k - from < 3) k++;
  for (let j = idx + 1; j < items.length && j <= idx + 2; j++) {
    const it = items[j] as NumItem;
    if (it.start !== k) continue;
    if (it.words || it.intDigits.length === 0 || it.intDigits.length > 2 || it.fractionDigits > 0 || it.value < 1 || it.value > 31) return null;
    let end = it.end;
    const suf = /^(st|nd|rd|th)\b/i.exec(text.slice(end, end + 3));
    if (suf) end += suf[0].length;
    return { end, day: it.value, item: j };
  }
  // "May 4th": the number stage drops digits glued to an ordinal suffix.
  const m = /^(\d{1,2})(st|nd|rd|th)\b/i.exec(text.slice(k, k + 5));
  if (m) {
    const day = Number(m[1]);
    if (day >= 1 && day <= 31) return { end: k + m[0].length, day, item: -1 };
  }
  return null;
}

const monthContext = new Set(['in', 'since', 'by', 'until', 'last', 'next', 'this', 'early', 'late', 'mid', 'of', 'from', 'during', 'before', 'after', 'en', 'depuis', 'dès', 'fin', 'début', 'mi', 'le', 'au', 'de', 'desde', 'hasta', 'en', 'im', 'seit', 'bis', 'ab', 'ende', 'anfang', 'mitte', 'في', 'منذ', 'حتى', 'شهر', 'خلال']);

function monthDate(text: string, items: NumItem[], idx: number): Built | null {
  const it = items[idx] as NumItem;
  if (it.special?.kind !== 'month') return null;
  const m = it.special.month;
  const word = it.special.word;
  const raw = text.slice(it.start, it.end);
  const capitalised = raw[0] !== undefined && raw[0] !== raw[0].toLowerCase();
  let start = it.start;
  let end = it.end;
  let d: number | null = null;
  let y: number | null = null;
  let last = idx;
  const before = dayBeforeMonth(text, items, idx);
  if (before) {
    d = before.day;
    start = before.start;
  } else {
    const after = dayAfterMonth(text, items, idx, end);
    if (after) {
      d = after.day;
      end = after.end;
      if (after.item >= 0) last = after.item;
    }
  }
  const ya = yearAfter(text, items, end, last);
  if (ya) {
    y = ya.year;
    end = ya.end;
    last = ya.item;
  }
  if (d === null && y === null) {
    // A month on its own: only after a preposition, and English month names only when capitalised.
    const prev = wordsBefore(text, it.start, 1)[0];
    const prefixed = isHebrewLetter(text.charCodeAt(it.start)) && monthOf(word) > 0 && word.length > 0 && 'בלמ'.includes(word[0] ?? '') && !['מאי', 'מרץ', 'מרס'].includes(word);
    const hasContext = prefixed || (prev !== undefined && monthContext.has(prev.w) && prev.end >= it.start - 2);
    if (!hasContext) return null;
    if (/[a-z]/i.test(raw[0] ?? '') && !capitalised && ambiguousMonths.has(word)) return null;
    if (word === 'may' || word === 'mar' || word === 'march') {
      if (!prev || !['in', 'since', 'until', 'by', 'last', 'next', 'early', 'late', 'mid', 'of'].includes(prev.w)) return null;
    }
  } else if (/[a-z]/i.test(raw[0] ?? '') && !capitalised && (word === 'may' || word === 'march')) {
    return null;
  }
  if (d !== null && !validDate(y, m, d)) return null;
  return { fig: dateFigure(text, start, end, y, m, d, d !== null || y !== null ? 0.95 : 0.6), lastItem: last };
}

/** 17/05/2018, 5/17/2018, 2015-03-03, 3.10.2025, 10-31-74, 3/3/15. */
function digitDate(text: string, items: NumItem[], idx: number, lang: string): Built | null {
  const a = items[idx] as NumItem;
  const b = items[idx + 1];
  const c = items[idx + 2];
  if (!b || !c || a.words || b.words || c.words || a.fractionDigits || b.fractionDigits || c.fractionDigits) return null;
  const s1 = text.slice(a.end, b.start);
  const s2 = text.slice(b.end, c.start);
  if (s1 !== s2 || !['/', '-', '.'].includes(s1)) return null;
  if (c.end < text.length && (digitValue(text.charCodeAt(c.end + 1)) >= 0 && text[c.end] === s1)) return null; // a longer chain
  const la = a.intDigits.length;
  const lb = b.intDigits.length;
  const lc = c.intDigits.length;
  let y: number;
  let m: number;
  let d: number;
  if (la === 4 && lb <= 2 && lc <= 2) {
    y = a.value;
    m = b.value;
    d = c.value;
  } else if (la <= 2 && lb <= 2 && (lc === 4 || lc === 2)) {
    y = fullYear(c.value, lc);
    const monthFirst = lang === 'en' || s1 === '-' ? a.value <= 12 && !(b.value <= 12 && lang !== 'en' && s1 !== '-') : false;
    if (b.value > 12 || monthFirst) {
      m = a.value;
      d = b.value;
    } else {
      d = a.value;
      m = b.value;
    }
    if (m > 12) {
      const t = m;
      m = d;
      d = t;
    }
  } else return null;
  if (y < 1000 || !validDate(y, m, d)) return null;
  return { fig: dateFigure(text, a.start, c.end, y, m, d, 0.9), lastItem: idx + 2 };
}

/** Range connectors between two numbers. */
function rangeConnector(text: string, a: number, b: number, between: boolean, hebrewTo: boolean): boolean {
  const gap = text.slice(a, b);
  const t = gap.trim();
  if (t === '' ) return hebrewTo && between;
  if (/^[-–—~〜～]$/.test(t)) return gap.length <= 3;
  if (t === '至' || t === '到' || t === 'إلى' || t === 'الى') return true;
  const w = foldWord(t);
  if (['to', 'à', 'a', 'bis', 'עד', 'al', 'au'].includes(w)) return true;
  if (between && ['and', 'et', 'y', 'und', 'ו'].includes(w)) return true;
  return false;
}

const betweenWords = new Set(['between', 'from', 'entre', 'de', 'des', 'du', 'desde', 'zwischen', 'von', 'בין', 'מ', 'ما', 'بين', 'من']);

export interface ExtractOptions {
  /** Keep figures whose confidence is below this (0 keeps all). */
  minConfidence?: number;
}

/**
 * Recognises and normalises every figure of a paragraph. `language` is a BCP 47 tag ('en', 'fr',
 * 'he', 'ar', 'zh', 'es', 'de', or 'und'); words in another script are read with that script's
 * vocabulary, so English figures in a Hebrew paragraph are found too. Spans are UTF-16 offsets into
 * `text`. The result is sorted by position and has no overlaps. Pure and deterministic.
 */
export function extractFigures(text: string, language: string, options: ExtractOptions = {}): Figure[] {
  const lang = normalizeLanguage(language);
  const items = scanNumbers(text, lang, true);
  const sawHan = lastScan.han;
  const sawDigits = lastScan.digits;
  markAttached(text, items);
  unitCache.clear();
  const rates = sawHan ? chineseRateAt(text) : [];
  const names = sawDigits ? findNames(text, lang) : [];
  const out: Figure[] = [];
  for (const nm of names) out.push(figure(text, nm.start, nm.end, 'name', null, 0, null, 0.8));
  for (const r of rates) out.push(figure(text, r.start, r.end, 'percent', r.value, 0.5, null, 0.9));
  let nameIdx = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as NumItem;
    while (nameIdx < names.length && (names[nameIdx] as { end: number }).end <= it.start) nameIdx++;
    if (overlapsFrom(names, nameIdx, it.start, it.end) || overlapsFrom(rates, 0, it.start, it.end)) continue;
    const built = buildFigure(text, items, i, lang);
    if (!built) continue;
    out.push(built.fig);
    i = Math.max(i, built.lastItem);
  }
  for (const f of out) snapToGraphemes(text, f);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Figure[] = [];
  let lastEnd = -1;
  for (const f of out) {
    if (f.start < lastEnd) continue;
    if (options.minConfidence && f.confidence < options.minConfidence) continue;
    result.push(f);
    lastEnd = f.end;
  }
  return result;
}

function overlapsFrom(spans: ReadonlyArray<{ start: number; end: number }>, from: number, s: number, e: number): boolean {
  for (let j = from; j < spans.length; j++) {
    const sp = spans[j] as { start: number; end: number };
    if (sp.start >= e) return false;
    if (sp.end > s) return true;
  }
  return false;
}

/** Combining marks, joiners, variation selectors, low surrogates: they belong to the character before them. */
const continuation = /[\p{M}\u200D\uDC00-\uDFFF]/u;
/** Characters that belong to the character after them (the Arabic number signs). */
const prepend = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2]/u;

/** Moves a figure's ends out of the middle of a user-perceived character ("5" + a combining mark, a keycap). */
function snapToGraphemes(text: string, f: Figure): void {
  let s = f.start;
  while (s > 0 && (continuation.test(text[s] ?? '') || prepend.test(text[s - 1] ?? ''))) s--;
  let e = f.end;
  while (e < text.length && continuation.test(text[e] ?? '')) e++;
  if (f.lead > s) f.lead = s;
  let l = f.lead;
  while (l > 0 && (continuation.test(text[l] ?? '') || prepend.test(text[l - 1] ?? ''))) l--;
  f.lead = l;
  if (s !== f.start || e !== f.end) {
    f.start = s;
    f.end = e;
    f.text = text.slice(s, e);
  }
}

/** unitOf results of the current extractFigures call, by item index and direction. */
const unitCache = new Map<number, Unit | null>();

const chineseQualifiers: Array<[string, 'min' | 'max' | 'about']> = [
  ['不超过', 'max'],
  ['不超過', 'max'],
  ['超过', 'min'],
  ['超過', 'min'],
  ['多于', 'min'],
  ['高于', 'min'],
  ['至少', 'min'],
  ['逾', 'min'],
  ['不到', 'max'],
  ['低于', 'max'],
  ['少于', 'max'],
  ['最多', 'max'],
  ['至多', 'max'],
  ['大约', 'about'],
  ['约', 'about'],
  ['將近', 'about'],
  ['将近', 'about'],
  ['接近', 'about'],
  ['近', 'about'],
];

function chineseQualifierBefore(text: string, pos: number): { start: number; kind: 'min' | 'max' | 'about' } | null {
  let k = pos;
  while (k > 0 && text.charCodeAt(k - 1) === 0x20) k--;
  for (const [w, kind] of chineseQualifiers) if (text.startsWith(w, k - w.length)) return { start: k - w.length, kind };
  return null;
}

function withQualifier(text: string, f: Figure): Figure {
  const q = (f.start > 0 && isHan(text.charCodeAt(f.start - 1)) ? chineseQualifierBefore(text, f.start) : null) ?? qualifierBefore(text, f.start);
  if (!q) return f;
  if (q.kind === 'about') return { ...f, approximate: true, lead: q.start };
  if (f.value !== null && typeof f.value === 'object') return { ...f, lead: q.start };
  return { ...f, bound: q.kind, lead: q.start };
}

function buildFigure(text: string, items: NumItem[], idx: number, lang: string): Built | null {
  const it = items[idx] as NumItem;
  const sp = it.special;
  if (sp) {
    if (sp.kind === 'month') return monthDate(text, items, idx);
    if (sp.kind === 'multiplier') return { fig: figure(text, it.start, it.end, 'ratio', sp.value, 0, null, 0.8), lastItem: idx };
    if (sp.kind === 'duration') return { fig: withQualifier(text, figure(text, it.start, it.end, 'duration', sp.value, 0.5, sp.unit, 0.85)), lastItem: idx };
    if (sp.kind === 'money') return { fig: withQualifier(text, figure(text, it.start, sp.value === 1.5 ? skipHalf(text, it.end) : it.end, 'money', sp.value, 0, sp.code, 0.85)), lastItem: idx };
    return null;
  }
  if (it.script === 'han' || text[it.end] === '年' || text[it.end] === '月') {
    const cd = chineseDateAt(text, items, idx);
    if (cd) return cd;
  }
  const dd = digitDate(text, items, idx, lang);
  if (dd) return dd;
  // A day before a month name: let the month build the date.
  const nextItem = items[idx + 1];
  if (nextItem?.special?.kind === 'month' && dayBeforeMonth(text, items, idx + 1)?.item === idx) {
    const md = monthDate(text, items, idx + 1);
    if (md) return md;
  }
  if (it.weak) return weakFigure(text, items, idx, lang);
  if (clockTime(text, it)) return null;
  const range = rangeFigure(text, items, idx, lang);
  if (range) return range;
  const single = singleFigure(text, items, idx, lang);
  return single ? { fig: withQualifier(text, single.fig), lastItem: single.lastItem } : null;
}

/** "05:00", "15:30": the digits of a clock time are no figures. */
function clockTime(text: string, it: NumItem): boolean {
  if (!it.digits || it.words) return false;
  const after = text.charCodeAt(it.end) === 0x3a && digitValue(text.charCodeAt(it.end + 1)) >= 0 && digitValue(text.charCodeAt(it.end + 2)) >= 0;
  const before = text.charCodeAt(it.start - 1) === 0x3a && digitValue(text.charCodeAt(it.start - 2)) >= 0;
  return after || before;
}

function skipHalf(text: string, end: number): number {
  const m = /^\s+וחצי/.exec(text.slice(end, end + 10));
  return m ? end + m[0].length : end;
}

/** "un penny", "one-yen", "einen Euro", "שקל אחד": an article before or after a currency is the amount one. */
function weakFigure(text: string, items: NumItem[], idx: number, lang: string): Built | null {
  const it = items[idx] as NumItem;
  let pos = it.end;
  if (isHyphen(text.charCodeAt(pos)) && isLetter(text.charCodeAt(pos + 1))) pos++;
  const cur = currencyAfter(text, pos, false);
  if (cur && cur.start - it.end <= 2 && isLetter(text.charCodeAt(cur.start))) {
    return { fig: figure(text, it.start, cur.end, 'money', it.value * cur.factor, 0, cur.code, Math.min(0.7, cur.confidence)), lastItem: idx };
  }
  if (lang === 'he' || it.lang === 'he') {
    const prev = wordsBefore(text, it.start, 2);
    const p0 = prev[0];
    if (p0) {
      const c2 = currencyAfter(text, p0.start, false);
      if (c2 && c2.end === p0.end) return { fig: figure(text, p0.start, it.end, 'money', it.value * c2.factor, 0, c2.code, 0.7), lastItem: idx };
    }
  }
  return null;
}

interface Unit {
  kind: FigureKind;
  unit: string | null;
  factor: number;
  start: number;
  end: number;
  confidence: number;
  points?: boolean;
}

/** What the number at `idx` measures, from the words around it (memoised per call of extractFigures). */
function unitOf(text: string, items: NumItem[], idx: number, lang: string, allowBefore = true): Unit | null {
  const key = idx * 2 + (allowBefore ? 1 : 0);
  const hit = unitCache.get(key);
  if (hit !== undefined) return hit;
  const u = computeUnit(text, items, idx, lang, allowBefore);
  unitCache.set(key, u);
  return u;
}

function computeUnit(text: string, items: NumItem[], idx: number, lang: string, allowBefore: boolean): Unit | null {
  const it = items[idx] as NumItem;
  const scaled = it.scaled || it.approx !== null;
  // Chinese percentages
  if (it.percentOf) return { kind: 'percent', unit: null, factor: 1, start: it.outerStart, end: it.end, confidence: 0.95 };
  if (it.perDenominator > 0) return { kind: 'percent', unit: null, factor: 100, start: it.outerStart, end: it.end, confidence: 0.9 };
  {
    const m = /^\s*[个個]\s*百\s*分\s*[点點]/.exec(text.slice(it.end, it.end + 16));
    if (m) return { kind: 'percent', unit: 'points', factor: 1, start: it.start, end: it.end + m[0].length, confidence: 0.95 };
  }
  // Money after: "500 dollars", "75 millions de dollars", "10₪", "1.4 טריליון דולר", "1200亿美元"
  let after = currencyAfter(text, it.end, scaled);
  if (!after && isHyphen(text.charCodeAt(it.end)) && isLetter(text.charCodeAt(it.end + 1))) {
    // "12-cent", "one-yen"
    const h = currencyAfter(text, it.end + 1, false);
    if (h && h.start === it.end + 1) after = h;
  }
  const before = allowBefore ? currencyBefore(text, it.start) : null;
  if (after && !isLetter(text.charCodeAt(after.start)) && !isHan(text.charCodeAt(after.start))) {
    // A symbol followed by another amount is that amount's ("$ 20,000.00 $ 37,305.97", "1 $10 dollars").
    let k = after.end;
    const glued = digitValue(text.charCodeAt(k)) >= 0;
    while (k < text.length && text.charCodeAt(k) === 0x20) k++;
    if (digitValue(text.charCodeAt(k)) >= 0 && (glued || before)) after = null;
  }
  if (after) {
    let end = after.end;
    let factor = after.factor;
    // "75 USD million"
    if (!it.scaled) {
      const sw = wordAfter(text, end);
      const sv = sw ? scaleAfterCurrency[sw.w] : undefined;
      if (sw && sv) {
        factor *= sv;
        end = sw.end;
      }
    }
    if (before && before.code !== after.code && before.factor === 1 && after.code === 'USD' && before.code !== 'USD' && isLetter(text.charCodeAt(after.start))) {
      return { kind: 'money', unit: before.code, factor, start: before.start, end, confidence: before.confidence };
    }
    return { kind: 'money', unit: after.code, factor, start: it.start, end, confidence: after.confidence };
  }
  if (before) return { kind: 'money', unit: before.code, factor: before.factor, start: before.start, end: it.end, confidence: before.confidence };
  const pct = percentAfterAt(text, it.end);
  if (pct) return { kind: 'percent', unit: pct.points ? 'points' : null, factor: 1, start: it.start, end: pct.end, confidence: 0.95 };
  if (allowBefore) {
    const ws = wordsBefore(text, it.start, 3);
    for (let len = 3; len >= 2; len--) {
      if (ws.length < len) continue;
      const phrase = ws.slice(0, len).reverse().map((t) => t.w).join(' ');
      if (percentBefore.has(phrase)) return { kind: 'percent', unit: null, factor: 1, start: (ws[len - 1] as Tok).start, end: it.end, confidence: 0.9 };
    }
    const w0 = ws[0];
    if (w0 && timesBefore.has(w0.w) && it.start - w0.end <= 2) return { kind: 'ratio', unit: null, factor: 1, start: w0.start, end: it.end, confidence: 0.9 };
    if (ws.length >= 2 && timesBefore.has(`${(ws[1] as Tok).w} ${(ws[0] as Tok).w}`)) return { kind: 'ratio', unit: null, factor: 1, start: (ws[1] as Tok).start, end: it.end, confidence: 0.9 };
    const p = text.charCodeAt(it.start - 1);
    if ((p === 0xd7 || ((p === 0x78 || p === 0x58) && !isLetter(text.charCodeAt(it.start - 2)))) && !it.words) return { kind: 'ratio', unit: null, factor: 1, start: it.start - 1, end: it.end, confidence: 0.85 };
  }
  const tEnd = timesAt(text, it.end);
  if (tEnd > 0) return { kind: 'ratio', unit: null, factor: 1, start: it.start, end: tEnd, confidence: text.charCodeAt(it.end) === 0x78 ? 0.85 : 0.8 };
  const dur = durationAt(text, it.end, it.script === 'han' || isHan(text.charCodeAt(it.end)));
  if (dur) return { kind: 'duration', unit: dur.unit, factor: 1, start: it.start, end: dur.end, confidence: 0.85 };
  // A measured quantity keeps its unit, so "180 ml" never matches "180 people".
  const w = wordAfter(text, it.end);
  const dim = w ? dimensionWords.get(w.w) : undefined;
  if (w && dim && w.start - it.end <= 2) return { kind: 'count', unit: dim, factor: 1, start: it.start, end: w.end, confidence: 0.8 };
  void lang;
  return null;
}

const scaleAfterCurrency: Record<string, number> = { million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, thousand: 1e3, millones: 1e6, millón: 1e6, millon: 1e6, milliards: 1e9, milliard: 1e9, millionen: 1e6, milliarden: 1e9, mio: 1e6, mrd: 1e9 };

function singleFigure(text: string, items: NumItem[], idx: number, lang: string): Built | null {
  const it = items[idx] as NumItem;
  if (it.attached && !currencyAfter(text, it.end, false) && !percentAfterAt(text, it.end)) return null;
  const u = unitOf(text, items, idx, lang);
  if (u) {
    const v = valueOf(it, u.factor);
    let end = u.end;
    let value = v.value;
    let last = idx;
    if (u.kind === 'money' && typeof value === 'number') {
      const minor = minorPart(text, items, idx, end, lang);
      if (minor) {
        value += minor.value;
        end = minor.end;
        last = minor.lastItem;
      }
    }
    const unit = u.kind === 'percent' && u.unit === 'points' ? 'pp' : u.unit;
    return { fig: figure(text, u.start, end, u.kind, value, u.kind === 'percent' ? v.precision : v.precision, unit, u.confidence, { approximate: v.approximate }), lastItem: last };
  }
  if (isYearNumber(it)) {
    const prev = wordsBefore(text, it.start, 1)[0];
    const ctx = prev !== undefined && prev.end >= it.start - 2 && (yearBefore.has(prev.w) || monthOf(prev.w) > 0);
    return { fig: figure(text, it.start, it.end, 'year', it.value, 0, null, ctx ? 0.95 : 0.7, { iso: String(it.value) }), lastItem: idx };
  }
  // A lone "one"/"un"/"אחד" says "a single …" more often than it counts.
  if (it.words && !it.digits && it.value === 1 && !it.fraction && !it.scaled) return null;
  const v = valueOf(it);
  let confidence = it.words && !it.digits ? (it.value < 11 && !it.approx ? 0.5 : 0.75) : 0.8;
  if (it.fraction && it.words) confidence = 0.4;
  if (it.exponent) confidence = 0.6;
  return { fig: figure(text, it.start, it.end, 'count', v.value, v.precision, null, confidence, { approximate: v.approximate }), lastItem: idx };
}

/** "between 5 and 10", "5-10", "5 to 10 million", "$10-$20", "10-20 דולר", "בין 10 ל20 דולר", "100 bis 300 Milliarden", "2019-2020". */
function rangeFigure(text: string, items: NumItem[], idx: number, lang: string): Built | null {
  const a = items[idx] as NumItem;
  const b = items[idx + 1];
  if (!b || b.special || b.weak || a.approx || b.approx || a.fraction || b.fraction) return null;
  const prev = wordsBefore(text, a.start, 1)[0];
  // Hebrew "מ10", "מעשר": the prefix is glued to the number.
  const gluedFrom = a.start > 0 && text[a.start - 1] === 'מ' && (a.start < 2 || !isLetter(text.charCodeAt(a.start - 2)));
  const betweenWord = prev && betweenWords.has(prev.w) && prev.end >= a.start - 2 ? prev : null;
  const between = betweenWord !== null || gluedFrom;
  // Hebrew "ל20", "ל-20", "ל־20" after "בין"
  let lPos = b.start - 1;
  if (lPos > 0 && isHyphen(text.charCodeAt(lPos))) lPos--;
  const hebrewTo = lPos >= 0 && (text[lPos] === 'ל' || (text[lPos] === 'و' && between)) && (lPos < 1 || !isLetter(text.charCodeAt(lPos - 1)));
  // A's own unit may sit between the two numbers: "$10-$20", "10$-20$", "10 דולר ל20 דולר".
  const ua = unitOf(text, items, idx, lang);
  let aEnd = a.end;
  if (ua && ua.end <= b.start && ua.end > a.end) aEnd = ua.end;
  let bStart = b.start;
  const bBefore = currencyBefore(text, b.start);
  if (bBefore && bBefore.start >= aEnd) bStart = bBefore.start;
  if (hebrewTo) bStart = lPos;
  if (!rangeConnector(text, aEnd, bStart, between, hebrewTo)) return null;
  const gap = text.slice(aEnd, bStart).trim();
  if (gap === 'and' || gap === 'et' || gap === 'y' || gap === 'und' || gap === 'ו') {
    if (!betweenWord || !['between', 'entre', 'zwischen', 'בין', 'بين'].includes(betweenWord.w)) return null;
  }
  // Dates and phone numbers are chains of three or more.
  const c = items[idx + 2];
  if (c && /^[-/.]$/.test(text.slice(b.end, c.start)) && text.slice(b.end, c.start) === text.slice(a.end, b.start)) return null;
  let ub = unitOf(text, items, idx + 1, lang, false);
  if (!ub && bBefore && bBefore.start >= aEnd) ub = { kind: 'money', unit: bBefore.code, factor: bBefore.factor, start: bBefore.start, end: b.end, confidence: bBefore.confidence };
  if (ub && !ua && ub.kind === 'money' && bBefore && bBefore.start >= aEnd && !betweenWord) return null;
  const kind: FigureKind = ub?.kind ?? ua?.kind ?? 'range';
  if (ua && ub && (ua.kind !== ub.kind || (ua.unit !== ub.unit && ua.kind === 'money' && ub.unit !== 'USD'))) return null;
  let unit = ub?.unit ?? ua?.unit ?? null;
  if (ua?.kind === 'money' && ub?.kind === 'money' && ua.unit !== ub.unit) unit = ua.unit;
  const factorA = ua?.factor ?? ub?.factor ?? 1;
  const factorB = ub?.factor ?? ua?.factor ?? 1;
  let av = a.value * factorA;
  const bv = b.value * factorB;
  // "100 bis 300 Milliarden", "5 to 10 million": the second number's scale carries to the first.
  if (!a.scaled && b.scaled && b.scaleWord > 1 && a.value * b.scaleWord <= bv) av = a.value * b.scaleWord * factorA;
  const bothYears = isYearNumber(a) && isYearNumber(b);
  if (!(av < bv)) return null;
  if (!ua && !ub && !between && !bothYears && gap !== '-' && gap !== '–' && gap !== '—' && !['to', 'à', 'a', 'bis', 'עד', '至', '到', 'al'].includes(gap)) return null;
  if (!ua && !ub && a.digits !== b.digits && !between) return null;
  // "1.1990 a 1.015 francos": prepositions join ranges of comparable values only.
  if (/^\p{L}+$/u.test(gap) && !between && bv / av > 100 && !(b.scaled && !a.scaled)) return null;
  const finalKind: FigureKind = bothYears && kind === 'range' ? 'year' : kind;
  let start = ua && ua.start < a.start ? ua.start : a.start;
  if (gluedFrom && !betweenWord) start = a.start - 1;
  else if (betweenWord) start = betweenWord.start;
  const end = ub ? ub.end : b.end;
  const dunit = finalKind === 'percent' && (ub?.unit === 'points' || ua?.unit === 'points') ? 'pp' : unit;
  const f = figure(text, start, end, finalKind, { min: av, max: bv }, 0, finalKind === 'range' || finalKind === 'year' ? null : dunit, 0.85);
  return { fig: f, lastItem: idx + 1 };
}
