/**
 * Names of weekdays and months, in the languages Parallax reads, taken from the ICU data behind
 * `Intl` rather than typed in: English writes them with a capital, but they are dates, not names,
 * and a translation renders them (`Tuesday` → `mardi`).
 */
import { foldText } from '../text/fold.js';

const locales = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'pl', 'ro', 'ca', 'tr', 'id', 'he', 'ar', 'ru', 'el'];

let words: Set<string> | null = null;

function calendarWords(): Set<string> {
  if (words) return words;
  words = new Set();
  for (const locale of locales) {
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      // 4 to 10 January 1970 were a Sunday to a Saturday.
      for (let day = 4; day <= 10; day++) words.add(foldText(format.format(Date.UTC(1970, 0, day)).replace(/\.$/u, '')));
    }
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) words.add(foldText(format.format(Date.UTC(2001, m, 15)).replace(/\.$/u, '')));
    }
  }
  return words;
}

/** Whether every word of the text is the name of a weekday or a month (`Tuesday`, `Mai`). */
export function isCalendarName(text: string): boolean {
  const parts = text.match(/[\p{L}\p{M}]+/gu);
  return parts !== null && parts.every((part) => calendarWords().has(foldText(part)));
}
