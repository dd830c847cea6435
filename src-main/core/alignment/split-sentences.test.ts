import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceTexts, splitSentences } from './split-sentences.js';

describe('splitSentences', () => {
  it('returns trimmed UTF-16 spans into the text', () => {
    const text = '  The board met on Monday.  It approved the plan.  ';
    const spans = splitSentences(text, 'en');
    expect(spans).toEqual([
      { start: 2, end: 26 },
      { start: 28, end: 49 },
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['The board met on Monday.', 'It approved the plan.']);
  });

  it('keeps English abbreviations, initials and dotted acronyms inside the sentence', () => {
    expect(sentenceTexts('Dr. Smith met J. R. R. Tolkien in the U.S. in 1950. Mr. Jones, e.g. the editor, did not.', 'en')).toEqual([
      'Dr. Smith met J. R. R. Tolkien in the U.S. in 1950.',
      'Mr. Jones, e.g. the editor, did not.',
    ]);
  });

  it('reads decimals, thousands and percentages as numbers, and ends after them', () => {
    expect(sentenceTexts('Revenue reached $1,400.5 million, up 3.5 % on the year. Costs rose 1.4 times. Margins held.', 'en')).toEqual([
      'Revenue reached $1,400.5 million, up 3.5 % on the year.',
      'Costs rose 1.4 times.',
      'Margins held.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(sentenceTexts('He said: "We are late." Then he left (without a word.) The rest waited.', 'en')).toEqual([
      'He said: "We are late."',
      'Then he left (without a word.)',
      'The rest waited.',
    ]);
    expect(sentenceTexts('Elle a écrit : « Nous partons. » Personne n’a répondu. Il a dit “assez.” Fin.', 'fr')).toEqual([
      'Elle a écrit : « Nous partons. »',
      'Personne n’a répondu.',
      'Il a dit “assez.”',
      'Fin.',
    ]);
  });

  it('ends on question and exclamation marks, with the French space before them and after the quote', () => {
    expect(sentenceTexts('Vraiment ?! Oui. « Quelle surprise ! » Il est parti. « Qui ? » demanda-t-elle.', 'fr')).toEqual([
      'Vraiment ?!',
      'Oui.',
      '« Quelle surprise ! »',
      'Il est parti.',
      '« Qui ? » demanda-t-elle.',
    ]);
  });

  it('knows French abbreviations such as p. ex., M. and env.', () => {
    expect(sentenceTexts('Certains pays, p. ex. la Suisse, ont voté. M. Durand compte env. 300 voix. Le vote est clos.', 'fr')).toEqual([
      'Certains pays, p. ex. la Suisse, ont voté.',
      'M. Durand compte env. 300 voix.',
      'Le vote est clos.',
    ]);
  });

  it('knows German abbreviations and dotted ordinals', () => {
    expect(sentenceTexts('Am 3. Oktober stiegen wir z.B. mit Hrn. Meier auf ca. 4000 Meter. Das Wetter war gut. Es kostete 5 Mio. Franken.', 'de')).toEqual([
      'Am 3. Oktober stiegen wir z.B. mit Hrn. Meier auf ca. 4000 Meter.',
      'Das Wetter war gut.',
      'Es kostete 5 Mio. Franken.',
    ]);
  });

  it('does not split before a lower-case word, as after etc. or an ellipsis inside a sentence', () => {
    expect(sentenceTexts('Apples, pears etc. are sold here... and there. Then the shop closed… Nobody came.', 'en')).toEqual([
      'Apples, pears etc. are sold here... and there.',
      'Then the shop closed…',
      'Nobody came.',
    ]);
  });

  it('leaves URLs and e-mail addresses whole, and ends after a URL that ends a sentence', () => {
    expect(sentenceTexts('Read https://example.org/a.b?c=1. Write to press.office@example.co.uk. Or visit www.example.com. Done.', 'en')).toEqual([
      'Read https://example.org/a.b?c=1.',
      'Write to press.office@example.co.uk.',
      'Or visit www.example.com.',
      'Done.',
    ]);
  });

  it('splits Chinese and Japanese text at full-width stops without spaces', () => {
    expect(sentenceTexts('公司估值达到1.4万亿美元。投资者担心吗？他说：“不会！”然后离开了。', 'zh')).toEqual([
      '公司估值达到1.4万亿美元。',
      '投资者担心吗？',
      '他说：“不会！”',
      '然后离开了。',
    ]);
    expect(sentenceTexts('今日は晴れです。明日は雨でしょう！', 'ja')).toEqual(['今日は晴れです。', '明日は雨でしょう！']);
  });

  it('does not stop at Hebrew gershayim or geresh inside words', () => {
    expect(sentenceTexts('צה"ל הודיע כי העלות היא 5 מיליארד ש"ח. הרמטכ"ל ג\'ורג\' אמר זאת אתמול. "זה לא נגמר." כך נמסר.', 'he')).toEqual([
      'צה"ל הודיע כי העלות היא 5 מיליארד ש"ח.',
      'הרמטכ"ל ג\'ורג\' אמר זאת אתמול.',
      '"זה לא נגמר."',
      'כך נמסר.',
    ]);
  });

  it('ends a sentence at a line break and ignores blank text', () => {
    expect(sentenceTexts('A title without a stop\nA body line.', 'en')).toEqual(['A title without a stop', 'A body line.']);
    expect(splitSentences('   \n  ', 'en')).toEqual([]);
  });

  it('keeps "No. 5" but ends "said no." before a capital', () => {
    expect(sentenceTexts('He ranked No. 5 in the list. She said no. Then she left.', 'en')).toEqual(['He ranked No. 5 in the list.', 'She said no.', 'Then she left.']);
  });

  it('returns ordered, disjoint, trimmed spans that hold every non-space character, whatever the text', () => {
    const pieces = ['Dr.', ' ', 'J.', 'U.S.', '1.4', '3,5', '%', '."', '.»', ' »', '?!', '...', '…', '。', '！', '"', '\n', 'word', 'Mot', 'צה"ל', 'ש"ח', 'אלטמן', '中文', 'https://a.b/c.d', 'x@y.fr', '\u00a0', '(', ')'];
    const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join('')), fc.string({ maxLength: 80 }));
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'fr', 'de', 'he', 'zh', 'und'), (input, language) => {
        const spans = splitSentences(input, language);
        let previous = 0;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(input.slice(start, end)).toBe(input.slice(start, end).trim());
          previous = end;
        }
        const covered = spans.map((span) => input.slice(span.start, span.end)).join('');
        expect(covered.replace(/\s/gu, '')).toBe(input.replace(/\s/gu, ''));
      }),
      { numRuns: 500 },
    );
  });
});
