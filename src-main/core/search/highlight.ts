/**
 * Where a query's clauses lie in a paragraph, by the same tokeniser that built the index: a phrase
 * lights up from its first word's start to its last word's end, so `GPT-4o` or `d’OpenAI` is
 * highlighted whole, never half a word.
 */
import type { TermClause } from './query-parser.js';
import { tokenize, type Token } from './tokenizer.js';

export interface Range {
  start: number;
  end: number;
}

export function findHighlights(text: string, language: string | undefined, clauses: readonly TermClause[]): Range[] {
  const tokens = tokenize(text, language);
  const ranges: Range[] = [];
  for (const clause of clauses) {
    for (let i = 0; i + clause.terms.length <= tokens.length; i++) {
      if (clauseMatchesAt(tokens, i, clause)) ranges.push({ start: tokens[i]!.start, end: tokens[i + clause.terms.length - 1]!.end });
    }
  }
  return mergeRanges(ranges);
}

function clauseMatchesAt(tokens: readonly Token[], at: number, clause: TermClause): boolean {
  return clause.terms.every((term, k) => {
    const token = tokens[at + k]!;
    const isLast = k === clause.terms.length - 1;
    return clause.prefix && isLast ? token.term.startsWith(term) : token.term === term;
  });
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * An excerpt of about `maxLength` characters around the first highlight, cut at word boundaries,
 * with the highlights re-expressed as offsets into the excerpt.
 */
export function makeSnippet(text: string, ranges: readonly Range[], maxLength = 220): { snippet: string; ranges: Range[] } {
  if (text.length <= maxLength) return { snippet: text, ranges: ranges.map((r) => ({ ...r })) };
  const first = ranges[0];
  let start = first ? Math.max(0, first.start - Math.floor(maxLength / 3)) : 0;
  let end = Math.min(text.length, start + maxLength);
  start = Math.max(0, Math.min(start, end - maxLength));
  // Move the cuts out of words: back to a space on the left, forward to one on the right.
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space >= 0 && start - space < 30 ? space + 1 : start;
    while (start < text.length && /\p{M}/u.test(text[start]!)) start++;
  }
  if (end < text.length) {
    const space = text.indexOf(' ', end);
    end = space >= 0 && space - end < 30 ? space : end;
    // Never split a surrogate pair.
    if (/[\uD800-\uDBFF]/u.test(text[end - 1] ?? '')) end--;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const inside = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { snippet: prefix + text.slice(start, end) + suffix, ranges: inside };
}
