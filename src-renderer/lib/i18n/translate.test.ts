import { describe, expect, it } from 'vitest';
import { translate, translateParts } from './translate.js';

const nbsp = '\u00a0';

describe('translate', () => {
  it('chooses the plural form by the language’s rules', () => {
    expect(translate('en', 'count.articles', { count: 1 })).toBe('1 article');
    expect(translate('en', 'count.articles', { count: 0 })).toBe('0 articles');
    // French counts zero as singular and says "de" after round millions.
    expect(translate('fr', 'count.articles', { count: 0 })).toBe('0 article');
    expect(translate('fr', 'count.articles', { count: 1_000_000 })).toBe(`1${'\u202f'}000${'\u202f'}000 d’articles`);
    // Hebrew has a dual: one, two, then the plural.
    expect(translate('he', 'count.articles', { count: 1 })).toBe('כתבה אחת');
    expect(translate('he', 'count.articles', { count: 2 })).toBe('שתי כתבות');
    expect(translate('he', 'count.articles', { count: 3 })).toBe('3 כתבות');
  });

  it('formats numbers for the language', () => {
    expect(translate('en', 'count.words', { count: 12345 })).toBe('12,345 words');
    expect(translate('fr', 'count.words', { count: 12345 })).toBe(`12${'\u202f'}345 mots`);
    expect(translate('he', 'count.words', { count: 12345 })).toBe('12,345 מילים');
  });

  it('sets text parameters in place, keeping left-to-right strings as they are', () => {
    expect(translate('en', 'remove.done', { title: 'Code red' })).toBe('Removed “Code red”.');
    expect(translate('fr', 'error.withContext', { context: 'Échec', message: 'disque plein' })).toBe(`Échec${nbsp}: disque plein`);
  });

  it('isolates text parameters in a right-to-left language so their punctuation stays put', () => {
    expect(translate('he', 'import.tooLarge', { file: 'notes.txt' })).toBe('הקובץ \u2068notes.txt\u2069 גדול מ-48 מ״ב ולא יובא.');
  });

  it('leaves a placeholder it has no value for visible rather than guessing', () => {
    const params = { context: 'Import failed' } as unknown as { context: string; message: string };
    expect(translate('en', 'error.withContext', params)).toBe('Import failed: {message}');
  });

  it('cuts a message at its parameters for markup', () => {
    expect(translateParts('en', 'search.resultsFor', { query: 'budget' })).toEqual([{ text: 'Results for “' }, { text: 'budget', param: 'query' }, { text: '”' }]);
    expect(translateParts('he', 'remove.message', { title: 'Code red' })[1]).toEqual({ text: 'Code red', param: 'title' });
  });
});
