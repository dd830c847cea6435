/**
 * Property tests (fast-check) for the text pipeline: segmentation, tokenisation, normalisation
 * and query parsing never throw on any text in any script; offsets stay inside the text and on
 * grapheme boundaries; normalisation is idempotent; search never errors for any query.
 * (Figure extraction has its own, in src-main/core/figures/property.test.ts.)
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { normalizeText } from '../../src-main/core/importing/decode.js';
import { segmentMarkdown, segmentPlainText } from '../../src-main/core/importing/segment.js';
import { compileQuery } from '../../src-main/core/search/match-expression.js';
import { parseQuery } from '../../src-main/core/search/query-parser.js';
import { tokenize } from '../../src-main/core/search/tokenizer.js';
import { foldText } from '../../src-main/core/text/fold.js';
import { createTempLibrary, sampleFiles, type TempLibrary } from '../support/temp-library.js';

const pieces = [
  'OpenAI', 'l’entreprise', "d'OpenAI", 'manœuvre', 'stratégique', 'ש"ח', 'ב־ChatGPT', 'ואנתרופיק', 'הסערה', 'الشركة', 'والمستثمرون', '٣٫٥',
  '谷歌发布了', 'Gemini 3', 'GPT-4o', '$1.4', 'trillion', 'ข่าว', 'новости', 'ελληνικά', '日本語の', 'カタカナ', 'e\u0301', '\u05b8', '\u064e',
  '👩‍👩‍👧', '🇫🇷', '👍🏽', '\u200d', '\u200f', '\u202e', '\u0000', '\ufeff', '\u00a0', '\u202f', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '•', '#', '## ',
  '"', '«', '»', '(', ')', '*', '-', 'OR', 'AND', 'NEAR(', 'lang:he', 'outlet:"x', 'after:2025', '.', ',', ':', '|', 'à lire',
];
const mixed = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(mixed, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
const language = fc.constantFrom('en', 'fr', 'he', 'ar', 'zh', 'ja', 'th', 'und', undefined);

function graphemeBoundaries(text: string): Set<number> {
  const set = new Set([0, text.length]);
  for (const segment of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) set.add(segment.index);
  return set;
}

describe('tokenisation', () => {
  it('never throws; tokens are ordered, non-empty, inside the text and on grapheme boundaries', () => {
    fc.assert(
      fc.property(anyText, language, (text, lang) => {
        const tokens = tokenize(text, lang);
        const boundaries = graphemeBoundaries(text);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(token.term.length).toBeGreaterThan(0);
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(boundaries.has(token.start)).toBe(true);
          expect(boundaries.has(token.end)).toBe(true);
          expect(token.term).not.toMatch(/\s/u);
          previousEnd = token.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('folds idempotently, and a folded text tokenises to the same terms', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldText(foldText(text))).toBe(foldText(text));
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('segmentation', () => {
  it('never throws, and every paragraph is trimmed, non-empty and of a known kind', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const text = normalizeText(raw);
        for (const paragraphs of [segmentPlainText(text), segmentMarkdown(text)]) {
          for (const paragraph of paragraphs) {
            expect(['title', 'heading', 'body', 'junk']).toContain(paragraph.kind);
            expect(paragraph.text.trim()).toBe(paragraph.text);
            expect(paragraph.text.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('query parsing and search', () => {
  let temp: TempLibrary;
  beforeAll(async () => {
    temp = createTempLibrary();
    await temp.library.importPaths(sampleFiles);
  });
  afterAll(() => temp.dispose());

  it('always compiles to quoted terms only', () => {
    fc.assert(
      fc.property(anyText, (query) => {
        const compiled = compileQuery(parseQuery(query), ['en', 'fr']);
        if (!compiled) return;
        // Outside double quotes, only operators, parentheses and prefix stars remain.
        const outside = compiled.match.replace(/"[^"]*"/gu, '');
        expect(outside).toMatch(/^[\s()*]*(?:(?:AND|OR|NOT)[\s()*]*)*$/u);
      }),
      { numRuns: 500 },
    );
  });

  it('never errors, whatever the query', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      fc.assert(
        fc.property(anyText, (query) => {
          const result = temp.library.search(query, 5);
          expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
        }),
        { numRuns: 300 },
      );
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});
