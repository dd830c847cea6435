import { describe, expect, it } from 'vitest';
import { extractNumbers, normalizeLanguage } from './extract-numbers.js';

function nums(text: string, language: string): Array<[string, number]> {
  return extractNumbers(text, language).map((m) => [text.slice(m.start, m.end), m.value]);
}

describe('extractNumbers', () => {
  it('finds numbers in words and digits, in order', () => {
    expect(nums('OpenAI lost $14 billion in two years', 'en')).toEqual([
      ['14 billion', 14e9],
      ['two', 2],
    ]);
  });

  it('does not take French or English articles and pronouns for the number one', () => {
    expect(nums('sous la pluie et un vent glacial', 'fr')).toEqual([]);
    expect(nums('une entreprise de pointe', 'fr')).toEqual([]);
    expect(nums('seulement une fois', 'fr')).toEqual([['une', 1]]);
    expect(nums('one of the largest; the one you mentioned', 'en')).toEqual([]);
    expect(nums("Let's try one last time", 'en')).toEqual([['one', 1]]);
    expect(nums('אחת הסיבות', 'he')).toEqual([]);
    expect(nums('un', 'es')).toEqual([['un', 1]]);
  });

  it('reads words of another script with that script’s vocabulary', () => {
    expect(nums('בהיקף של $1.4 trillion בשנה', 'he')).toEqual([['1.4 trillion', 1.4e12]]);
    expect(nums('שווי של 500 מיליארד', 'he')).toEqual([['500 מיליארד', 5e11]]);
    expect(nums('营收2024年达到1.4万亿', 'zh').map((x) => x[1])).toEqual([2024, 1.4e12]);
  });

  it('leaves digits inside codes, addresses, measurements and dated days', () => {
    expect(nums('the A320 and Web3', 'en')).toEqual([]);
    expect(nums('see https://example.com/2024/10/report', 'en')).toEqual([]);
    expect(nums('the 180ml liquid', 'en')).toEqual([]);
    expect(nums('אני רוצה 180 מיליליטר מים', 'he')).toEqual([]);
    expect(nums('התאריך הוא 4 במאי', 'he')).toEqual([]);
  });

  it('normalises language tags', () => {
    expect(normalizeLanguage('en-US')).toBe('en');
    expect(normalizeLanguage('')).toBe('und');
    expect(normalizeLanguage('iw')).toBe('he');
  });
});
