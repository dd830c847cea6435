import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.js';
import type { Figure } from './types.js';

function figs(text: string, language: string): Array<Pick<Figure, 'text' | 'kind' | 'value' | 'unit'>> {
  return extractFigures(text, language).map((f) => ({ text: f.text, kind: f.kind, value: f.value, unit: f.unit }));
}

function one(text: string, language: string): Figure {
  const f = extractFigures(text, language);
  expect(f).toHaveLength(1);
  return f[0] as Figure;
}

describe('extractFigures: money', () => {
  it('normalises the same amount written in five languages', () => {
    for (const [text, lang] of [
      ['$1.4 trillion', 'en'],
      ['1.4 טריליון דולר', 'he'],
      ['1 400 milliards de dollars', 'fr'],
      ['1,4 billion de dollars', 'fr'],
      ['1.4万亿美元', 'zh'],
      ['1,4 billones de dólares', 'es'],
      ['1,4 Billionen Dollar', 'de'],
    ] as const) {
      const f = one(text, lang);
      expect([f.kind, f.value, f.unit], text).toEqual(['money', 1.4e12, 'USD']);
    }
  });

  it('reads symbols, codes and words, before or after', () => {
    expect(one('US$ 150 million', 'en')).toMatchObject({ value: 150e6, unit: 'USD' });
    expect(one('€2 millions', 'fr')).toMatchObject({ value: 2e6, unit: 'EUR' });
    expect(one('10 מיליון ש"ח', 'he')).toMatchObject({ value: 1e7, unit: 'ILS' });
    expect(one('10₪', 'he')).toMatchObject({ value: 10, unit: 'ILS' });
    expect(one('500 דולר', 'he')).toMatchObject({ value: 500, unit: 'USD' });
    expect(one('15元', 'zh')).toMatchObject({ value: 15, unit: 'CNY' });
    expect(one('100 yuan', 'en')).toMatchObject({ value: 100, unit: 'CNY' });
    expect(one('3 dollars 50 cents', 'en')).toMatchObject({ value: 3.5, unit: 'USD' });
    expect(one('٣٫٥ مليار دولار', 'ar')).toMatchObject({ value: 3.5e9, unit: 'USD' });
    expect(one('2,5 Mio. Euro', 'de')).toMatchObject({ value: 2.5e6, unit: 'EUR' });
  });

  it('keeps bounds and approximations apart from the value', () => {
    expect(one('worth up to $1.4 trillion', 'en')).toMatchObject({ value: 1.4e12, bound: 'max' });
    const about = one('about $5 billion', 'en');
    expect(about.approximate).toBe(true);
    expect(about.lead).toBe(0);
    expect(one('כ-5 מיליון שקלים', 'he').approximate).toBe(true);
    expect(one('hundreds of millions of dollars', 'en')).toMatchObject({ kind: 'money', value: { min: 2e8, max: 1e9 }, approximate: true });
  });
});

describe('extractFigures: other kinds', () => {
  it('reads percentages in each language', () => {
    for (const [text, lang] of [
      ['11%', 'en'],
      ['11 pour cent', 'fr'],
      ['11 אחוז', 'he'],
      ['11 por ciento', 'es'],
      ['11 Prozent', 'de'],
      ['百分之十一', 'zh'],
      ['11 في المئة', 'ar'],
    ] as const) {
      expect([one(text, lang).kind, one(text, lang).value], text).toEqual(['percent', 11]);
    }
  });

  it('reads multipliers, and keeps them apart from durations', () => {
    expect(figs('20 times cheaper, tripled, פי 19, ×8, fivefold', 'en').map((f) => [f.kind, f.value])).toEqual([
      ['ratio', 20],
      ['ratio', 3],
      ['ratio', 19],
      ['ratio', 8],
      ['ratio', 5],
    ]);
    expect(one('נפח ההודעות זינק פי שמונה בשנה', 'he')).toMatchObject({ kind: 'ratio', value: 8 });
    expect(one('for eight weeks', 'en')).toMatchObject({ kind: 'duration', value: 8, unit: 'week' });
  });

  it('reads counts, years, dates and ranges', () => {
    expect(one('trois codes couleur', 'fr')).toMatchObject({ kind: 'count', value: 3 });
    expect(one('in 2026', 'en')).toMatchObject({ kind: 'year', value: 2026 });
    expect(one('ב-2025', 'he')).toMatchObject({ kind: 'year', value: 2025 });
    expect(one('2024年', 'zh')).toMatchObject({ kind: 'year', value: 2024 });
    expect(one('on 1 December 2025', 'en')).toMatchObject({ kind: 'date', iso: '2025-12-01' });
    expect(one('le 6 novembre 2025', 'fr')).toMatchObject({ kind: 'date', iso: '2025-11-06' });
    expect(one('ב-15 במרץ 2025', 'he')).toMatchObject({ kind: 'date', iso: '2025-03-15' });
    expect(one('in August', 'en')).toMatchObject({ kind: 'date', iso: '--08', value: null });
    expect(one('between 5 and 10', 'en')).toMatchObject({ kind: 'range', value: { min: 5, max: 10 } });
    expect(one('100 bis 300 Milliarden', 'de')).toMatchObject({ value: { min: 100e9, max: 300e9 } });
    expect(one('בין 10 ל20 דולר', 'he')).toMatchObject({ kind: 'money', value: { min: 10, max: 20 }, unit: 'USD' });
    expect(one('5-20%', 'en')).toMatchObject({ kind: 'percent', value: { min: 5, max: 20 } });
  });

  it('reads names with digits as names', () => {
    expect(figs('GPT-4o, Gemini 3 and gpt-oss-120b', 'en').map((f) => [f.kind, f.text])).toEqual([
      ['name', 'GPT-4o'],
      ['name', 'Gemini 3'],
      ['name', 'gpt-oss-120b'],
    ]);
  });

  it('finds English figures in a Hebrew paragraph', () => {
    const f = figs('לכך התווספה הצלחת מודל GPT 4o, ושווי של $500 billion.', 'he');
    expect(f.map((x) => [x.kind, x.text])).toEqual([
      ['name', 'GPT 4o'],
      ['money', '$500 billion'],
    ]);
  });

  it('records spans into the paragraph', () => {
    const text = 'OpenAI, now valued at $500 billion, is changing.';
    const f = one(text, 'en');
    expect(text.slice(f.start, f.end)).toBe('$500 billion');
    expect(f.text).toBe('$500 billion');
  });

  it('does not read "une" or a lone "one" as a figure', () => {
    expect(figs('une alerte organisationnelle, une réponse stratégique', 'fr')).toEqual([]);
    expect(figs('As one commentator said', 'en')).toEqual([]);
  });
});
