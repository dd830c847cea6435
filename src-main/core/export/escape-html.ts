/**
 * Escaping for the HTML report. Article text is hostile input: everything that came from an
 * article (titles, paragraphs, theme labels, figure texts, file names) goes through here.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for element content and for double- or single-quoted attribute values. NUL and other C0
 * controls but tab and newlines are dropped: HTML parsers turn them into errors or U+FFFD anyway.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => entities[char] as string).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, '');
}

/** A value safe as an `id` and in a CSS selector: letters, digits, `-` and `_` only. */
export function htmlId(...parts: Array<string | number>): string {
  return parts.map((part) => String(part).replace(/[^A-Za-z0-9_-]/gu, '_')).join('-');
}
