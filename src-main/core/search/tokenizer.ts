/**
 * The one tokeniser shared by the index and the query, so that what is typed matches what was
 * written. Terms are folded (text/fold.ts) and keep the UTF-16 span of their original surface, so a
 * highlight covers the word as written (`d’OpenAI`, `manœuvre`), never half of it.
 *
 * Scripts written with spaces are scanned by hand, one code point at a time with cached character
 * classes, which is about twenty times faster than `Intl.Segmenter` over whole paragraphs; runs of
 * scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) go to `Intl.Segmenter`,
 * whose dictionaries cut them into words.
 *
 * FTS5 cannot call a JavaScript tokeniser through better-sqlite3, so the index stores these terms
 * separated by spaces and FTS5's `unicode61` only splits them there: every term is made of
 * letters, marks and digits alone.
 */
import { foldCodePoint } from '../text/fold.js';

export interface Token {
  /** The folded search term. */
  term: string;
  /** UTF-16 offsets of the original surface in the text. */
  start: number;
  end: number;
}

// Character classes, as plain numbers so the hot loops compare small integers.
type CharClass = number;
const Unknown = 0;
const Other = 1;
const Word = 2;
const Mark = 3;
/** A letter of a script written without spaces: segmented by dictionary. */
const Dictionary = 4;
/** ' ’ ʼ ‘: elision, clitics, and geresh typed as an apostrophe. */
const Apostrophe = 5;
/** " ״ ׳: inside Hebrew acronyms (ש"ח) and transliterations (ג׳). */
const Quote = 6;

const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, CharClass>();
const wordPattern = /[\p{L}\p{N}]/u;
const markPattern = /\p{M}/u;
const dictionaryPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function classify(codePoint: number): CharClass {
  const char = String.fromCodePoint(codePoint);
  if (char === "'" || char === '’' || char === 'ʼ' || char === '‘') return Apostrophe;
  if (char === '"' || char === '״' || char === '׳') return Quote;
  if (markPattern.test(char)) return Mark;
  if (dictionaryPattern.test(char) && /\p{L}/u.test(char)) return Dictionary;
  if (wordPattern.test(char)) return Word;
  return Other;
}

function classOf(codePoint: number): CharClass {
  if (codePoint < 0x10000) {
    let cls = bmpClasses[codePoint]!;
    if (cls === Unknown) bmpClasses[codePoint] = cls = classify(codePoint);
    return cls;
  }
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) astralClasses.set(codePoint, (cls = classify(codePoint)));
  return cls;
}

// ASCII needs no lookups at all.
for (let c = 0; c < 128; c++) bmpClasses[c] = classify(c);

/** Clitics after an apostrophe that carry no search meaning (English possessive and contractions). */
const trailingClitics = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);
/** Elided articles and pronouns before an apostrophe (French, Italian, Catalan…): short by nature. */
const longerElisions = new Set(['qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'quelqu', 'dell', 'dall', 'nell', 'sull', 'all', 'coll']);
const latinWord = /^\p{Script=Latin}{1,6}$/u;
const graphemeExtender = /[\p{Grapheme_Extend}\u200d\p{Emoji_Modifier}]/u;

export interface TokenizeOptions {
  /**
   * Runs of Han, kana, Thai… for which this answers true are skipped, unsegmented: a highlighter
   * that knows no match can lie in a run spares `Intl.Segmenter`, the tokeniser's costliest step.
   */
  skipDictionaryRun?: (run: string) => boolean;
}

export function tokenize(text: string, language?: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    let codePoint = text.charCodeAt(i);
    if (codePoint < 0x80 && bmpClasses[codePoint] === Other) {
      i++;
      continue;
    }
    if (codePoint >= 0xd800 && codePoint < 0xdc00) codePoint = text.codePointAt(i)!;
    const cls = classOf(codePoint);
    if (cls === Word) i = scanWord(text, i, tokens);
    else if (cls === Dictionary) i = scanDictionaryRun(text, i, language, tokens, options.skipDictionaryRun);
    else i += codePoint > 0xffff ? 2 : 1;
  }
  return tokens;
}

/** Folded terms only, in order. */
export function termsOf(text: string, language?: string): string[] {
  return tokenize(text, language).map((token) => token.term);
}

/**
 * A word: letters, digits and marks, with apostrophes and quotes inside it (not at its edges).
 * Anything else (the point of `1.4`, the hyphen of `GPT-4o`) ends it; a phrase query cut the same
 * way puts the parts back together.
 */
function scanWord(text: string, from: number, out: Token[]): number {
  let term = '';
  let i = from;
  let end = from;
  // Where the last apostrophe's left side began in `term`, for elision and clitics.
  let apostropheAt = -1;
  let termBeforeApostrophe = '';
  const surfaceStart = from;
  // Plain ASCII words (most of any Latin-script text) are lower-cased in one call at the end.
  let ascii = true;
  while (i < text.length) {
    let codePoint = text.charCodeAt(i);
    if (ascii && codePoint < 0x80 && bmpClasses[codePoint] === Word) {
      // The hot loop: ASCII letters and digits.
      i++;
      end = i;
      continue;
    }
    if (codePoint >= 0xd800 && codePoint < 0xdc00) codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const cls = classOf(codePoint);
    if (cls === Word || cls === Mark) {
      if (codePoint >= 0x80) {
        if (ascii) term = text.slice(apostropheAt < 0 ? from : apostropheAt, i).toLowerCase();
        ascii = false;
      }
      if (!ascii) term += foldCodePoint(codePoint);
      i += width;
      end = i;
      continue;
    }
    if ((cls === Apostrophe || cls === Quote) && i + width < text.length) {
      const next = text.codePointAt(i + width)!;
      if (classOf(next) === Word) {
        if (ascii) term = text.slice(apostropheAt < 0 ? from : apostropheAt, i).toLowerCase();
        ascii = false;
        if (cls === Apostrophe) {
          // A short Latin word before the apostrophe is an elided article (l’, d’, qu’): drop it
          // from the term but keep it in the highlighted surface.
          const before = text.slice(apostropheAt < 0 ? from : apostropheAt, i);
          if (latinWord.test(before) && (before.length <= 2 || longerElisions.has(before.toLowerCase()))) {
            term = '';
            apostropheAt = i + width;
          } else {
            termBeforeApostrophe = term;
            apostropheAt = i + width;
          }
        }
        i += width;
        continue;
      }
    }
    break;
  }
  if (ascii) term = text.slice(from, end).toLowerCase();
  // A joiner or a modifier after the last letter belongs to its grapheme: the span takes it along.
  while (end < text.length && graphemeExtender.test(String.fromCodePoint(text.codePointAt(end)!))) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  // A clitic after the last apostrophe (OpenAI's, isn't) is dropped from the term.
  if (termBeforeApostrophe && apostropheAt >= 0 && trailingClitics.has(text.slice(apostropheAt, end).toLowerCase())) term = termBeforeApostrophe;
  if (term) out.push({ term, start: surfaceStart, end });
  return Math.max(end, from + 1);
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

/** A run of Han, kana, Thai…: cut into words by the ICU dictionary behind `Intl.Segmenter`. */
function scanDictionaryRun(text: string, from: number, language: string | undefined, out: Token[], skip?: (run: string) => boolean): number {
  let i = from;
  while (i < text.length) {
    const codePoint = text.codePointAt(i)!;
    const cls = classOf(codePoint);
    if (cls !== Dictionary && cls !== Mark) break;
    i += codePoint > 0xffff ? 2 : 1;
  }
  if (skip?.(text.slice(from, i))) return i;
  for (const segment of segmenterFor(language).segment(text.slice(from, i))) {
    if (!segment.isWordLike) continue;
    let term = '';
    for (const char of segment.segment) term += foldCodePoint(char.codePointAt(0)!);
    let end = from + segment.index + segment.segment.length;
    while (end < text.length && graphemeExtender.test(String.fromCodePoint(text.codePointAt(end)!))) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    if (term) out.push({ term, start: from + segment.index, end });
  }
  return i;
}
