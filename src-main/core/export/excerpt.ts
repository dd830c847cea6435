/** Short excerpts of article text for table cells and labels. */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The start of `text`, whitespace collapsed, at most `max` characters as people count them
 * (graphemes: an emoji or a letter with its accents is one), cut at a word boundary when one is
 * near the end, with `…` when something was cut.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  // Graphemes are segmented lazily and only as far as needed: paragraphs can be long.
  if (flat.length <= max) return flat;
  const parts: string[] = [];
  for (const { segment } of graphemes.segment(flat)) {
    parts.push(segment);
    if (parts.length > max) break;
  }
  if (parts.length <= max) return flat;
  let cut = parts.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  // Cut at the last space when it keeps most of the excerpt; Chinese has no spaces and is cut anywhere.
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.replace(/[\s,;:.\-–—]+$/u, '') + '…';
}
