import { describe, expect, it } from 'vitest';
import { splitByRanges } from '../../src-renderer/lib/split-by-ranges.js';

const join = (segments: ReturnType<typeof splitByRanges>): string => segments.map((segment) => segment.text).join('');
const marked = (segments: ReturnType<typeof splitByRanges>): string[] => segments.filter((segment) => segment.marked).map((segment) => segment.text);

describe('splitByRanges', () => {
  it('returns the whole text unmarked when there are no ranges', () => {
    expect(splitByRanges('Gemini 3 launch', [])).toEqual([{ text: 'Gemini 3 launch', marked: false, start: 0 }]);
  });

  it('returns nothing for empty text', () => {
    expect(splitByRanges('', [{ start: 0, end: 3 }])).toEqual([]);
  });

  it('marks ranges in the middle, at the start and at the end', () => {
    const text = 'Gemini beats Gemini at Gemini';
    const segments = splitByRanges(text, [
      { start: 0, end: 6 },
      { start: 13, end: 19 },
      { start: 23, end: 29 },
    ]);
    expect(segments).toEqual([
      { text: 'Gemini', marked: true, start: 0 },
      { text: ' beats ', marked: false, start: 6 },
      { text: 'Gemini', marked: true, start: 13 },
      { text: ' at ', marked: false, start: 19 },
      { text: 'Gemini', marked: true, start: 23 },
    ]);
    expect(join(segments)).toBe(text);
  });

  it('sorts unsorted ranges and merges overlapping and touching ones', () => {
    const text = 'abcdefghij';
    const segments = splitByRanges(text, [
      { start: 6, end: 8 },
      { start: 1, end: 3 },
      { start: 2, end: 5 },
      { start: 5, end: 6 },
    ]);
    expect(marked(segments)).toEqual(['bcdefgh']);
    expect(join(segments)).toBe(text);
  });

  it('clamps ranges to the text and ignores empty, inverted and non-finite ones', () => {
    const text = 'hello';
    const segments = splitByRanges(text, [
      { start: -4, end: 2 },
      { start: 3, end: 3 },
      { start: 4, end: 1 },
      { start: Number.NaN, end: 2 },
      { start: 4, end: 99 },
    ]);
    expect(segments).toEqual([
      { text: 'he', marked: true, start: 0 },
      { text: 'll', marked: false, start: 2 },
      { text: 'o', marked: true, start: 4 },
    ]);
  });

  it('works on right-to-left text with UTF-16 offsets', () => {
    const text = 'גוגל השיקה את Gemini היום';
    const start = text.indexOf('Gemini');
    const segments = splitByRanges(text, [{ start, end: start + 6 }]);
    expect(marked(segments)).toEqual(['Gemini']);
    expect(join(segments)).toBe(text);
  });

  it('never splits a surrogate pair', () => {
    const text = 'a😀b𠀋c';
    // 😀 occupies offsets 1–2, 𠀋 offsets 4–5; ranges cutting through them are widened.
    const segments = splitByRanges(text, [
      { start: 2, end: 3 },
      { start: 4, end: 5 },
    ]);
    expect(marked(segments)).toEqual(['😀', '𠀋']);
    expect(join(segments)).toBe(text);
  });

  it('does not mutate the ranges it is given', () => {
    const ranges = [
      { start: 3, end: 5 },
      { start: 0, end: 4 },
    ];
    splitByRanges('abcdefg', ranges);
    expect(ranges).toEqual([
      { start: 3, end: 5 },
      { start: 0, end: 4 },
    ]);
  });
});
