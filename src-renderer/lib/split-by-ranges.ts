/**
 * Cuts text into plain and highlighted segments so matches can be wrapped in `<mark>` elements
 * without ever building HTML from imported (untrusted) text.
 */
export interface TextRange {
  /** UTF-16 offset of the first highlighted code unit. */
  start: number;
  /** UTF-16 offset just past the last highlighted code unit. */
  end: number;
}

export interface TextSegment {
  text: string;
  marked: boolean;
  /** Where the segment starts in the original text (unique, handy as a key). */
  start: number;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Moves an offset that falls between the halves of a surrogate pair onto the pair's start. */
function snapBack(text: string, offset: number): number {
  if (offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))) {
    return offset - 1;
  }
  return offset;
}

/** Moves an offset that falls between the halves of a surrogate pair past the pair. */
function snapForward(text: string, offset: number): number {
  if (offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))) {
    return offset + 1;
  }
  return offset;
}

/**
 * Ranges may come unsorted, overlapping, out of bounds or empty: they are clamped to the text,
 * merged, and empty ones dropped. The segments' texts always join back into `text`.
 */
export function splitByRanges(text: string, ranges: readonly TextRange[] = []): TextSegment[] {
  if (text.length === 0) return [];
  const cleaned = ranges
    .filter((range) => Number.isFinite(range.start) && Number.isFinite(range.end))
    .map((range) => ({
      start: snapBack(text, Math.max(0, Math.min(text.length, Math.trunc(range.start)))),
      end: snapForward(text, Math.max(0, Math.min(text.length, Math.trunc(range.end)))),
    }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const merged: TextRange[] = [];
  for (const range of cleaned) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }

  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const range of merged) {
    if (range.start > cursor) segments.push({ text: text.slice(cursor, range.start), marked: false, start: cursor });
    segments.push({ text: text.slice(range.start, range.end), marked: true, start: range.start });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false, start: cursor });
  return segments;
}
