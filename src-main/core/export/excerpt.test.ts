import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.js';

describe('excerpt', () => {
  it('returns short text whole, with whitespace collapsed', () => {
    expect(excerpt('  A  short\n title ', 40)).toBe('A short title');
  });

  it('cuts at a word boundary near the end', () => {
    expect(excerpt('Les investisseurs attendent une réponse rapide du conseil', 30)).toBe('Les investisseurs attendent…');
    expect(excerpt('המשקיעים מחכים לתשובה מהירה של הדירקטוריון', 25)).toBe('המשקיעים מחכים לתשובה…');
  });

  it('cuts text without spaces anywhere, never inside a grapheme', () => {
    expect(excerpt('投资者正在等待董事会的迅速答复并且继续观察', 8)).toBe('投资者正在等待…');
    const flags = '🇫🇷🇮🇱🇬🇧🇨🇳🇫🇷🇮🇱';
    expect(excerpt(flags, 4)).toBe('🇫🇷🇮🇱🇬🇧…');
  });

  it('stays within the limit', () => {
    const text = 'word '.repeat(100);
    for (const max of [5, 17, 60]) expect([...new Intl.Segmenter().segment(excerpt(text, max))].length).toBeLessThanOrEqual(max);
  });
});
