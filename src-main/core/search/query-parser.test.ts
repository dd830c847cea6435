import { describe, expect, it } from 'vitest';
import { compileQuery } from './match-expression.js';
import { parseQuery } from './query-parser.js';

const toMatchExpression = (groups: ReturnType<typeof parseQuery>['required']) =>
  compileQuery({ required: groups, excluded: [], filters: { languages: [], outlets: [], after: null, before: null } }, [])?.match ?? '';

describe('parseQuery', () => {
  it('reads words, phrases, prefixes, exclusions and OR', () => {
    const q = parseQuery('gemini "code red" strat* -google anthropic OR claude');
    expect(q.required).toEqual([
      [{ terms: ['gemini'], prefix: false }],
      [{ terms: ['code', 'red'], prefix: false }],
      [{ terms: ['strat'], prefix: true }],
      [
        { terms: ['anthropic'], prefix: false },
        { terms: ['claude'], prefix: false },
      ],
    ]);
    expect(q.excluded).toEqual([{ terms: ['google'], prefix: false }]);
    expect(toMatchExpression(q.required)).toBe('"gemini" AND "code red" AND "strat"* AND ("anthropic" OR "claude")');
  });

  it('reads filters, including quoted outlet names and partial dates', () => {
    const q = parseQuery('altman lang:he outlet:"Le Monde" after:2025-03 before:2025');
    expect(q.filters).toEqual({ languages: ['he'], outlets: ['le monde'], after: '2025-03-01', before: '2025-12-31' });
    expect(q.required).toHaveLength(1);
  });

  it('treats FTS5 syntax as text', () => {
    for (const input of ['NEAR(', 'AND', '*', '"unbalanced', 'a AND OR b', '^x', 'col:umn', '\u0000', ')(']) {
      const expression = toMatchExpression(parseQuery(input).required);
      expect(expression).not.toMatch(/NEAR|\(\)|\^/u);
    }
    expect(parseQuery('   ').required).toEqual([]);
    expect(parseQuery('*').required).toEqual([]);
    expect(parseQuery('AND').required).toEqual([[{ terms: ['and'], prefix: false }]]);
  });

  it('keeps names with digits and symbols searchable as typed', () => {
    expect(parseQuery('GPT-4o').required).toEqual([[{ terms: ['gpt', '4o'], prefix: false }]]);
    expect(parseQuery('$1.4 trillion').required).toEqual([[{ terms: ['1', '4'], prefix: false }], [{ terms: ['trillion'], prefix: false }]]);
    expect(parseQuery('ש"ח').required).toEqual([[{ terms: ['שח'], prefix: false }]]);
  });

  it('bounds a 10,000-character query', () => {
    const q = parseQuery('word '.repeat(2_000));
    expect(q.required.length).toBeLessThanOrEqual(32);
  });
});
