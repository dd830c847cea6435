/**
 * The one tokeniser shared by the index and the query. Words come from `Intl.Segmenter` (so Chinese,
 * Japanese and Thai, written without spaces, are cut into words), are folded (see text/fold.ts),
 * and keep the UTF-16 span of their original surface so a highlight covers the whole word as written.
 *
 * FTS5 cannot call a JavaScript tokeniser through better-sqlite3, so the index stores these folded
 * terms separated by spaces and FTS5's own `unicode61` only splits them at those spaces: every term
 * is made of letters, marks and digits alone.
 */
import { foldCodePoint } from '../text/fold.js';

export interface Token {
  /** The folded search term. */
  term: string;
  /** UTF-16 offsets of the original surface in the text. */
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string | undefined): Intl.Segmenter {
  const key = language && language !== 'und' ? language : 'und';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(key === 'und' ? undefined : key, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

const apostrophes = new Set(["'", '’', 'ʼ', '‘']);
// Quote marks inside a word are part of it: Hebrew acronyms (ש"ח, צה״ל) and geresh (ג'ורנל).
const wordInternalQuotes = new Set(['"', '״', '׳', "'", '’']);
// Clitics after an apostrophe that carry no search meaning (English possessive and contractions).
const trailingClitics = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);
// Elided articles and pronouns before an apostrophe (French, Italian, Catalan…): short by nature.
const leadingElisionMaxLength = 2;
const longerElisions = new Set(['qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'quelqu', 'dell', 'dall', 'nell', 'sull', 'all', 'coll']);

const isLetterOrDigit = /[\p{L}\p{N}]/u;
const isMark = /\p{M}/u;

export function tokenize(text: string, language?: string): Token[] {
  const tokens: Token[] = [];
  for (const segment of segmenterFor(language).segment(text)) {
    if (!segment.isWordLike) continue;
    splitWord(segment.segment, segment.index, tokens);
  }
  return tokens;
}

/** Folded terms only, for the index. */
export function termsOf(text: string, language?: string): string[] {
  return tokenize(text, language).map((token) => token.term);
}

function splitWord(word: string, offset: number, out: Token[]): void {
  const [from, to] = trimElisionAndClitics(word);
  let term = '';
  let start = -1;
  let end = -1;
  const runs: Array<{ term: string; start: number; end: number }> = [];
  const flush = () => {
    if (term) runs.push({ term, start, end });
    term = '';
    start = -1;
  };
  let i = from;
  while (i < to) {
    const codePoint = word.codePointAt(i)!;
    const char = String.fromCodePoint(codePoint);
    const width = char.length;
    if (isLetterOrDigit.test(char) || (isMark.test(char) && term)) {
      if (start < 0) start = i;
      term += foldCodePoint(codePoint);
      end = i + width;
    } else if (!(wordInternalQuotes.has(char) && term && i + width < to && isLetterOrDigit.test(word[i + width] ?? ''))) {
      // Any other mark inside a word-like segment (the point of "1.4", the hyphen of "GPT-4o")
      // separates terms; a phrase query tokenised the same way puts them back together.
      flush();
    }
    i += width;
  }
  flush();
  // The elided article and the clitic belong to the surface a person sees: `d’OpenAI` is highlighted whole.
  const first = runs[0];
  const last = runs.at(-1);
  if (first && from > 0) first.start = 0;
  if (last && to < word.length) last.end = word.length;
  for (const run of runs) out.push({ term: run.term, start: offset + run.start, end: offset + run.end });
}

/** Returns the [from, to) part of a word that carries meaning: `l’entreprise` → `entreprise`, `OpenAI's` → `OpenAI`. */
function trimElisionAndClitics(word: string): [number, number] {
  let from = 0;
  let to = word.length;
  for (let i = 0; i < word.length; i++) {
    if (!apostrophes.has(word[i]!)) continue;
    const before = word.slice(from, i).toLowerCase();
    const after = word.slice(i + 1).toLowerCase();
    if (i > from && after.length > 0 && trailingClitics.has(after)) {
      to = i;
      break;
    }
    if (before.length > 0 && (before.length <= leadingElisionMaxLength || longerElisions.has(before)) && /^\p{Script=Latin}+$/u.test(before)) {
      from = i + 1;
    }
  }
  return [from, to];
}
