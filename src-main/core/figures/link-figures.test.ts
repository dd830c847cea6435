import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.js';
import { figuresMatch, linkFigures, nameKey, sameQuantity, type LinkItem } from './link-figures.js';
import type { Figure } from './types.js';

function fig(text: string, language: string): Figure {
  const f = extractFigures(text, language)[0];
  if (!f) throw new Error(`no figure in ${text}`);
  return f;
}

describe('sameQuantity', () => {
  it('matches values within the rounding each implies', () => {
    expect(sameQuantity(1.4e12, 5e10, 1.4e12, 5e8)).toBe(true);
    expect(sameQuantity(1.4e12, 5e10, 1.45e12, 5e9)).toBe(false);
    expect(sameQuantity(14e9, 5e8, 1.4e12, 5e10)).toBe(false);
    expect(sameQuantity(19, 0.5, 20, 0.5)).toBe(false);
    expect(sameQuantity(0.5, 0, 0.5, 0)).toBe(true);
  });
});

describe('figuresMatch', () => {
  it('links the same amount across languages', () => {
    const en = fig('$1.4 trillion', 'en');
    for (const [t, l] of [
      ['1.4 טריליון דולר', 'he'],
      ['1 400 milliards de dollars', 'fr'],
      ['1,4 billion de dollars', 'fr'],
      ['1.4万亿美元', 'zh'],
    ] as const) {
      expect(figuresMatch(en, fig(t, l)), t).toBe(true);
    }
  });
  it('keeps apart figures that only look alike', () => {
    expect(figuresMatch(fig('$14 billion', 'en'), fig('$1.4 trillion', 'en'))).toBe(false);
    expect(figuresMatch(fig('eight weeks', 'en'), fig('פי שמונה', 'he'))).toBe(false);
    expect(figuresMatch(fig('19 times', 'en'), fig('20 times', 'en'))).toBe(false);
    expect(figuresMatch(fig('€1.4 trillion', 'en'), fig('$1.4 trillion', 'en'))).toBe(false);
  });
  it('compares durations in days and names by their letters and digits', () => {
    expect(figuresMatch(fig('12 months', 'en'), fig('1 year', 'en'))).toBe(true);
    expect(nameKey('GPT-4o')).toBe(nameKey('GPT 4o'));
    expect(figuresMatch(fig('GPT-4o', 'en'), fig('מודל GPT 4o', 'he'))).toBe(true);
  });
});

describe('linkFigures', () => {
  const items: LinkItem[] = [
    { key: 'en:1', figure: fig('$500 billion', 'en'), source: 'en' },
    { key: 'he:1', figure: fig('500 מיליארד דולר', 'he'), source: 'he' },
    { key: 'en:2', figure: fig('hundreds of millions of users', 'en'), source: 'en' },
    { key: 'fr:1', figure: fig('800 millions', 'fr'), source: 'fr' },
    { key: 'fr:2', figure: fig('550 milliards de dollars', 'fr'), source: 'fr' },
  ];

  it('groups the same quantity and reports every figure’s group', () => {
    const r = linkFigures(items);
    const g = r.groups.find((x) => x.members.includes('en:1'));
    expect(g?.members).toEqual(['en:1', 'he:1']);
    expect(g?.sources).toEqual(['en', 'he']);
    expect(g?.id).toBe('money:USD:500000000000');
    expect(r.groupOf['he:1']).toBe(g?.id);
    expect(Object.keys(r.groupOf)).toHaveLength(items.length);
  });

  it('reports a magnitude compatible with a precise figure without joining them', () => {
    const r = linkFigures(items);
    expect(r.groupOf['en:2']).not.toBe(r.groupOf['fr:1']);
    expect(r.compatible).toEqual([expect.objectContaining({ a: 'en:2', b: 'fr:1' })]);
  });

  it('reports close but different values as possible discrepancies', () => {
    const r = linkFigures(items);
    expect(r.discrepancies).toEqual([expect.objectContaining({ a: 'en:1', b: 'fr:2' })]);
  });

  it('is deterministic', () => {
    expect(linkFigures(items)).toEqual(linkFigures(items));
  });
});
