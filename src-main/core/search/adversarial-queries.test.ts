/**
 * Whatever a person types, search answers: never an FTS5 syntax error, never an exception. The
 * queries are generated from fragments of FTS5 syntax, SQL, filters and hostile Unicode, combined.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTempLibrary, sampleFiles, type TempLibrary } from '../../../tests/support/temp-library.js';

const fragments = [
  '"', '""', '"unbalanced', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', 'NEAR(a b, 3)', '(', ')', ')(', '*', '**', 'a*', '*a', '^', '^gemini',
  ':', 'title_terms:', 'body_terms:gemini', '{title_terms body_terms}:x', '-', '--', '-"x', '+', '\u0000', '\u0007', '\uFEFF', '\u202E',
  '\u200F', '\u0301', '🙂', '👩‍👩‍👧', "'; DROP TABLE articles; --", 'SELECT * FROM', 'lang:', 'lang:xx-YY', 'outlet:', 'outlet:"', 'after:',
  'after:2025-13-45', 'before:0000', 'GPT-4o', '$1.4', 'ש"ח', 'ב־', 'ال', '万亿', 'l’', '’', 'OR OR', 'AND NOT', '%', '_', '\\', '\n\t',
];

function generatedQueries(): string[] {
  const queries = new Set<string>(fragments);
  // Pairs and triples of fragments, deterministic.
  for (let i = 0; i < fragments.length; i++) {
    queries.add(`${fragments[i]} gemini ${fragments[(i * 7 + 3) % fragments.length]}`);
    queries.add(`${fragments[(i * 5 + 1) % fragments.length]}${fragments[i]}${fragments[(i * 11 + 2) % fragments.length]}`);
    queries.add(`"${fragments[i]} ${fragments[(i * 3 + 5) % fragments.length]}`);
  }
  queries.add('a'.repeat(10_000));
  queries.add('gemini '.repeat(2_000));
  queries.add('"'.repeat(5_000));
  queries.add('('.repeat(1_000) + 'x');
  queries.add('\u0000'.repeat(100));
  queries.add('');
  queries.add('   ');
  return [...queries];
}

describe('adversarial queries', () => {
  let temp: TempLibrary;
  beforeAll(async () => {
    temp = createTempLibrary();
    await temp.library.importPaths(sampleFiles);
  });
  afterAll(() => temp.dispose());

  it('generates at least 200 of them', () => {
    expect(generatedQueries().length).toBeGreaterThanOrEqual(200);
  });

  it('all return without an error, and no FTS5 error is ever logged', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const query of generatedQueries()) {
        const result = temp.library.search(query);
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.hits.length).toBeLessThanOrEqual(20);
        const firstId = temp.library.listArticles()[0]!.id;
        expect(Array.isArray(temp.library.searchArticle(firstId, query))).toBe(true);
      }
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('answers an empty query with nothing, at once', () => {
    for (const query of ['', '   ', '\u0000', '*', '-', '"']) expect(temp.library.search(query)).toMatchObject({ total: 0, hits: [] });
  });
});
