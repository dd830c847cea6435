/**
 * Turns what a person typed into a query the index can run. Nothing typed ever reaches FTS5 raw:
 * every word goes through the shared tokeniser and comes out as quoted terms, so an unbalanced
 * quote, a lone `AND`, `NEAR(`, `*` or a NUL byte is just text.
 *
 * Syntax: words (all must match), "a phrase", prefix*, -excluded, a OR b, and the filters
 * lang:he, outlet:name (or outlet:"two words"), after:2025-01-01, before:2025-12 .
 */
import { tokenize } from './tokenizer.js';

export interface TermClause {
  /** Folded terms; more than one is a phrase (a typed `GPT-4o` is the phrase `gpt 4o`). */
  terms: string[];
  prefix: boolean;
}

export interface QueryFilters {
  languages: string[];
  outlets: string[];
  /** Inclusive ISO date bounds on the published date. */
  after: string | null;
  before: string | null;
}

export interface ParsedQuery {
  /** All groups must match; inside a group, any clause (the group came from `a OR b`). */
  required: TermClause[][];
  excluded: TermClause[];
  filters: QueryFilters;
}

const maxQueryLength = 1_000;
const maxClauses = 32;

interface RawPart {
  text: string;
  quoted: boolean;
  negated: boolean;
}

export function parseQuery(input: string): ParsedQuery {
  const query: ParsedQuery = { required: [], excluded: [], filters: { languages: [], outlets: [], after: null, before: null } };
  // Control characters (NUL included) are never meaningful in a query.
  const text = input.slice(0, maxQueryLength).replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  let pendingOr = false;
  for (const part of splitParts(text)) {
    if (!part.quoted && !part.negated && part.text === 'OR') {
      pendingOr = query.required.length > 0;
      continue;
    }
    if (!part.quoted && applyFilter(part.text, query.filters)) continue;
    const clause = toClause(part);
    if (!clause) continue;
    if (part.negated) {
      if (query.excluded.length < maxClauses) query.excluded.push(clause);
    } else if (pendingOr) {
      query.required.at(-1)!.push(clause);
    } else if (query.required.length < maxClauses) {
      query.required.push([clause]);
    }
    pendingOr = false;
  }
  return query;
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.required.length === 0;
}

function splitParts(text: string): RawPart[] {
  const parts: RawPart[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/u.test(text[i]!)) i++;
    if (i >= text.length) break;
    let negated = false;
    if (text[i] === '-' && i + 1 < text.length && !/\s/u.test(text[i + 1]!)) {
      negated = true;
      i++;
    }
    if (text[i] === '"' || text[i] === '“' || text[i] === '„' || text[i] === '«') {
      const close = text[i] === '«' ? '»' : /["”“]/u;
      i++;
      let end = i;
      while (end < text.length && !(typeof close === 'string' ? text[end] === close : close.test(text[end]!))) end++;
      // An unbalanced quote runs to the end of the query.
      parts.push({ text: text.slice(i, end) + (text[end + 1] === '*' ? '*' : ''), quoted: true, negated });
      i = end + 1;
      if (text[i] === '*') i++;
      continue;
    }
    let end = i;
    // A filter's quoted value stays with its key: outlet:"Le Monde".
    while (end < text.length && !/\s/u.test(text[end]!)) {
      if (text[end] === '"' && text[end - 1] === ':') {
        const closing = text.indexOf('"', end + 1);
        end = closing < 0 ? text.length : closing + 1;
      } else end++;
    }
    parts.push({ text: text.slice(i, end), quoted: false, negated });
    i = end;
  }
  return parts;
}

function toClause(part: RawPart): TermClause | null {
  const prefix = part.text.endsWith('*');
  const terms = tokenize(prefix ? part.text.slice(0, -1) : part.text).map((token) => token.term);
  if (terms.length === 0) return null;
  return { terms: terms.slice(0, 16), prefix };
}

const filterPattern = /^(lang|language|outlet|after|before):(.+)$/iu;

function applyFilter(text: string, filters: QueryFilters): boolean {
  const match = filterPattern.exec(text);
  if (!match) return false;
  const key = match[1]!.toLowerCase();
  const value = match[2]!.replace(/^"|"$/gu, '').trim();
  if (!value) return false;
  if (key === 'lang' || key === 'language') {
    const code = value.toLowerCase();
    if (/^[a-z]{2,3}$/u.test(code)) filters.languages.push(code);
    return true;
  }
  if (key === 'outlet') {
    filters.outlets.push(value.toLowerCase());
    return true;
  }
  const date = normaliseDateBound(value, key === 'after' ? 'start' : 'end');
  if (date) filters[key as 'after' | 'before'] = date;
  return true;
}

/** `2025` → 2025-01-01 or 2025-12-31; `2025-03` → 2025-03-01 or 2025-03-31. */
function normaliseDateBound(value: string, side: 'start' | 'end'): string | null {
  const match = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/u.exec(value);
  if (!match) return null;
  const year = match[1]!;
  const month = match[2] ? match[2].padStart(2, '0') : side === 'start' ? '01' : '12';
  let day = match[3]?.padStart(2, '0');
  if (!day) day = side === 'start' ? '01' : String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
