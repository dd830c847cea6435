import { describe, expect, it } from 'vitest';
import { buildBands, coversTheme, orderThemes } from './bands.js';
import { articles, comparison } from './fixture.test-data.js';

describe('theme bands', () => {
  it('orders themes by where they sit in the articles', () => {
    expect(orderThemes(comparison.themes, articles).map((t) => t.id)).toEqual(['t1', 't2']);
  });

  it('puts each theme in one band, keeps each article in order, and leaves titles and junk out', () => {
    const bands = buildBands(comparison, articles);
    expect(bands.map((b) => b.id)).toEqual(['t1', 't2']);
    expect(bands[0]!.cells.get(1)).toEqual([{ index: 1, context: false }]);
    expect(bands[0]!.cells.get(2)).toEqual([
      { index: 1, context: false },
      { index: 2, context: false },
    ]);
    // The heading opens the traffic section; the unlinked paragraph after it stays as context.
    expect(bands[1]!.cells.get(1)).toEqual([
      { index: 2, context: true },
      { index: 3, context: false },
      { index: 4, context: true },
    ]);
    const shown = bands.flatMap((b) => [...b.cells.values()].flat().map((p) => p.index));
    expect(shown).not.toContain(0);
    expect(shown).not.toContain(5);
  });

  it('marks a theme a source says nothing on as not covered', () => {
    const bands = buildBands(comparison, articles);
    expect(coversTheme(bands[1]!.cells.get(2))).toBe(false);
    expect(coversTheme(bands[1]!.cells.get(1))).toBe(true);
  });

  it('keeps the paragraphs of an article that shares no theme in a band of their own', () => {
    const lonely = { ...comparison, themes: [] };
    const bands = buildBands(lonely, articles);
    expect(bands.map((b) => b.id)).toEqual(['unthemed']);
    expect(bands[0]!.cells.get(2)?.map((p) => p.index)).toEqual([1, 2]);
  });
});
