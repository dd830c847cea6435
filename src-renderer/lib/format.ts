/**
 * Display formatting in the interface language (`locale`, from `i18n.locale`): dates in an
 * unambiguous medium style, numbers, durations, shares and lists as the language writes them.
 * Formatters are built once per language.
 */

function cached<T>(build: (locale: string) => T): (locale: string) => T {
  const built = new Map<string, T>();
  return (locale) => {
    let value = built.get(locale);
    if (value === undefined) built.set(locale, (value = build(locale)));
    return value;
  };
}

const dayFormat = cached((locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }));
const localDayFormat = cached((locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }));
const numberFormat = cached((locale) => new Intl.NumberFormat(locale));
const millisecondFormat = cached((locale) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 1 }));
const percentFormat = cached((locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
const listFormat = cached((locale) => new Intl.ListFormat(locale, { style: 'short', type: 'unit' }));

/** `2025-12-02` → "Dec 2, 2025" ("2 déc. 2025"); full timestamps (ISO or SQLite style) are shown as a local day. */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return dayFormat(locale).format(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  const normalised = /^\d{4}-\d{2}-\d{2} \d/.test(value) ? `${value.replace(' ', 'T')}${/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? '' : 'Z'}` : value;
  const time = Date.parse(normalised);
  return Number.isNaN(time) ? value : localDayFormat(locale).format(time);
}

export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** Milliseconds for people: "12 ms", "0.4 ms" ("0,4 ms"). */
export function formatMilliseconds(value: number, locale: string): string {
  return millisecondFormat(locale).format(value >= 10 ? Math.round(value) : value);
}

/** A share 0…1 as a whole percentage: "12%", "12 %" in French. */
export function formatPercent(share: number, locale: string): string {
  return percentFormat(locale).format(share);
}

/** Names run together as a short list: "English, Hebrew, French". */
export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale).format(items);
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
