/**
 * Paragraph to sentences, for any of Parallax's languages. A sentence ends at `.` `!` `?` `…`
 * (and `。` `！` `？` `؟` `۔` `।` `׃`), together with the closing quotes and brackets that follow
 * it, unless what follows shows it did not end:
 *
 * - a full stop inside a number (`1.4`, `3.000`), or after an abbreviation (`Dr.`, `z.B.`, `etc.`,
 *   `M.` before a name) or an initial (`G. O. Dyhrenfurth`);
 * - a German ordinal (`am 3. Mai`), or an enumeration number opening the sentence (`1. Vom …`);
 * - a lower-case word next (`etc. and`, `« Stop ! » dit-il`): in scripts with case, a sentence
 *   starts with a capital, a digit, a quote or a bracket; scripts without case (Hebrew, Arabic,
 *   Chinese…) only need the mark, and Chinese and Japanese marks need no space after them.
 *
 * Offsets are UTF-16 offsets into the paragraph; each sentence is trimmed of surrounding spaces.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

const latinEnds = new Set(['.', '!', '?', '…', '؟', '۔', '।', '׃', '‼', '⁇', '⁈', '⁉']);
/** Marks of scripts written without spaces: a sentence ends there even with no space after. */
const wideEnds = new Set(['。', '！', '？', '｡']);
const closers = new Set(['"', "'", '”', '’', '»', '›', '」', '』', '）', ')', ']', '}', '〕', '】', '״']);
/** Closing marks that never open anything, so they may follow a space. */
const spacedClosers = new Set(['»', '›', '”', '」', '』']);
const openers = /["'“‘«‹„「『（(\[{〔【¿¡—–-]/u;
const upper = /\p{Lu}|\p{Lt}/u;
const lower = /\p{Ll}/u;
const letter = /\p{L}/u;
const digit = /\p{Nd}/u;
const space = /\s/u;

/**
 * Words that end in a full stop without ending a sentence, folded to lower case, without their
 * final stop. Common abbreviations of the languages Parallax reads; an unknown one costs at most
 * a sentence split in two.
 */
const abbreviations = new Set(
  (
    // English
    'mr mrs ms dr prof sr jr st vs etc e.g i.e inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec no nos fig figs gen gov sen rep rev u.s u.k u.n a.m p.m approx dept est vol ed eds al cf ca ' +
    // French
    'm mm mme mmes mlle mlles me pr ste av apr j.-c c.-à-d p pp n° vol éd chap env ' +
    // German
    'z.b u.a bzw nr s dr usw vgl evtl ggf inkl d.h u.ä str jh jhd hr fr bd abb ff mio mrd ' +
    // Spanish, Italian, Portuguese
    'sra srta ud uds dña sig pag núm sto sta'
  ).split(' '),
);

const germanMonths = /^(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\b/iu;

export function splitSentences(text: string, language: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const wide = wideEnds.has(char);
    if (!wide && !latinEnds.has(char)) {
      i++;
      continue;
    }
    // The whole run of marks (`?!`, `...`), then the quotes and brackets that close with it.
    let end = i + 1;
    while (end < text.length && (latinEnds.has(text[end]!) || wideEnds.has(text[end]!))) end++;
    for (;;) {
      while (end < text.length && closers.has(text[end]!)) end++;
      // French sets a space before its closing guillemet: `! »`.
      let after = end;
      while (after < text.length && space.test(text[after]!)) after++;
      if (after > end && after < text.length && spacedClosers.has(text[after]!)) end = after;
      else break;
    }
    if (wide || endsHere(text, start, i, end, language)) {
      push(spans, text, start, end);
      start = end;
    }
    i = end;
  }
  push(spans, text, start, text.length);
  return spans;
}

function push(spans: SentenceSpan[], text: string, from: number, to: number): void {
  while (from < to && space.test(text[from]!)) from++;
  while (to > from && space.test(text[to - 1]!)) to--;
  if (to > from) spans.push({ start: from, end: to });
}

/** Whether the marks at [mark, end) close the sentence that began at `start`. */
function endsHere(text: string, start: number, mark: number, end: number, language: string): boolean {
  // Something must follow, after a space.
  let next = end;
  while (next < text.length && space.test(text[next]!)) next++;
  if (next === text.length) return true;
  if (next === end) return false;
  const following = text[next]!;
  if (text[mark] === '.' && end === mark + 1 && !fullStopEnds(text, start, mark, next, language)) return false;
  if (lower.test(following)) return false;
  return upper.test(following) || digit.test(following) || openers.test(following) || (letter.test(following) && !lower.test(following)) || !letter.test(following);
}

/** A single full stop followed by a space: a sentence end, unless the word before it says otherwise. */
function fullStopEnds(text: string, start: number, mark: number, next: number, language: string): boolean {
  let wordStart = mark;
  while (wordStart > start && !space.test(text[wordStart - 1]!) && !openers.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, mark);
  const folded = word.toLowerCase();
  if (abbreviations.has(folded)) return false;
  // An initial: one capital letter (`G.` in `G. O. Dyhrenfurth`).
  if (/^\p{Lu}$/u.test(word)) return false;
  // Dotted abbreviations (`U.S.`, `z.B.`, `d.h.`): letters with a stop inside.
  if (/^(\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word) && word.length <= 8) return false;
  if (/^\p{Nd}{1,3}$/u.test(word)) {
    // An enumeration opening the sentence: `1. Vom Kangchendzönga …`.
    if (text.slice(start, wordStart).trim() === '') return false;
    // A German ordinal date: `am 3. Mai`.
    if (language === 'de' && germanMonths.test(text.slice(next))) return false;
  }
  return true;
}
