/**
 * Which way a language's text runs, for the core's own documents (exported reports). The renderer
 * keeps its own copy of this list (src-renderer/lib/languages.ts) because it may import nothing
 * from the main side but the API contract.
 */

/** Languages written right to left: Hebrew, Arabic and the languages commonly written in Arabic script. */
const rightToLeft = new Set(['he', 'iw', 'yi', 'ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb', 'dv']);

export function isRightToLeft(language: string | null | undefined): boolean {
  return !!language && rightToLeft.has(language.toLowerCase());
}

/**
 * `rtl` or `ltr` for a known language; `auto` when the language is unknown (`und`), letting the
 * first strong character decide. A known left-to-right language stays `ltr` even when a paragraph
 * opens with a Hebrew name, which `auto` would get wrong.
 */
export function textDirection(language: string | null | undefined): 'rtl' | 'ltr' | 'auto' {
  if (!language || language === 'und') return 'auto';
  return isRightToLeft(language) ? 'rtl' : 'ltr';
}
