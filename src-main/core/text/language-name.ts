/** Language names in English for documents the core writes (exported reports). */

let names: Intl.DisplayNames | null | undefined;

/** `Hebrew` for `he`; the code itself when the runtime does not know it; `unknown language` for `und`. */
export function languageName(code: string): string {
  if (!code || code === 'und') return 'unknown language';
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    // A code Intl rejects (not well-formed BCP 47) is shown as it is.
    return code;
  }
}
