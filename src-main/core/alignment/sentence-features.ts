/**
 * What the aligner knows of a sentence: its length, and the items a translation tends to keep
 * (words, to be matched through cognates, names and a lexicon learned from the document itself;
 * numbers, by value; the marks that carry meaning, `?` `!` `(` quotes). Each side of a pair gets
 * its own vocabulary, and a sentence becomes a list of distinct item ids in it.
 */
import { extractNumbers } from '../figures/extract-numbers.js';
import { indexForm } from '../search/morphology.js';
import { tokenize } from '../search/tokenizer.js';

export interface SideFeatures {
  /** Characters of each sentence, spaces left out (tokenised and untokenised text count alike). */
  lengths: Float64Array;
  /** Distinct item ids of each sentence. */
  items: Int32Array[];
  /** Item id → its text: a folded word, `#` and a number's value, or `¶` and a mark. */
  vocabulary: string[];
  /** Item id → in how many sentences it occurs. */
  documentFrequency: Int32Array;
}

const digit = /\p{Nd}/u;
const allDigits = /^\p{Nd}+$/u;
const spaces = /\s/gu;
/** Marks a translator keeps: a question stays a question, a parenthesis a parenthesis. */
const meaningfulMarks: Record<string, string> = {
  '?': '?', '？': '?', '؟': '?', '!': '!', '！': '!', '(': '(', '（': '(', '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '"': '"', '「': '"', '」': '"', '״': '"', ':': ':', '：': ':', ';': ';', '；': ';',
};

const markPattern = new RegExp(`[${Object.keys(meaningfulMarks).join('').replace(/[\\\]^-]/gu, '\\$&')}]`, 'gu');

/** A number's value as a key; rounding keeps `8847.60` and `8847.6` the same. */
function numberKey(value: number): string {
  return '#' + Number(value.toPrecision(12)).toString();
}

/**
 * A word's stem in its language where Snowball has one (`Touren` and `Tour` are one item, which
 * doubles what the lexicon can learn from a short text), else the folded word.
 */
function stemOf(term: string, language: string): string {
  const form = indexForm(term, language);
  // indexForm marks a stem with its language as a private-use character in front.
  return form !== term && form.charCodeAt(0) >= 0xe000 && form.charCodeAt(0) <= 0xf8ff ? form.slice(1) : form;
}

export function sentenceItems(sentence: string, language: string): string[] {
  const items = new Set<string>();
  for (const token of tokenize(sentence, language)) {
    // Digits are read by value below ("8 848" and "8848", "1,4" and "1.4" are one number).
    if (!allDigits.test(token.term)) items.add(stemOf(token.term, language));
  }
  if (digit.test(sentence)) {
    for (const number of extractNumbers(sentence, language)) if (!number.words) items.add(numberKey(number.value));
  }
  for (const found of sentence.matchAll(markPattern)) items.add('¶' + meaningfulMarks[found[0]]!);
  return [...items];
}

export function sideFeatures(sentences: readonly string[], language: string): SideFeatures {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const frequency: number[] = [];
  const items = sentences.map((sentence) => {
    const list = sentenceItems(sentence, language);
    const out = new Int32Array(list.length);
    list.forEach((item, k) => {
      let id = ids.get(item);
      if (id === undefined) {
        id = vocabulary.length;
        ids.set(item, id);
        vocabulary.push(item);
        frequency.push(0);
      }
      frequency[id]!++;
      out[k] = id;
    });
    return out;
  });
  const lengths = Float64Array.from(sentences, (s) => Math.max(1, s.replace(spaces, '').length));
  return { lengths, items, vocabulary, documentFrequency: Int32Array.from(frequency) };
}
