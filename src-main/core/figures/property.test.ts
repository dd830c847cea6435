/**
 * Property tests: on random text mixing every script Parallax reads, extraction never throws,
 * every span lies inside the text and on grapheme boundaries, figures are sorted and disjoint,
 * and extraction and linking are deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.js';
import { extractNumbers } from './extract-numbers.js';
import { linkFigures } from './link-figures.js';

const pieces = [
  // number words and scale words of every language
  'one', 'eight', 'hundred', 'million', 'billion', 'trillion', 'dozens', 'half', 'and', 'a', 'of', 'point', 'minus', 'times', 'percent', 'weeks', 'tripled',
  'un', 'une', 'trois', 'quatre-vingt', 'mille', 'milliards', 'billion', 'de', 'pour cent', 'et', 'demi', 'centaines',
  'uno', 'dos', 'mil', 'millones', 'y', 'con', 'medio', 'por ciento', 'ein', 'zweihundert', 'Millionen', 'Mrd.', 'Prozent', 'und',
  'אחד', 'שלוש', 'מאות', 'מיליון', 'טריליון', 'ו', 'ב-', 'ל', 'פי', 'אחוז', 'דולר', 'ש"ח', 'בין', 'עד', 'מ', 'כ-', 'וחצי', 'מאי',
  'واحد', 'خمسة', 'وعشرين', 'مليار', 'دولار', 'مئات', 'الملايين',
  '一', '两', '十', '百', '千', '万', '亿', '万亿', '点', '分之', '又', '成', '折', '美元', '元', '年', '月', '日', '负', '余', '个百分点', '百分之', '四川', '一切',
  // digits, separators and symbols of every locale
  '1', '4', '0', '2025', '1.4', '1,4', '1 400', '1\u202f400', "1'400", '1,400,000', '1.400.000', '٣٫٥', '3ر5', '١٬٢٠٠', '４，５６５', '½', '3/4', '1e10', '2^5',
  '$', 'US$', '€', '£', '¥', '₪', '%', '％', '٪', '×', 'x', '-', '–', '/', '.', ',', "'", '’', '"', '״', '(', ')', ':', '?', '!',
  'GPT-4o', 'Gemini 3', 'gpt-oss-120b', 'COVID-19', 'A320', 'https://example.com/20%25', 'December', 'janvier',
  // spaces and hostile characters
  ' ', ' ', '  ', '\u00a0', '\u202f', '\u2009', '\n', '\r\n', '\t', '\u200d', '\u0301', '\u05b8', '\u064e', '\ufe0f', '\u20e3', '\u0600',
  '😀', '👍🏽', '🇫🇷', '𝟙', '\u{1F600}', 'é', 'e\u0301', 'ß', 'İ', 'Ⅻ', '\u0000', '\uffff', '\ud800',
];

const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(text, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
const language = fc.constantFrom('en', 'fr', 'he', 'ar', 'zh', 'es', 'de', 'und', 'en-US', '', 'xx');

function boundaries(s: string): Set<number> {
  const set = new Set<number>([0, s.length]);
  for (const seg of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)) set.add(seg.index);
  return set;
}

describe('figure extraction on random text', () => {
  it('never throws, and spans lie inside the text, on grapheme boundaries, sorted and disjoint', () => {
    fc.assert(
      fc.property(anyText, language, (s, lang) => {
        const figures = extractFigures(s, lang);
        const b = boundaries(s);
        let last = 0;
        for (const f of figures) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(f.lead).toBeLessThanOrEqual(f.start);
          expect(f.lead).toBeGreaterThanOrEqual(0);
          expect(f.text).toBe(s.slice(f.start, f.end));
          expect(b.has(f.start), `start ${f.start} of ${JSON.stringify(f.text)} in ${JSON.stringify(s)}`).toBe(true);
          expect(b.has(f.end), `end ${f.end} of ${JSON.stringify(f.text)} in ${JSON.stringify(s)}`).toBe(true);
          expect(b.has(f.lead)).toBe(true);
          expect(f.confidence).toBeGreaterThan(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          if (typeof f.value === 'number') expect(Number.isNaN(f.value)).toBe(false);
          last = f.end;
        }
        for (const m of extractNumbers(s, lang)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
      { numRuns: Number(process.env.FIGURES_RUNS ?? 3000) },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, language, (s, lang) => {
        expect(extractFigures(s, lang)).toEqual(extractFigures(s, lang));
        expect(extractNumbers(s, lang)).toEqual(extractNumbers(s, lang));
      }),
      { numRuns: 500 },
    );
  });

  it('links any figures deterministically, giving each one a group', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, language), { maxLength: 6 }), (docs) => {
        const items = docs.flatMap(([s, lang], d) => extractFigures(s, lang).map((figure, i) => ({ key: `${d}:${i}`, figure, source: String(d) })));
        const a = linkFigures(items);
        expect(linkFigures(items)).toEqual(a);
        const linkable = items.filter((x) => x.figure.kind === 'name' || x.figure.iso !== null || (x.figure.value !== null && !(typeof x.figure.value === 'object' && (x.figure.value.min === null || x.figure.value.max === null))));
        for (const x of linkable) expect(a.groupOf[x.key]).toBeDefined();
        const ids = a.groups.map((g) => g.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });
});
