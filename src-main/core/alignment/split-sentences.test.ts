import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

const sentences = (text: string, language: string) => splitSentences(text, language).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits English prose and keeps abbreviations, initials and decimals inside sentences', () => {
    const text = 'Mr. Smith met Dr. Jones at 9 a.m. in Washington. The U.S. economy grew 1.4% last year, e.g. in services. J. R. R. Tolkien was not there.';
    expect(sentences(text, 'en')).toEqual([
      'Mr. Smith met Dr. Jones at 9 a.m. in Washington.',
      'The U.S. economy grew 1.4% last year, e.g. in services.',
      'J. R. R. Tolkien was not there.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split before a lower-case word', () => {
    const text = '"We will not stop," she said. "Never!" he shouted back. Was it over? "Not yet." Then it rained.';
    expect(sentences(text, 'en')).toEqual(['"We will not stop," she said.', '"Never!" he shouted back.', 'Was it over?', '"Not yet."', 'Then it rained.']);
  });

  it('reads French guillemets, M. before a name and numbers with a decimal comma', () => {
    const text = '« Nous n’irons pas plus loin ! » a déclaré M. Martin. Le coût atteint 1,4 milliard d’euros. Pourquoi ? Personne ne le sait.';
    expect(sentences(text, 'fr')).toEqual(['« Nous n’irons pas plus loin ! » a déclaré M. Martin.', 'Le coût atteint 1,4 milliard d’euros.', 'Pourquoi ?', 'Personne ne le sait.']);
  });

  it('keeps German abbreviations, ordinal dates and enumerations inside their sentence', () => {
    const text = 'Am 3. Mai stiegen sie z.B. über den Grat, d.h. ohne Seil. Die Hütte liegt ca. 60 m höher. 1. Vom Gipfel sah man weit. Es war kalt.';
    expect(sentences(text, 'de')).toEqual(['Am 3. Mai stiegen sie z.B. über den Grat, d.h. ohne Seil.', 'Die Hütte liegt ca. 60 m höher.', '1. Vom Gipfel sah man weit.', 'Es war kalt.']);
  });

  it('splits Hebrew, which has no capitals, and keeps acronyms with gershayim and decimals', () => {
    const text = 'החברה הודיעה על השקעה של 1.4 מיליארד דולר. מנכ״ל החברה אמר כי מדובר בצעד חשוב! האם זה יספיק? ימים יגידו.';
    expect(sentences(text, 'he')).toEqual(['החברה הודיעה על השקעה של 1.4 מיליארד דולר.', 'מנכ״ל החברה אמר כי מדובר בצעד חשוב!', 'האם זה יספיק?', 'ימים יגידו.']);
  });

  it('splits Chinese at 。！？ without spaces, keeping the closing quote', () => {
    const text = '公司宣布投资1.4万亿美元。他说：“我们不会停下来！”这是真的吗？没有人知道。';
    expect(sentences(text, 'zh')).toEqual(['公司宣布投资1.4万亿美元。', '他说：“我们不会停下来！”', '这是真的吗？', '没有人知道。']);
  });

  it('returns UTF-16 offsets into the paragraph, trimmed, and the whole text when nothing ends', () => {
    const text = '  First one.   Second one  ';
    const spans = splitSentences(text, 'en');
    expect(spans).toEqual([
      { start: 2, end: 12 },
      { start: 15, end: 25 },
    ]);
    expect(sentences('A heading without a stop', 'en')).toEqual(['A heading without a stop']);
    expect(splitSentences('   ', 'en')).toEqual([]);
  });

  it('treats an ellipsis before a capital as an end and before a lower-case word as a pause', () => {
    expect(sentences('He waited... and waited. Nothing came... Then the door opened.', 'en')).toEqual(['He waited... and waited.', 'Nothing came...', 'Then the door opened.']);
  });
});
