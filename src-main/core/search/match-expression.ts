/**
 * Compiles a parsed query into an FTS5 MATCH expression over the index forms, and into the sets
 * of forms a highlight accepts. Every term is double-quoted (terms hold letters, marks and digits
 * only), so nothing a person typed can be read as FTS5 syntax.
 */
import { indexedForms, indexForm, indexPrefix, prefixedForms } from './morphology.js';
import type { ParsedQuery, TermClause } from './query-parser.js';

export interface CompiledClause {
  clause: TermClause;
  /** For each term of the clause, the forms a token may take to match it. */
  accepted: Array<Set<string>>;
  expression: string;
}

export interface CompiledQuery {
  match: string;
  /** Clauses to highlight: all required ones. */
  highlight: CompiledClause[];
}

/**
 * Whether the index holds a term at all. A Hebrew or Arabic word asks for dozens of prefixed
 * forms, of which a library usually holds a handful; FTS5 scores every phrase of the expression for
 * every matching row, so forms that occur nowhere only cost time, and leaving them out changes
 * nothing else: they match no row and add nothing to any score.
 */
export type IndexedTerm = (form: string) => boolean;

export function compileQuery(query: ParsedQuery, stemLanguages: readonly string[], isIndexed?: IndexedTerm): CompiledQuery | null {
  if (query.required.length === 0) return null;
  const groups = query.required.map((group) => group.map((clause) => compileClause(clause, stemLanguages, isIndexed)));
  let match = groups.map((group) => (group.length === 1 ? group[0]!.expression : `(${group.map((c) => c.expression).join(' OR ')})`)).join(' AND ');
  if (query.excluded.length) {
    match = `(${match}) NOT (${query.excluded.map((clause) => compileClause(clause, stemLanguages, isIndexed).expression).join(' OR ')})`;
  }
  return { match, highlight: groups.flat() };
}

export function compileClause(clause: TermClause, stemLanguages: readonly string[], isIndexed?: IndexedTerm): CompiledClause {
  const star = clause.prefix ? '*' : '';
  if (clause.terms.length === 1) {
    let forms = new Set<string>();
    for (const form of prefixedForms(clause.terms[0]!)) for (const indexed of indexedForms(form, stemLanguages, clause.prefix)) forms.add(indexed);
    // Prefixes are not checked: finding whether any term starts with one costs what the search does.
    if (isIndexed && !clause.prefix && forms.size > 1) {
      const present = [...forms].filter(isIndexed);
      // A clause none of whose forms occurs still needs an expression: its first form, matching nothing.
      forms = new Set(present.length > 0 ? present : [...forms].slice(0, 1));
    }
    return { clause, accepted: [forms], expression: alternatives([...forms].map((form) => `"${form}"${star}`)) };
  }
  // A phrase: the words as typed, and the phrase stemmed as a whole in each stemmed language.
  const phrases = new Map<string, string[]>();
  phrases.set(clause.terms.join(' '), clause.terms);
  for (const language of stemLanguages) {
    const last = clause.terms.length - 1;
    const stemmed = clause.terms.map((term, k) => (clause.prefix && k === last ? indexPrefix(term, language) : indexForm(term, language)));
    phrases.set(stemmed.join(' '), stemmed);
  }
  const accepted = clause.terms.map((_, k) => new Set([...phrases.values()].map((terms) => terms[k]!)));
  return { clause, accepted, expression: alternatives([...phrases.keys()].map((phrase) => `"${phrase}"${star}`)) };
}

function alternatives(items: string[]): string {
  return items.length === 1 ? items[0]! : `(${items.join(' OR ')})`;
}
