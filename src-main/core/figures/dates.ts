/**
 * Month names of each language and calendar arithmetic for date figures. A date's value is the
 * number of days since 1970-01-01 (UTC); a month with its year is the interval of its days; the
 * ISO text says what was written ("2025-12-01", "2025-12", "--12-01", "--12").
 */

const months = new Map<string, number>();
function add(list: string, m: number): void {
  for (const w of list.split('|')) months.set(w, m);
}
add('january|jan|janvier|janv|enero|januar|jänner|ינואר|يناير|كانون الثاني', 1);
add('february|feb|février|fevrier|févr|fevr|febrero|februar|פברואר|فبراير|شباط', 2);
add('march|mar|mars|marzo|märz|maerz|מרץ|מרס|مارس|آذار', 3);
add('april|apr|avril|avr|abril|אפריל|أبريل|ابريل|نيسان', 4);
add('may|mai|mayo|מאי|مايو|أيار|ايار', 5);
add('june|jun|juin|junio|juni|יוני|يونيو|حزيران', 6);
add('july|jul|juillet|juil|julio|juli|יולי|يوليو|تموز', 7);
add('august|aug|août|aout|agosto|אוגוסט|أغسطس|اغسطس|آب', 8);
add('september|sep|sept|septembre|septiembre|setiembre|ספטמבר|سبتمبر|أيلول|ايلول', 9);
add('october|oct|octobre|octubre|oktober|אוקטובר|أكتوبر|اكتوبر', 10);
add('november|nov|novembre|noviembre|נובמבר|نوفمبر', 11);
add('december|dec|décembre|decembre|déc|dec|diciembre|dezember|דצמבר|ديسمبر', 12);

/** Every month name the module knows. */
export function monthNames(): Iterable<string> {
  return months.keys();
}

/** English month names that are also ordinary words: read only with a day, a year or a preposition. */
export const ambiguousMonths = new Set(['may', 'march', 'mar', 'jan', 'sep', 'dec', 'aug', 'jun', 'jul', 'oct', 'nov', 'feb', 'apr', 'mai', 'mars', 'août']);

const hebrewPrefixes = 'בלהמו';
const arabicPrefixes = 'وبلف';

/** The month (1–12) a folded word names, or 0. Hebrew and Arabic prefixes are allowed ("במאי", "لشهر"). */
export function monthOf(word: string): number {
  const m = months.get(word);
  if (m !== undefined) return m;
  const c = word[0] ?? '';
  if (word.length > 3 && (hebrewPrefixes.includes(c) || arabicPrefixes.includes(c))) {
    const m2 = months.get(word.slice(1));
    if (m2 !== undefined) return m2;
    if (word.length > 4) {
      const m3 = months.get(word.slice(2));
      if (m3 !== undefined && hebrewPrefixes.includes(word[1] ?? '')) return m3;
    }
  }
  return 0;
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function monthLength(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : (daysInMonth[m - 1] ?? 31);
}

/** Whether y-m-d is a real calendar day. */
export function validDate(y: number | null, m: number, d: number): boolean {
  if (!Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(d) || d < 1) return false;
  return d <= (y === null ? (daysInMonth[m - 1] ?? 31) + (m === 2 ? 1 : 0) : monthLength(y, m));
}

/** Days since 1970-01-01 (UTC). */
export function epochDay(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** The ISO 8601 text of a date as written: full date, year-month, or without a year. */
export function isoOf(y: number | null, m: number, d: number | null): string {
  if (y === null) return d === null ? `--${pad(m)}` : `--${pad(m)}-${pad(d)}`;
  return d === null ? `${pad(y, 4)}-${pad(m)}` : `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** A two-digit year: 74 → 1974, 15 → 2015 (within 50 years of 2000 counts forward). */
export function fullYear(y: number, digits: number): number {
  if (digits > 2) return y;
  return y < 50 ? 2000 + y : 1900 + y;
}
