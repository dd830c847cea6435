/** Language codes as the library stores them: BCP 47 primary subtags, `und` when unknown. */
import type { Locale } from './i18n/locales.js';
import { translate } from './i18n/translate.js';

/** Scripts written right to left; the brief's five first, then other languages commonly in Arabic script. */
const rightToLeft = new Set(['he', 'ar', 'fa', 'ur', 'yi', 'iw', 'ps', 'sd', 'ug', 'ckb', 'dv']);

export function isRightToLeft(language: string | null | undefined): boolean {
  return !!language && rightToLeft.has(language.toLowerCase());
}

/**
 * `rtl` for right-to-left languages, so a Hebrew paragraph that opens with a Latin name still reads
 * right to left; `auto` otherwise, letting the first strong character decide.
 */
export function textDirection(language: string | null | undefined): 'rtl' | 'auto' {
  return isRightToLeft(language) ? 'rtl' : 'auto';
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function displayNamesIn(locale: Locale): Intl.DisplayNames | null {
  if (!displayNames.has(locale)) {
    try {
      displayNames.set(locale, new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
    } catch {
      displayNames.set(locale, null);
    }
  }
  return displayNames.get(locale) ?? null;
}

/** A language's name in the interface language: `he` is "Hebrew", "hébreu", "עברית"; the code itself when the runtime does not know it. */
export function languageName(code: string, locale: Locale): string {
  if (!code || code === 'und') return translate(locale, 'language.unknown');
  try {
    return displayNamesIn(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A stable colour slot (0–7) per language for badges; the common ones are kept apart on purpose. */
const fixedHues: Record<string, number> = { en: 0, he: 1, fr: 2, zh: 3, ar: 4, de: 5, es: 6, ru: 7, fa: 4, it: 5, ja: 3, uk: 7, pt: 6 };

export function languageHue(code: string): number {
  const fixed = fixedHues[code];
  if (fixed !== undefined) return fixed;
  let hash = 0;
  for (const char of code) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 8;
}
