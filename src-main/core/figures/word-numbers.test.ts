import { describe, expect, it } from 'vitest';
import { lexiconFor } from './number-words.js';
import { readNumberPhrase } from './word-numbers.js';

function phrase(text: string, language: string): [string, number] | null {
  const p = readNumberPhrase(text, 0, language, lexiconFor(language));
  return p ? [text.slice(p.start, p.end), p.value] : null;
}

describe('readNumberPhrase', () => {
  it('reads English cardinals, scales and fractions', () => {
    expect(phrase('eight weeks', 'en')).toEqual(['eight', 8]);
    expect(phrase('one hundred and sixty-one', 'en')).toEqual(['one hundred and sixty-one', 161]);
    expect(phrase('twenty-one trillion three hundred', 'en')).toEqual(['twenty-one trillion three hundred', 21000000000300]);
    expect(phrase('1.4 trillion dollars', 'en')).toEqual(['1.4 trillion', 1.4e12]);
    expect(phrase('4 thousand 3 hundred and 21', 'en')).toEqual(['4 thousand 3 hundred and 21', 4321]);
    expect(phrase('two thirds', 'en')?.[1]).toBeCloseTo(2 / 3);
    expect(phrase('one and a half', 'en')).toEqual(['one and a half', 1.5]);
    expect(phrase('half a dozen', 'en')).toEqual(['half a dozen', 6]);
    expect(phrase('three million and a half', 'en')).toEqual(['three million and a half', 3500000]);
    expect(phrase('10k', 'en')).toEqual(['10k', 10000]);
  });

  it('reads French, with the long-scale billion and vigesimal tens', () => {
    expect(phrase('quatre-vingt-dix-neuf', 'fr')).toEqual(['quatre-vingt-dix-neuf', 99]);
    expect(phrase('soixante et onze', 'fr')).toEqual(['soixante et onze', 71]);
    expect(phrase('1 400 milliards', 'fr')).toEqual(['1 400 milliards', 1.4e12]);
    expect(phrase('1,4 billion', 'fr')).toEqual(['1,4 billion', 1.4e12]);
    expect(phrase('trois codes', 'fr')).toEqual(['trois', 3]);
    expect(phrase('un million', 'fr')).toEqual(['un million', 1e6]);
  });

  it('marks a lone article so the caller can leave it out', () => {
    expect(readNumberPhrase('une entreprise', 0, 'fr', lexiconFor('fr'))?.articleOnly).toBe(true);
    expect(readNumberPhrase('a dozen', 0, 'en', lexiconFor('en'))?.articleOnly).toBe(false);
  });

  it('reads Spanish, including "mil millones"', () => {
    expect(phrase('dos mil millones', 'es')).toEqual(['dos mil millones', 2e9]);
    expect(phrase('cuarenta y siete', 'es')).toEqual(['cuarenta y siete', 47]);
    expect(phrase('siete con cincuenta', 'es')).toEqual(['siete con cincuenta', 7.5]);
  });

  it('reads German compounds', () => {
    expect(phrase('dreihundertneunundneunzigtausendfünfhundertneun', 'de')?.[1]).toBe(399509);
    expect(phrase('zwei Millionen eintausendeinhundertfünfzig', 'de')?.[1]).toBe(2001150);
    expect(phrase('eine halbe Million', 'de')?.[1]).toBe(500000);
  });

  it('reads Hebrew with its prefixes and constructs', () => {
    expect(phrase('שמונת אלפים תשע מאות שמונים ושבע', 'he')?.[1]).toBe(8987);
    expect(phrase('1.4 טריליון דולר', 'he')).toEqual(['1.4 טריליון', 1.4e12]);
    expect(phrase('ארבעה עשר', 'he')?.[1]).toBe(14);
    expect(phrase('שלוש וחמישית', 'he')?.[1]).toBeCloseTo(3.2);
    expect(phrase('אחד לשלוש', 'he')?.[1]).toBeCloseTo(1 / 3);
    const prefixed = readNumberPhrase('מטריליון', 0, 'he', lexiconFor('he'));
    expect(prefixed?.start).toBe(1);
  });

  it('reads Arabic, unit before ten', () => {
    expect(phrase('خمسة وعشرين', 'ar')?.[1]).toBe(25);
    expect(phrase('٣٫٥ مليار', 'ar')?.[1]).toBe(3.5e9);
  });

  it('reads vague magnitudes as intervals', () => {
    const p = readNumberPhrase('hundreds of millions of users', 0, 'en', lexiconFor('en'));
    expect(p?.approx).toEqual({ min: 2e8, max: 1e9 });
    expect(readNumberPhrase('מאות מיליונים', 0, 'he', lexiconFor('he'))?.approx).toEqual({ min: 2e8, max: 1e9 });
    expect(readNumberPhrase('dozens of', 0, 'en', lexiconFor('en'))?.approx).toEqual({ min: 24, max: 144 });
  });

  it('implies the precision of what was written', () => {
    expect(readNumberPhrase('1.4 trillion', 0, 'en', lexiconFor('en'))?.precision).toBeCloseTo(5e10);
    expect(readNumberPhrase('1 400 milliards', 0, 'fr', lexiconFor('fr'))?.precision).toBeCloseTo(5e8);
    expect(readNumberPhrase('eight hundred million', 0, 'en', lexiconFor('en'))?.precision).toBeCloseTo(5e5);
  });
});
