import { describe, expect, it } from 'vitest';
import { tokenize, termsOf } from './tokenizer.js';

const surfaces = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('folds case, diacritics and ligatures', () => {
    expect(termsOf('Une manœuvre stratégique, Æsir, ÉTÉ')).toEqual(['une', 'manoeuvre', 'strategique', 'aesir', 'ete']);
  });

  it('splits French elision with either apostrophe but highlights the whole surface', () => {
    const text = 'CEO d’OpenAI et l\'entreprise';
    expect(termsOf(text)).toEqual(['ceo', 'openai', 'et', 'entreprise']);
    expect(surfaces(text)).toEqual(['CEO', 'd’OpenAI', 'et', "l'entreprise"]);
  });

  it('drops English clitics but keeps Hebrew geresh and gershayim inside words', () => {
    expect(termsOf("OpenAI's model isn't")).toEqual(['openai', 'model', 'isn']);
    expect(termsOf('הוול סטריט ג\'ורנל, 5 ש"ח')).toEqual(['הוול', 'סטריט', 'גורנל', '5', 'שח']);
  });

  it('cuts names with digits and numbers with separators into terms a phrase can rejoin', () => {
    expect(termsOf('GPT-4o costs $1.4 trillion')).toEqual(['gpt', '4o', 'costs', '1', '4', 'trillion']);
  });

  it('segments Chinese without spaces and keeps Latin names inside it', () => {
    const terms = termsOf('谷歌发布了Gemini 3模型');
    expect(terms).toContain('gemini');
    expect(terms).toContain('3');
    expect(terms.join('')).toBe('谷歌发布了gemini3模型');
  });

  it('folds Arabic letter variants, tatweel, diacritics and Arabic-Indic digits', () => {
    expect(termsOf('أحمد إلى آخر الشـركة كَتَبَ ٣٫٥')).toEqual(['احمد', 'الي', 'اخر', 'الشركه', 'كتب', '3', '5']);
  });

  it('separates a Hebrew prefix letter joined by a maqaf', () => {
    expect(termsOf('ב־ChatGPT')).toEqual(['ב', 'chatgpt']);
  });

  it('never cuts inside a grapheme and keeps offsets inside the text', () => {
    const text = 'e\u0301cole 👩‍👩‍👧 naïve שָׁלוֹם';
    for (const token of tokenize(text)) {
      expect(token.start).toBeGreaterThanOrEqual(0);
      expect(token.end).toBeLessThanOrEqual(text.length);
      expect(/[\uDC00-\uDFFF]/u.test(text[token.start]!)).toBe(false);
    }
    expect(termsOf(text)).toEqual(['ecole', 'naive', 'שלומ']);
  });
});
