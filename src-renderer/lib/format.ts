/** Display formatting. The UI is in English; dates are shown in an unambiguous medium style. */

const dayFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const localDayFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric' });
const numberFormat = new Intl.NumberFormat('en');

/** `2025-12-02` → "Dec 2, 2025"; full timestamps (ISO or SQLite style) are shown as a local day. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return dayFormat.format(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  const normalised = /^\d{4}-\d{2}-\d{2} \d/.test(value) ? `${value.replace(' ', 'T')}${/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? '' : 'Z'}` : value;
  const time = Date.parse(normalised);
  return Number.isNaN(time) ? value : localDayFormat.format(time);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const durationFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** Milliseconds for people: "12 ms", "0.4 ms". */
export function formatMilliseconds(value: number): string {
  return `${durationFormat.format(value >= 10 ? Math.round(value) : value)} ms`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** The file name at the end of a path or URL, for compact display of an article's source. */
export function sourceLabel(source: string): string {
  try {
    if (/^https?:\/\//i.test(source)) {
      const url = new URL(source);
      return `${url.hostname}${url.pathname === '/' ? '' : url.pathname}`;
    }
  } catch {
    // Not a URL after all; fall through to path handling.
  }
  const parts = source.split(/[\\/]/);
  return parts.at(-1) || source;
}
