/**
 * Splits a paragraph into sentences, as UTF-16 spans `{start, end}` of the paragraph's text
 * (trimmed, never empty), so a view can highlight a sentence in place and an aligner can work on
 * sentences without losing the way back.
 *
 * A stop is `.` `?` `!` `…` (and `。` `！` `？`, which need no space after them), followed by any
 * closing quotes or brackets (`."` `.»` `.”` `.)`, and French `! »` with its space), then space or
 * the end. A `.` is not a stop after an abbreviation, an initial (`J. R. R.`, `U.S.`, `p. ex.`),
 * a German ordinal (`am 3. Oktober`), or before a lower-case word; dots and commas inside numbers
 * (`1.4`, `1,400.5`), URLs and e-mail addresses are never followed by a space and so never stops.
 * Hebrew gershayim and geresh (`ש"ח`, `צה"ל`) are quotes inside a word, not stops. A line break
 * always ends a sentence. The lists below are grammar (titles and abbreviations of each
 * language), not vocabulary of any text.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations that never end a sentence: titles before a name, and words before a quantity. */
const neverFinal = new Set([
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'capt', 'sgt', 'rev', 'hon', 'mt', 'vs', 'cf', 'approx', 'dept', 'est', 'fig', 'figs', 'ibid',
  // French
  'mm', 'mme', 'mmes', 'mlle', 'mlles', 'mgr', 'me', 'pr', 'ste', 'env', 'resp', 'ex', 'av', 'bd', 'cie', 'éd', 'chap',
  // German
  'hr', 'hrn', 'fr', 'frl', 'bzw', 'vgl', 'ca', 'evtl', 'ggf', 'inkl', 'exkl', 'mio', 'mrd', 'nr', 'str', 'abs', 'bd', 'dir', 'ing', 'dipl', 'sog', 'zb', 'zt', 'ua', 'usf', 'geb', 'gest',
  // Spanish and Italian, cheap to carry
  'sra', 'srta', 'dra', 'sig', 'dott', 'ing',
]);

/** Abbreviations that stand before a number (`No. 5`, `p. 12`, `art. 3`): not a stop when a digit follows. */
const beforeNumber = new Set(['no', 'nos', 'nr', 'p', 'pp', 'art', 'vol', 'n°', 'tel', 'tél', 'ch', 'sec', 'para', 'al', 'op', 'bd', 's']);

/** Languages that write their ordinals with a dot (`3. Oktober`, `21. století`). */
const dottedOrdinals = new Set(['de', 'da', 'nb', 'no', 'fi', 'cs', 'sk', 'hu', 'hr', 'sl', 'sr', 'is', 'et', 'lv', 'pl']);

const terminal = /[.!?…‼⁇⁈⁉؟。！？｡]+/gu;
const fullStops = /[。！？｡]/u;
const closers = '"\'”’»›)]}」』）》〕】״';
/** Closers French and others write after a space (`! »`); an ASCII quote could open the next sentence. */
const spacedClosers = '”’»›)]」』）》';
const spaces = /[\s\u00a0\u202f\u2009]/u;
const openers = '"\'“‘«‹([{「『（《¿¡-–—';
const lowercase = /\p{Ll}/u;
const uppercaseOrUncased = /[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u;

const urls = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+/giu;
const emails = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

export function splitSentences(text: string, language = 'und'): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const span of splitLine(line, language)) spans.push({ start: span.start + lineStart, end: span.end + lineStart });
    lineStart += line.length + 1;
  }
  return spans;
}

/** The text of each sentence, for callers that need no offsets. */
export function sentenceTexts(text: string, language = 'und'): string[] {
  return splitSentences(text, language).map((span) => text.slice(span.start, span.end));
}

function splitLine(line: string, language: string): SentenceSpan[] {
  const protectedSpans = protectedRanges(line);
  const ends: number[] = [];
  for (const match of line.matchAll(terminal)) {
    const at = match.index;
    const stop = match[0];
    if (protectedSpans.some(([from, to]) => at >= from && at < to)) continue;
    let end = at + stop.length;
    while (end < line.length && closers.includes(line[end]!)) end++;
    if (fullStops.test(stop)) {
      ends.push(end);
      continue;
    }
    end = spacedCloserEnd(line, end);
    if (end < line.length && !spaces.test(line[end]!)) continue;
    const next = nextStart(line, end);
    if (next === null) {
      ends.push(end);
      continue;
    }
    if (lowercase.test(next)) continue;
    if (/^\.+$/u.test(stop) && stop.length === 1 && !periodEnds(line, at, next, language)) continue;
    if (/^[.…]+$/u.test(stop) && stop !== '.' && !uppercaseOrUncased.test(next)) continue;
    ends.push(end);
  }
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const end of [...ends, line.length]) {
    const span = trimmed(line, from, end);
    if (span) spans.push(span);
    from = end;
  }
  return spans;
}

/** `! »`: a closer written after a space still belongs to the sentence it closes. */
function spacedCloserEnd(line: string, end: number): number {
  let i = end;
  while (i < line.length && spaces.test(line[i]!)) i++;
  if (i > end && i < line.length && spacedClosers.includes(line[i]!)) {
    i++;
    while (i < line.length && closers.includes(line[i]!)) i++;
    return i;
  }
  return end;
}

/** The first letter or digit after `from`, past spaces and opening quotes; null at the end. */
function nextStart(line: string, from: number): string | null {
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (spaces.test(c) || openers.includes(c)) continue;
    return c;
  }
  return null;
}

/** Whether a single `.` at `at`, followed by `next`, ends the sentence. */
function periodEnds(line: string, at: number, next: string, language: string): boolean {
  let wordStart = at;
  while (wordStart > 0 && !spaces.test(line[wordStart - 1]!)) wordStart--;
  let word = line.slice(wordStart, at);
  while (word.length && openers.includes(word[0]!)) word = word.slice(1);
  if (word === '') return true;
  // An initial (`J.`, `p.`) or a dotted abbreviation (`U.S`, `z.B`, `e.g`, `p.ex`).
  if (/^\p{L}$/u.test(word)) return false;
  if (/^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return false;
  const folded = word.toLowerCase();
  if (neverFinal.has(folded)) return false;
  if (beforeNumber.has(folded) && /\p{N}/u.test(next)) return false;
  if (dottedOrdinals.has(language.slice(0, 2)) && /^\d{1,2}$/u.test(word) && /\p{L}/u.test(next)) return false;
  return true;
}

function protectedRanges(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const pattern of [urls, emails]) {
    for (const match of line.matchAll(pattern)) {
      // A URL that ends a sentence leaves its final stop outside itself.
      const text = match[0].replace(/[.,;:!?)\]»”"']+$/u, '');
      ranges.push([match.index, match.index + text.length]);
    }
  }
  return ranges;
}

function trimmed(line: string, from: number, to: number): SentenceSpan | null {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(line[start]!)) start++;
  while (end > start && /\s/u.test(line[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
