/**
 * Which language a text is in, as a BCP 47 primary subtag. This module settles what script alone
 * already says; then ELD (Efficient Language Detector: 60 languages, n-gram tables, about ten
 * times faster than franc on news articles) answers when it is reliable, and franc (over 180
 * languages) answers the rest, its ISO 639-3 codes mapped to the two-letter codes people and the
 * rest of Parallax use.
 */
import { eld } from 'eld/medium';
import { francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3';
import type { ParagraphKind } from '../../api/contract.js';

export const undetermined = 'und';

/**
 * franc names individual languages (`arb`, `cmn`, `pes`) where ISO 639-1 has a code only for the
 * macrolanguage that contains them (`ar`, `zh`, `fa`): SIL's macrolanguage table, for the
 * individual languages franc knows.
 */
const macrolanguageOf: Record<string, string> = {
  arb: 'ar',
  cmn: 'zh',
  pes: 'fa',
  prs: 'fa',
  swh: 'sw',
  uzn: 'uz',
  zlm: 'ms',
  azj: 'az',
  plt: 'mg',
  als: 'sq',
  lvs: 'lv',
  ekk: 'et',
  npi: 'ne',
  khk: 'mn',
  pbu: 'ps',
  ydd: 'yi',
  ckb: 'ku',
  quz: 'qu',
  quy: 'qu',
  qug: 'qu',
  ayr: 'ay',
  fuv: 'ff',
  fuf: 'ff',
  knc: 'kr',
  kng: 'kg',
  src: 'sc',
};

/**
 * franc also knows many regional languages (Scots, Venetian, Pampanga…) that win on short English
 * or Italian text more often than they turn up in news. Keeping the candidates to languages with
 * an ISO 639-1 code, directly or through their macrolanguage, removes those false friends; the
 * languages that are alone in their script (Tamazight in Tifinagh, Santali…) stay allowed.
 */
const candidates: string[] = [
  ...Object.keys(iso6393To1),
  ...Object.keys(macrolanguageOf),
  'zgh',
  'sat',
  'aii',
];

export function toBcp47(code: string): string {
  if (code === undetermined) return undetermined;
  return macrolanguageOf[code] ?? iso6393To1[code] ?? code;
}

/** Scripts that name their language on their own, whatever franc's length limits. */
const scriptLanguages: Array<[string, string]> = [
  ['Hangul', 'ko'], ['Greek', 'el'], ['Thai', 'th'], ['Armenian', 'hy'], ['Georgian', 'ka'], ['Khmer', 'km'], ['Lao', 'lo'],
  ['Sinhala', 'si'], ['Tamil', 'ta'], ['Telugu', 'te'], ['Kannada', 'kn'], ['Malayalam', 'ml'], ['Gujarati', 'gu'],
  ['Gurmukhi', 'pa'], ['Tibetan', 'bo'],
];

/** What to say for text too short for statistics, by script, when one language dominates it. */
const shortTextDefaults: Array<[string, string]> = [
  ['Arabic', 'ar'], ['Cyrillic', 'ru'], ['Devanagari', 'hi'], ['Bengali', 'bn'], ['Ethiopic', 'am'],
];

const namedScripts = ['Latin', 'Hebrew', 'Han', 'Hiragana', 'Katakana', ...scriptLanguages.map(([script]) => script), ...shortTextDefaults.map(([script]) => script)];
const scriptPatterns = namedScripts.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);
const letterPattern = /\p{L}/u;
/** Each code point's script among those above ('' for other letters), or null for a non-letter; cached. */
const scriptOfCodePoint = new Map<number, string | null>();

function scriptOf(codePoint: number): string | null {
  let script = scriptOfCodePoint.get(codePoint);
  if (script === undefined) {
    const char = String.fromCodePoint(codePoint);
    script = letterPattern.test(char) ? (scriptPatterns.find(([, pattern]) => pattern.test(char))?.[0] ?? '') : null;
    scriptOfCodePoint.set(codePoint, script);
  }
  return script;
}

/** Letters per script in one pass: the script decides many cases before any statistics. */
class ScriptCounts {
  letters = 0;
  private readonly counts = new Map<string, number>();

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      let codePoint = text.charCodeAt(i);
      if (codePoint >= 0xd800 && codePoint < 0xdc00 && i + 1 < text.length) {
        codePoint = text.codePointAt(i)!;
        i++;
      }
      // Spaces and ASCII punctuation are most of what is not a letter: skip them without a lookup.
      if (codePoint < 0x41 || (codePoint > 0x5a && codePoint < 0x61) || (codePoint > 0x7a && codePoint < 0x80)) continue;
      const script = codePoint < 0x80 ? 'Latin' : scriptOf(codePoint);
      if (script === null) continue;
      this.letters++;
      if (script) this.counts.set(script, (this.counts.get(script) ?? 0) + 1);
    }
  }

  of(script: string): number {
    return this.counts.get(script) ?? 0;
  }

  share(script: string): number {
    return this.letters ? this.of(script) / this.letters : 0;
  }
}

/** Letters of Persian, Urdu, Pashto, Kurdish and Uyghur that Arabic does not use. */
const arabicScriptOtherLanguages = /[\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06c6\u06b5\u06ce\u0695\u06d5]/u;

/** The script of each language that is alone in it (Chinese counted by its Han characters). */
const scriptOfLanguage = new Map<string, string>([['zh', 'Han'], ['ja', 'Han'], ['he', 'Hebrew'], ...scriptLanguages.map(([script, language]) => [language, script] as [string, string])]);

export interface LanguageGuess {
  language: string;
  /**
   * Scores of the languages considered, best first, 1 for the best; script-decided guesses have
   * only one entry. Lets callers ask how close another language came.
   */
  scores: Array<[string, number]>;
}

/** BCP 47 primary subtag of the language `text` is written in, or `und`. */
export function detectLanguage(text: string): string {
  return guessLanguage(text).language;
}

/**
 * franc's cost grows with the text while its answer settles after a few hundred letters; a long
 * article is judged on an excerpt from its start, middle and end.
 */
export const maxJudgedLength = 600;

function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const third = Math.floor(max / 3);
  const middle = Math.floor(text.length / 2 - third / 2);
  return `${text.slice(0, third)} ${text.slice(middle, middle + third)} ${text.slice(-third)}`;
}

export function guessLanguage(input: string, maxLength = maxJudgedLength): LanguageGuess {
  // Digits, URLs and punctuation say nothing about language and dilute the detectors' n-grams.
  const text = excerpt(input, maxLength).replace(/https?:\/\/\S+/gu, ' ').replace(/[^\p{L}\p{M}\s'’-]+/gu, ' ');
  const all = new ScriptCounts(text);
  if (all.letters === 0) return none();

  // Names and brands in Latin letters are common inside Hebrew, Arabic or Chinese text, while
  // the opposite is rare. So capitalised words (names, acronyms) do not count towards a script's
  // share, and a non-Latin script holding a good share of the rest decides.
  const withoutNames = text.replace(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}\p{N}]*/gu, ' ');
  const rest = new ScriptCounts(withoutNames);
  const judged = rest.letters > 0 ? withoutNames : text;
  const counts = rest.letters > 0 ? rest : all;
  const hanCount = counts.of('Han');
  const kanaCount = counts.of('Hiragana') + counts.of('Katakana');
  if ((hanCount + kanaCount) / counts.letters >= 0.3) return single(kanaCount >= (hanCount + kanaCount) * 0.1 ? 'ja' : 'zh');
  for (const [script, language] of scriptLanguages) if (counts.share(script) >= 0.3) return single(language);
  if (counts.share('Hebrew') >= 0.3) return hebrewOrYiddish(text, all.of('Hebrew'));

  // Neither detector may let Latin names outvote Arabic or Cyrillic.
  const sample = counts.share('Latin') < 0.5 ? judged : text;
  const quick = eldScores(sample);
  if (quick) return { language: quick[0]![0], scores: quick };
  const scores = francScores(sample);
  if (scores.length > 0) return { language: scores[0]?.[0] ?? undetermined, scores };
  for (const [script, language] of shortTextDefaults) if (counts.share(script) >= 0.5) return single(language);
  return none();
}

/** Hebrew script is Hebrew unless franc is confident it is Yiddish. */
/**
 * Yiddish writes vowels Hebrew leaves out: the double letters װ ױ ײ, pointed alef (אַ אָ), rafe
 * (פֿ), ע between consonants, and short words of its own (און, איז). Text with none of its marks is Hebrew without asking
 * franc, which keeps a Hebrew import fast.
 */
const yiddishMarks = /[\u05f0-\u05f2\u05bf]|א[\u05b7\u05b8]|(?<![\p{L}\p{M}])(?:און|איז|ניט|נישט|דער|זיך)(?![\p{L}\p{M}])|[\u05d0-\u05ea]ע[\u05d0-\u05ea]ן(?![\p{L}\p{M}])/u;

function hebrewOrYiddish(text: string, hebrewLetters: number): LanguageGuess {
  if (!yiddishMarks.test(text)) return single('he');
  const scores = francScores(text, ['heb', 'ydd']);
  const hebrewScore = scores.find(([code]) => code === 'he')?.[1] ?? 0;
  if (scores[0]?.[0] === 'yi' && hebrewLetters >= 30 && hebrewScore < 0.9) return { language: 'yi', scores };
  return single('he');
}

/** ELD's answer, scores scaled so the best is 1, or null when ELD itself says it is unsure. */
function eldScores(text: string): Array<[string, number]> | null {
  const result = eld.detect(text);
  if (!result.language || !result.isReliable()) return null;
  const entries = Object.entries(result.getScores()).sort((a, b) => b[1] - a[1]);
  const best = entries[0]?.[1] ?? 0;
  if (best <= 0) return null;
  return entries.map(([language, score]) => [language, score / best]);
}

function francScores(text: string, only: string[] = candidates): Array<[string, number]> {
  const ranked = francAll(text, { only, minLength: 10 });
  const scores: Array<[string, number]> = [];
  for (const [code, score] of ranked) {
    if (code === undetermined) return [];
    const language = toBcp47(code);
    // Two individual languages of one macrolanguage (Persian and Dari) are one answer.
    if (!scores.some(([seen]) => seen === language)) scores.push([language, score]);
  }
  return scores;
}

function single(language: string): LanguageGuess {
  return { language, scores: [[language, 1]] };
}

function none(): LanguageGuess {
  return { language: undetermined, scores: [] };
}

/** Paragraphs shorter than this many letters take the article's language: too little to judge. */
export const paragraphMinLetters = 60;
/** A paragraph is judged on at most this many characters: enough to tell a quotation's language. */
const paragraphJudgedLength = 400;
/** How far below the best score the article's language may fall before a paragraph is "clearly" another. */
const clearMargin = 0.1;

/**
 * Gives each paragraph the article's language unless the paragraph is long enough to judge and
 * clearly in another language (a quoted statement, a bilingual article).
 */
export function detectParagraphLanguages<P extends { kind: ParagraphKind; text: string }>(
  articleLanguage: string,
  paragraphs: readonly P[],
): Array<P & { language: string }> {
  // Each paragraph is read once; its words serve both the article's tally and its own check.
  const words = paragraphs.map((paragraph) => wordsOf(paragraph.text));
  const common = commonShortWords(paragraphs, words);
  return paragraphs.map((paragraph, i) => ({
    ...paragraph,
    language: sharesFunctionWords(words[i]!, common) ? articleLanguage : paragraphLanguage(articleLanguage, paragraph),
  }));
}

/**
 * Statistics for every paragraph would cost more than the rest of an import. A paragraph in the
 * article's own language is full of the article's short function words (the, de, של, في), which
 * recur across its paragraphs; only a paragraph that uses few of them is worth a detector's look.
 * In an article written half in one language and half in another, both sets recur, so an article
 * whose paragraphs disagree this way is checked paragraph by paragraph anyway (see below).
 */
// Languages that attach articles and prepositions to words (Arabic, Hebrew) show fewer separate
// function words, so the bar is low; a paragraph in another language shows almost none.
const functionWordShare = 0.08;
/** Longest "short word", in code points. */
const shortWordLength = 4;

/** A paragraph's words, lower-cased: runs of letters and marks. */
interface ParagraphWords {
  count: number;
  /** The words of at most four code points, as often as they occur. */
  short: string[];
  /**
   * Every word cut into pieces of four code points (`international` → `inte`, `rnat`, `iona`,
   * `l`), pieces of more than four UTF-16 units left out: the candidates for function words.
   */
  pieces: Set<string>;
}

const letterOrMarkPattern = /[\p{L}\p{M}]/u;
/** 1 for a letter or mark, 2 for anything else, 0 not yet known; per BMP code point. */
const letterOrMarkClass = new Uint8Array(0x10000);

function isLetterOrMark(codePoint: number): boolean {
  if (codePoint >= 0x10000) return letterOrMarkPattern.test(String.fromCodePoint(codePoint));
  let cls = letterOrMarkClass[codePoint]!;
  if (cls === 0) letterOrMarkClass[codePoint] = cls = letterOrMarkPattern.test(String.fromCharCode(codePoint)) ? 1 : 2;
  return cls === 1;
}

/** One pass over the lower-cased text, in place of a regular expression per use. */
function wordsOf(text: string): ParagraphWords {
  const lower = text.toLowerCase();
  const words: ParagraphWords = { count: 0, short: [], pieces: new Set() };
  let i = 0;
  while (i < lower.length) {
    const codePoint = lower.codePointAt(i)!;
    if (!isLetterOrMark(codePoint)) {
      i += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let pieceStart = i;
    let inPiece = 0;
    while (i < lower.length) {
      const next = lower.codePointAt(i)!;
      if (!isLetterOrMark(next)) break;
      i += next > 0xffff ? 2 : 1;
      if (++inPiece === shortWordLength) {
        if (i - pieceStart <= shortWordLength) words.pieces.add(lower.slice(pieceStart, i));
        pieceStart = i;
        inPiece = 0;
      }
    }
    if (inPiece > 0 && i - pieceStart <= shortWordLength) words.pieces.add(lower.slice(pieceStart, i));
    words.count++;
    // A word of at most four code points is its own only piece.
    if (i - start <= 2 * shortWordLength && (i - start <= shortWordLength || codePoints(lower, start, i) <= shortWordLength)) words.short.push(lower.slice(start, i));
  }
  return words;
}

function codePoints(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i += text.codePointAt(i)! > 0xffff ? 2 : 1) n++;
  return n;
}

function commonShortWords(paragraphs: ReadonlyArray<{ kind: ParagraphKind }>, words: readonly ParagraphWords[]): Set<string> {
  const body = words.filter((_, i) => paragraphs[i]!.kind === 'body');
  if (body.length < 3) return new Set();
  const inParagraphs = new Map<string, number>();
  for (const paragraph of body) for (const piece of paragraph.pieces) inParagraphs.set(piece, (inParagraphs.get(piece) ?? 0) + 1);
  // Words in at least half of the paragraphs: one language's function words, unless two
  // languages share the article (then neither set reaches half and every paragraph is judged).
  return new Set([...inParagraphs].filter(([, n]) => n > body.length / 2).map(([word]) => word));
}

/** Only a word of at most four code points can be one of the common pieces. */
function sharesFunctionWords(words: ParagraphWords, common: ReadonlySet<string>): boolean {
  if (common.size < 3) return false;
  if (words.count === 0) return true;
  let shared = 0;
  for (const word of words.short) if (common.has(word)) shared++;
  return shared >= 2 && shared / words.count >= functionWordShare;
}

function paragraphLanguage(articleLanguage: string, paragraph: { kind: ParagraphKind; text: string }): string {
  if (paragraph.kind === 'junk') return articleLanguage;
  const counts = new ScriptCounts(paragraph.text.slice(0, paragraphJudgedLength));
  if (counts.letters < paragraphMinLetters) return articleLanguage;
  // In a language that is alone in its script, a paragraph mostly in that script is in that language.
  const ownScript = scriptOfLanguage.get(articleLanguage);
  if (ownScript && counts.share(ownScript) >= 0.5) return articleLanguage;
  // Arabic shares its script with Persian, Urdu and others, which add letters of their own; an
  // Arabic-script paragraph without any of them, in an Arabic article, is Arabic.
  if (articleLanguage === 'ar' && counts.share('Arabic') >= 0.5 && !arabicScriptOtherLanguages.test(paragraph.text)) return articleLanguage;
  const guess = guessLanguage(paragraph.text, paragraphJudgedLength);
  if (guess.language === undetermined || guess.language === articleLanguage) return articleLanguage;
  if (articleLanguage === undetermined) return guess.language;
  const articleScore = guess.scores.find(([code]) => code === articleLanguage)?.[1] ?? 0;
  return articleScore >= 1 - clearMargin ? articleLanguage : guess.language;
}
