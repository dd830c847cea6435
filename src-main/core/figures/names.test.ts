import { describe, expect, it } from 'vitest';
import { findNames } from './names.js';

function names(text: string, language = 'en'): string[] {
  return findNames(text, language).map((n) => text.slice(n.start, n.end));
}

describe('findNames', () => {
  it('finds names with digits', () => {
    expect(names('without GPT-4o? The GPT 4o model, Gemini 3 and gpt-oss-120b, GPT-5.2, iPhone 15, Windows 11, COVID-19')).toEqual([
      'GPT-4o',
      'GPT 4o',
      'Gemini 3',
      'gpt-oss-120b',
      'GPT-5.2',
      'iPhone 15',
      'Windows 11',
      'COVID-19',
    ]);
    expect(names('a new model codenamed 5.2 this week')).toEqual(['codenamed 5.2']);
    expect(names('השקת Gemini 3, שזכה', 'he')).toEqual(['Gemini 3']);
  });
  it('leaves amounts, ordinals, measurements and sentence openers', () => {
    expect(names('10k users, the 4th day, 29km away, in the 1990s, $5bn')).toEqual([]);
    expect(names('In 2026 it lost. Over 500 people came. Top 10 percent.')).toEqual([]);
    expect(names('8-fold and 30-year bonds')).toEqual([]);
  });
  it('gives one key to the spellings of a name', () => {
    const keys = findNames('GPT-4o and GPT 4o', 'en').map((n) => n.key);
    expect(keys[0]).toBe(keys[1]);
  });
});
