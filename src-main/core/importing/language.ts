/**
 * Which language a text is in, as a BCP 47 primary subtag. franc does the statistics; this module
 * settles what script alone already says, keeps franc to languages a news reader meets, and maps
 * franc's ISO 639-3 codes to the two-letter codes people and the rest of Parallax use.
 */
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
const scriptLanguages: Array<[RegExp, string]> = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Khmer}/gu, 'km'],
  [/\p{Script=Lao}/gu, 'lo'],
  [/\p{Script=Sinhala}/gu, 'si'],
  [/\p{Script=Tamil}/gu, 'ta'],
  [/\p{Script=Telugu}/gu, 'te'],
  [/\p{Script=Kannada}/gu, 'kn'],
  [/\p{Script=Malayalam}/gu, 'ml'],
  [/\p{Script=Gujarati}/gu, 'gu'],
  [/\p{Script=Gurmukhi}/gu, 'pa'],
  [/\p{Script=Tibetan}/gu, 'bo'],
];

/** What to say for text too short for statistics, by script, when one language dominates it. */
const shortTextDefaults: Array<[RegExp, string]> = [
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Bengali}/gu, 'bn'],
  [/\p{Script=Ethiopic}/gu, 'am'],
];

const han = /\p{Script=Han}/gu;
const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const hebrew = /\p{Script=Hebrew}/gu;
const latin = /\p{Script=Latin}/gu;
const letters = /\p{L}/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

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

export function guessLanguage(input: string): LanguageGuess {
  // Digits, URLs and punctuation say nothing about language and dilute franc's trigrams.
  const text = input.replace(/https?:\/\/\S+/gu, ' ').replace(/[^\p{L}\p{M}\s'’-]+/gu, ' ');
  if (count(text, letters) === 0) return none();

  // Names and brands in Latin letters are common inside Hebrew, Arabic or Chinese text, while
  // the opposite is rare. So capitalised words (names, acronyms) do not count towards a script's
  // share, and a non-Latin script holding a good share of the rest decides.
  const withoutNames = text.replace(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}\p{N}]*/gu, ' ');
  const judged = count(withoutNames, letters) > 0 ? withoutNames : text;
  const total = count(judged, letters);
  const share = (pattern: RegExp): number => count(judged, pattern) / total;
  const hanCount = count(judged, han);
  const kanaCount = count(judged, kana);
  if ((hanCount + kanaCount) / total >= 0.3) return single(kanaCount >= (hanCount + kanaCount) * 0.1 ? 'ja' : 'zh');
  for (const [pattern, language] of scriptLanguages) if (share(pattern) >= 0.3) return single(language);
  if (share(hebrew) >= 0.3) return hebrewOrYiddish(text);

  // franc picks the script with the most letters; Latin names must not outvote Arabic or Cyrillic.
  const scores = francScores(share(latin) < 0.5 ? judged : text);
  if (scores.length > 0) return { language: scores[0]?.[0] ?? undetermined, scores };
  for (const [pattern, language] of shortTextDefaults) if (share(pattern) >= 0.5) return single(language);
  return none();
}

/** Hebrew script is Hebrew unless franc is confident it is Yiddish. */
function hebrewOrYiddish(text: string): LanguageGuess {
  const scores = francScores(text, ['heb', 'ydd']);
  const hebrewScore = scores.find(([code]) => code === 'he')?.[1] ?? 0;
  if (scores[0]?.[0] === 'yi' && count(text, hebrew) >= 30 && hebrewScore < 0.9) return { language: 'yi', scores };
  return single('he');
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
  return paragraphs.map((paragraph) => ({ ...paragraph, language: paragraphLanguage(articleLanguage, paragraph) }));
}

function paragraphLanguage(articleLanguage: string, paragraph: { kind: ParagraphKind; text: string }): string {
  if (paragraph.kind === 'junk') return articleLanguage;
  const letterCount = count(paragraph.text, letters);
  if (letterCount < paragraphMinLetters) return articleLanguage;
  const guess = guessLanguage(paragraph.text);
  if (guess.language === undetermined || guess.language === articleLanguage) return articleLanguage;
  if (articleLanguage === undetermined) return guess.language;
  const articleScore = guess.scores.find(([code]) => code === articleLanguage)?.[1] ?? 0;
  return articleScore >= 1 - clearMargin ? articleLanguage : guess.language;
}
