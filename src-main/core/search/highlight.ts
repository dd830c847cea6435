/**
 * Where a query's clauses lie in a paragraph, found with the same tokeniser and word forms that
 * built the index: a phrase lights up from its first word's start to its last word's end, so
 * `GPT-4o` or `d’OpenAI` is highlighted whole, never half a word.
 */
import type { CompiledClause } from './match-expression.js';
import { indexForm } from './morphology.js';
import { foldText } from '../text/fold.js';
import { tokenize } from './tokenizer.js';

export interface Range {
  start: number;
  end: number;
}

export interface ParagraphHighlights {
  ranges: Range[];
  /** How many of the query's clauses occur in the paragraph: the best paragraph has the most. */
  clausesMatched: number;
}

export function findHighlights(text: string, language: string, clauses: readonly CompiledClause[]): ParagraphHighlights {
  if (!mayContain(text, clauses)) return { ranges: [], clausesMatched: 0 };
  const tokens = tokenize(text, language, singleWords(clauses) ? { skipDictionaryRun: (run) => !holdsNeedle(run, clauses) } : {});
  const forms = tokens.map((token) => {
    const stemmed = indexForm(token.term, language);
    return stemmed === token.term ? [token.term] : [token.term, stemmed];
  });
  const ranges: Range[] = [];
  let clausesMatched = 0;
  for (const compiled of clauses) {
    const width = compiled.accepted.length;
    let found = false;
    for (let i = 0; i + width <= tokens.length; i++) {
      let all = true;
      for (let k = 0; k < width && all; k++) all = tokenMatches(forms[i + k]!, compiled.accepted[k]!, compiled.clause.prefix && k === width - 1);
      if (all) {
        ranges.push({ start: tokens[i]!.start, end: tokens[i + width - 1]!.end });
        found = true;
      }
    }
    if (found) clausesMatched++;
  }
  return { ranges: mergeRanges(ranges), clausesMatched };
}

/**
 * Tokenising every paragraph of every hit is most of a search's time; a paragraph whose folded
 * text holds no clause's first word (a stem shortened by two letters: `happi` comes from `happy`)
 * cannot match, and is skipped.
 */
function mayContain(text: string, clauses: readonly CompiledClause[]): boolean {
  const folded = foldText(text);
  for (const needle of needlesOf(clauses)) if (folded.includes(needle)) return true;
  return false;
}

/**
 * A clause of one word matches one token, and a token never spans two runs of Han, kana or Thai
 * (each run is segmented on its own), so with only such clauses, a run holding none of the
 * needles holds no match and need not be segmented, the costliest step of highlighting Chinese.
 */
function singleWords(clauses: readonly CompiledClause[]): boolean {
  return clauses.every((clause) => clause.accepted.length === 1);
}

function holdsNeedle(run: string, clauses: readonly CompiledClause[]): boolean {
  const folded = foldText(run);
  return needlesOf(clauses).some((needle) => folded.includes(needle));
}

const needlesByClauses = new WeakMap<readonly CompiledClause[], string[]>();

/**
 * The strings whose presence `mayContain` looks for, worked out once per query rather than once
 * per paragraph. A needle holding another needle adds nothing (where it occurs, so does the
 * other), so only the shortest remain: the dozens of prefixed forms of a Hebrew or Arabic word
 * (`לתחרות`, `והתחרות`…) all hold the word itself, and one needle stands for them all.
 */
function needlesOf(clauses: readonly CompiledClause[]): string[] {
  let needles = needlesByClauses.get(clauses);
  if (needles) return needles;
  const all = new Set<string>();
  for (const { accepted } of clauses) {
    for (const form of accepted[0] ?? []) {
      const marked = form.charCodeAt(0) >= 0xe000 && form.charCodeAt(0) <= 0xf8ff;
      all.add(marked ? form.slice(1, Math.max(3, form.length - 2)) : form);
    }
  }
  needles = [];
  for (const needle of [...all].sort((a, b) => a.length - b.length)) if (!needles.some((kept) => needle.includes(kept))) needles.push(needle);
  needlesByClauses.set(clauses, needles);
  return needles;
}

function tokenMatches(forms: readonly string[], accepted: ReadonlySet<string>, prefix: boolean): boolean {
  for (const form of forms) {
    if (accepted.has(form)) return true;
    if (prefix) for (const wanted of accepted) if (form.startsWith(wanted)) return true;
  }
  return false;
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
    while (start < text.length && /[\p{M}\uDC00-\uDFFF]/u.test(text[start]!)) start++;
  }
  if (end < text.length) {
    const space = text.indexOf(' ', end);
    end = space >= 0 && space - end < 30 ? space : end;
    if (/[\uD800-\uDBFF]/u.test(text[end - 1] ?? '')) end--;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const inside = ranges.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { snippet: prefix + text.slice(start, end) + suffix, ranges: inside };
}
