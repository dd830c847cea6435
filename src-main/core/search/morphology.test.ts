import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempLibrary, samplesDir, type TempLibrary } from '../../../tests/support/temp-library.js';
import { indexForm, prefixedForms } from './morphology.js';

describe('prefixedForms', () => {
  it('follows the order of Hebrew prefixes: ו, then ש/כש/מש, then one of ה ב כ ל מ מה', () => {
    const forms = prefixedForms('תחרות');
    expect(forms[0]).toBe('תחרות');
    expect(forms).toEqual(expect.arrayContaining(['התחרות', 'לתחרות', 'ובתחרות', 'שבתחרות', 'ושהתחרות', 'מהתחרות']));
    expect(forms).not.toContain('המתחרות');
    expect(forms).not.toContain('בהתחרות');
  });

  it('does not expand words too short to carry them', () => {
    expect(prefixedForms('של')).toEqual(['של']);
    expect(prefixedForms('في')).toEqual(['في']);
  });

  it('expands Arabic with conjunctions, prepositions and the article, and looks through a typed article', () => {
    const forms = prefixedForms('الكتاب');
    expect(forms[0]).toBe('كتاب');
    expect(forms).toEqual(expect.arrayContaining(['الكتاب', 'والكتاب', 'بالكتاب', 'للكتاب', 'فالكتاب', 'وكتاب']));
  });

  it('leaves other scripts alone', () => {
    expect(prefixedForms('competition')).toEqual(['competition']);
  });
});

describe('indexForm', () => {
  it('stems with the Snowball algorithm of the paragraph’s language', () => {
    expect(indexForm('departures', 'en')).toBe(indexForm('departure', 'en'));
    expect(indexForm('shelved', 'en')).toBe(indexForm('shelve', 'en'));
    expect(indexForm('strategique', 'fr')).toBe(indexForm('strategiques', 'fr'));
    expect(indexForm('unternehmen', 'de')).toBe(indexForm('unternehmens', 'de'));
  });

  it('keeps numbers, names with digits and unstemmed languages as they are', () => {
    expect(indexForm('4o', 'en')).toBe('4o');
    expect(indexForm('openai', 'fr')).not.toBe(indexForm('open', 'en'));
    expect(indexForm('2026', 'fr')).toBe('2026');
    expect(indexForm('התחרות', 'he')).toBe('התחרות');
    expect(indexForm('الكتاب', 'ar')).toBe('الكتاب');
  });
});

describe('Hebrew prefix matching, measured on the annotated sample article', () => {
  const gold = JSON.parse(readFileSync(join(import.meta.dirname, '../../../tests/data/hebrew-prefix-gold.json'), 'utf8')) as {
    article: string;
    cases: Array<{ query: string; forms: string[] }>;
  };
  let temp: TempLibrary;
  let articleId: number;
  beforeAll(async () => {
    temp = createTempLibrary();
    articleId = (await temp.library.importPaths([join(samplesDir, gold.article)])).imported[0]!.id;
  });
  afterAll(() => temp.dispose());

  it('finds the prefixed forms (recall) without matching other words (precision)', () => {
    let found = 0;
    let correct = 0;
    let expected = 0;
    let exactOnly = 0;
    const wrong: string[] = [];
    for (const { query, forms } of gold.cases) {
      const surfaces = new Set(temp.library.searchArticle(articleId, query).map((m) => m.text));
      found += surfaces.size;
      expected += forms.length;
      for (const surface of surfaces) if (forms.includes(surface)) correct++;
        else wrong.push(`${query} → ${surface}`);
      if (forms.includes(query)) exactOnly++;
    }
    const precision = correct / found;
    const recall = correct / expected;
    console.log(`Hebrew prefixes on ${gold.cases.length} annotated queries: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (exact matching alone: recall ${(exactOnly / expected).toFixed(3)})`);
    expect(wrong).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThan(exactOnly / expected + 0.3);
  });
});
