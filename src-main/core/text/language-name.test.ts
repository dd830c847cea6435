import { describe, expect, it } from 'vitest';
import { languageName } from './language-name.js';

describe('languageName', () => {
  it('names languages in English', () => {
    expect(languageName('he')).toBe('Hebrew');
    expect(languageName('zh')).toBe('Chinese');
  });

  it('falls back to the code, and says when the language is unknown', () => {
    expect(languageName('und')).toBe('unknown language');
    expect(languageName('qqq')).toBe('qqq');
    expect(languageName('not a code!')).toBe('not a code!');
  });
});
