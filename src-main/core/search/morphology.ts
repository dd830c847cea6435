/**
 * Word forms for search, per language, applied to folded terms from the tokeniser:
 *
 * - Snowball stemming (multilingual-stemmer: the Snowball algorithms compiled to WebAssembly) for
 *   every language that has an algorithm, at index time by the paragraph's language and at query
 *   time for each such language in the library, so `departure` finds `departures`.
 * - Hebrew and Arabic attach one-letter words (and, the, in, to…) to the next word. Stripping
 *   them from indexed words would ruin precision (so many roots begin with those letters), so the
 *   query adds them instead: `תחרות` also asks for `התחרות` and `לתחרות`, following the grammar of
 *   the prefixes (ה is last, so `המתחרות` is not a form of `תחרות`). Short words are not expanded.
 */
import * as snowball from 'multilingual-stemmer';

type Stem = (word: string) => string;

const snowballByLanguage: Record<string, Stem> = {
  ar: snowball.arabic, hy: snowball.armenian, eu: snowball.basque, ca: snowball.catalan, cs: snowball.czech,
  da: snowball.danish, nl: snowball.dutch, en: snowball.english, eo: snowball.esperanto, et: snowball.estonian,
  fi: snowball.finnish, fr: snowball.french, de: snowball.german, el: snowball.greek, hi: snowball.hindi,
  hu: snowball.hungarian, id: snowball.indonesian, ga: snowball.irish, it: snowball.italian, lt: snowball.lithuanian,
  ne: snowball.nepali, no: snowball.norwegian, nb: snowball.norwegian, nn: snowball.norwegian, fa: snowball.persian,
  pl: snowball.polish, pt: snowball.portuguese, ro: snowball.romanian, ru: snowball.russian, sr: snowball.serbian,
  st: snowball.sesotho, es: snowball.spanish, sv: snowball.swedish, ta: snowball.tamil, tr: snowball.turkish,
  yi: snowball.yiddish,
};

/**
 * Languages whose words are stemmed. Arabic is left out on purpose: its Snowball stemmer strips
 * prefixes and suffixes aggressively, and prefix expansion (below) is more precise.
 */
const stemmedLanguages = new Set(Object.keys(snowballByLanguage).filter((language) => language !== 'ar'));

// Stemming goes through WebAssembly and costs about a microsecond; words repeat, so remember them.
const cacheLimit = 200_000;
const stemCaches = new Map<string, Map<string, string>>();

/** Only words made of letters are stemmed: numbers and names with digits stay as they are. */
const stemmable = /^\p{L}[\p{L}\p{M}]*$/u;

/**
 * A stemmer only knows its own script: a Hebrew word inside an English paragraph, or a Latin
 * name inside a Russian one, is indexed as it is.
 */
const scriptOfStemmer: Record<string, RegExp> = {
  el: /^\p{Script=Greek}/u, hy: /^\p{Script=Armenian}/u, fa: /^\p{Script=Arabic}/u, hi: /^\p{Script=Devanagari}/u,
  ne: /^\p{Script=Devanagari}/u, ru: /^\p{Script=Cyrillic}/u, sr: /^[\p{Script=Cyrillic}\p{Script=Latin}]/u,
  ta: /^\p{Script=Tamil}/u, yi: /^\p{Script=Hebrew}/u,
};
const latinScript = /^\p{Script=Latin}/u;

function inStemmerScript(term: string, language: string): boolean {
  return stemmable.test(term) && (scriptOfStemmer[language] ?? latinScript).test(term);
}

export function hasStemmer(language: string): boolean {
  return stemmedLanguages.has(language);
}

/**
 * A stem is only comparable with stems of the same language: the French stem of `openai` is
 * `open`, which must not meet the English word `open`. So a stemmed form carries its language as
 * a private-use character in front (FTS5's unicode61 keeps private-use characters inside tokens,
 * and the tokeniser never lets one into a term from the text).
 */
const languageMarks = new Map([...stemmedLanguages].sort().map((language, i) => [language, String.fromCharCode(0xe000 + i)]));

/** The form a term is indexed under in a paragraph of `language`. */
export function indexForm(term: string, language: string): string {
  const mark = languageMarks.get(language);
  if (!mark) return term;
  let cache = stemCaches.get(language);
  if (!cache) stemCaches.set(language, (cache = new Map()));
  let form = cache.get(term);
  if (form === undefined) {
    form = inStemmerScript(term, language) ? mark + (snowballByLanguage[language]!(term) || term) : term;
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(term, form);
  }
  return form;
}

/** What a prefix query looks for in a stemmed language: the prefix behind that language's mark. */
export function indexPrefix(prefix: string, language: string): string {
  const mark = languageMarks.get(language);
  return mark && inStemmerScript(prefix, language) ? mark + prefix : prefix;
}

const hebrewLetters = /^[\u05d0-\u05ea]+$/u;
const arabicLetters = /^[\u0620-\u064a\u066e-\u06d3]+$/u;

// ו, then ש or כש or מש, then one of ה ב כ ל מ מה: "and that in the…" is וְשֶׁבַּ.
const hebrewPrefixes = (() => {
  const forms = new Set<string>();
  for (const and of ['', 'ו'])
    for (const that of ['', 'ש', 'כש', 'מש'])
      for (const last of ['', 'ה', 'ב', 'כ', 'ל', 'מ', 'מה']) forms.add(and + that + last);
  forms.delete('');
  return [...forms];
})();

// و or ف, then ب ك ل, then the article ال (ل + ال is written لل).
const arabicPrefixes = (() => {
  const forms = new Set<string>();
  for (const and of ['', 'و', 'ف'])
    for (const preposition of ['', 'ب', 'ك', 'ل'])
      for (const article of ['', 'ال']) forms.add(preposition === 'ل' && article ? and + 'لل' : and + preposition + article);
  forms.delete('');
  return [...forms];
})();

/** Below this many letters a word is too short to expand without matching everything. */
const minExpandedLength = 3;

/** The surface forms a single query word may take with attached prefixes, itself first. */
export function prefixedForms(term: string): string[] {
  if (term.length < minExpandedLength) return [term];
  if (hebrewLetters.test(term)) return [term, ...hebrewPrefixes.map((p) => p + term)];
  if (arabicLetters.test(term)) {
    // The article typed by the user is not part of the word: الكتاب asks for كتاب in all its forms.
    const base = term.startsWith('ال') && term.length - 2 >= minExpandedLength ? term.slice(2) : term;
    return [base, ...arabicPrefixes.map((p) => p + base)];
  }
  return [term];
}

/** What the index may hold for a query term: itself and its stem in each stemmed library language. */
export function indexedForms(term: string, languages: Iterable<string>, prefix = false): string[] {
  const forms = new Set([term]);
  for (const language of languages) forms.add(prefix ? indexPrefix(term, language) : indexForm(term, language));
  return [...forms];
}
