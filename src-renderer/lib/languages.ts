/** Language codes as the library stores them: BCP 47 primary subtags, `und` when unknown. */

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

let displayNames: Intl.DisplayNames | null | undefined;

/** "Hebrew" for `he`; the code itself when the runtime does not know it. */
export function languageName(code: string): string {
  if (!code || code === 'und') return 'Unknown language';
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    } catch {
      displayNames = null;
    }
  }
  try {
    return displayNames?.of(code) ?? code;
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
