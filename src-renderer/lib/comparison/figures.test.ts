import { describe, expect, it } from 'vitest';
import type { ArticleFigure } from '../../../src-main/api/contract.js';
import { describeFigureValue, disagreeingFigures, figureGroupRows, figureKey } from './figures.js';
import { comparison } from './fixture.test-data.js';

const base: ArticleFigure = { article: 1, paragraph: 0, start: 0, end: 1, text: 'x', kind: 'count', value: 1, unit: null, group: null };

describe('figures in a comparison', () => {
  it('describes normalised values', () => {
    expect(describeFigureValue({ ...base, kind: 'money', value: 1.4e12, unit: 'USD' })).toBe('$1.4T');
    expect(describeFigureValue({ ...base, kind: 'money', value: 5e8, unit: 'EUR' })).toBe('€500M');
    expect(describeFigureValue({ ...base, kind: 'percent', value: 11 })).toBe('11%');
    expect(describeFigureValue({ ...base, kind: 'duration', value: 8, unit: 'week' })).toBe('8 weeks');
    expect(describeFigureValue({ ...base, kind: 'count', value: { min: 2e6, max: 1e9 } })).toBe('between 2M and 1B');
    expect(describeFigureValue({ ...base, kind: 'name', value: null, text: 'Gemini 3' })).toBe('Gemini 3');
  });

  it('lists quantities stated by several sources, with each source\'s wording', () => {
    const rows = figureGroupRows(comparison);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.value).toBe('$2.5B');
    expect(rows[0]!.perArticle.get(2)?.map((f) => f.text)).toEqual(['2.5 מיליארד דולר']);
  });

  it('finds the figures a disagreement names', () => {
    const reasons = disagreeingFigures(comparison);
    expect([...reasons.keys()].sort()).toEqual([figureKey(comparison.figures[0]!), figureKey(comparison.figures[2]!)].sort());
  });
});

describe('figures in the interface language', () => {
  it('writes normalised values as French and Hebrew readers expect', () => {
    expect(describeFigureValue({ ...base, kind: 'duration', value: 8, unit: 'week' }, 'fr')).toMatch(/^8\ssemaines$/u);
    expect(describeFigureValue({ ...base, kind: 'duration', value: 2, unit: 'day' }, 'he')).toBe('יומיים');
    expect(describeFigureValue({ ...base, kind: 'duration', value: 3, unit: 'decade' }, 'fr')).toMatch(/^3\sdécennies$/u);
    expect(describeFigureValue({ ...base, kind: 'count', value: { min: 2e6, max: 1e9 } }, 'fr')).toMatch(/^entre 2\s*M et 1\s*Md$/u);
    expect(describeFigureValue({ ...base, kind: 'count', value: { min: 5, max: null } }, 'he')).toBe('לפחות \u20685\u2069');
    expect(describeFigureValue({ ...base, kind: 'percent', value: 2, unit: 'points' }, 'en')).toBe('2 percentage points');
    expect(describeFigureValue({ ...base, kind: 'percent', value: 11 }, 'fr')).toMatch(/^11\s%$/u);
  });

  it('rebuilds the figures table’s values in the language asked for', () => {
    expect(figureGroupRows(comparison, 'fr')[0]!.value).toMatch(/^2,5\s*Md\s*\$US$/u);
  });
});
