/**
 * The interface languages. The interface language is the user's choice (or the system's); it never
 * changes an article, whose own language and direction come from the article itself.
 */
export const locales = ['en', 'fr', 'he'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** Each language named in itself, as language choosers do, so a user can find theirs whatever is showing. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  he: 'עברית',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'he' ? 'rtl' : 'ltr';
}

/** `iw` is Hebrew's code before 1989; some systems still report it. */
const aliases: Record<string, Locale> = { iw: 'he' };

/**
 * The first of the user's preferred languages (`navigator.languages`, most preferred first) that the
 * interface speaks, by primary subtag (`fr-CA` → `fr`); English when none is.
 */
export function pickLocale(preferred: readonly string[] | undefined): Locale {
  for (const tag of preferred ?? []) {
    const primary = tag.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
    const locale = aliases[primary] ?? primary;
    if (isLocale(locale)) return locale;
  }
  return defaultLocale;
}
