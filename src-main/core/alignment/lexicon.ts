/**
 * A translation lexicon learned from the document itself (Hunalign's second pass, in spirit): after
 * a first alignment, a source word and a target word that keep turning up in the same links are
 * taken as translations (`Gipfel`/`sommet`, `und`/`et`). The measure is Dice's coefficient over
 * links, 2·both / (either + other), and a pair must meet at least twice: a single meeting is chance.
 */
import type { CorrespondenceTable } from './correspondences.js';
import type { SentenceLink } from './links.js';

export interface LexiconOptions {
  /** Lowest Dice coefficient kept. */
  minimumDice: number;
  /** Fewest links the two words must share. */
  minimumCount: number;
  /** Most translations kept per source word. */
  perWord: number;
}

export function learnLexicon(
  links: readonly SentenceLink[],
  sourceItems: readonly Int32Array[],
  targetItems: readonly Int32Array[],
  targetVocabularySize: number,
  isWord: { source: (id: number) => boolean; target: (id: number) => boolean },
  options: LexiconOptions,
): CorrespondenceTable {
  const usable = links.filter((link) => link.source.length > 0 && link.target.length > 0);
  const wordsOf = (sentences: number[], items: readonly Int32Array[], isWordItem: (id: number) => boolean) => {
    const words = new Set<number>();
    for (const sentence of sentences) for (const item of items[sentence]!) if (isWordItem(item)) words.add(item);
    return words;
  };
  const sourceWords = usable.map((link) => wordsOf(link.source, sourceItems, isWord.source));
  const targetWords = usable.map((link) => wordsOf(link.target, targetItems, isWord.target));
  const count = (sets: Array<Set<number>>) => {
    const counts = new Map<number, number>();
    for (const set of sets) for (const word of set) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };
  const sourceCount = count(sourceWords);
  const targetCount = count(targetWords);
  // A pair must meet `minimumCount` times, so words in fewer links never make one: most words of
  // a text occur once, and leaving them out keeps the counting small. Pairs are counted one source
  // word at a time in a dense array over the target vocabulary.
  const linksOf = new Map<number, number[]>();
  sourceWords.forEach((words, k) => {
    for (const s of words) {
      if (sourceCount.get(s)! < options.minimumCount) continue;
      const list = linksOf.get(s);
      if (list) list.push(k);
      else linksOf.set(s, [k]);
    }
  });
  const frequentTargets = targetWords.map((words) => [...words].filter((t) => targetCount.get(t)! >= options.minimumCount));
  const counts = new Int32Array(targetVocabularySize);
  const pairCount = new Map<number, number>();
  for (const [s, linkIndexes] of linksOf) {
    const touched: number[] = [];
    for (const k of linkIndexes) {
      for (const t of frequentTargets[k]!) {
        if (counts[t] === 0) touched.push(t);
        counts[t]!++;
      }
    }
    for (const t of touched) {
      if (counts[t]! >= options.minimumCount) pairCount.set(s * targetVocabularySize + t, counts[t]!);
      counts[t] = 0;
    }
  }
  // Competitive linking (Melamed 2000): the strongest pairs first, each word taken by at most
  // `perWord` partners, so `und` pairs with `et` and not also with every frequent French word.
  const candidates: Array<{ s: number; t: number; dice: number; both: number }> = [];
  for (const [key, both] of pairCount) {
    if (both < options.minimumCount) continue;
    const s = Math.floor(key / targetVocabularySize);
    const t = key % targetVocabularySize;
    const dice = (2 * both) / (sourceCount.get(s)! + targetCount.get(t)!);
    if (dice >= options.minimumDice) candidates.push({ s, t, dice, both });
  }
  candidates.sort((a, b) => b.dice - a.dice || b.both - a.both || a.s - b.s || a.t - b.t);
  const sourceTaken = new Map<number, number>();
  const targetTaken = new Map<number, number>();
  const table: CorrespondenceTable = [];
  for (const { s, t, dice } of candidates) {
    if ((sourceTaken.get(s) ?? 0) >= options.perWord || (targetTaken.get(t) ?? 0) >= options.perWord) continue;
    sourceTaken.set(s, (sourceTaken.get(s) ?? 0) + 1);
    targetTaken.set(t, (targetTaken.get(t) ?? 0) + 1);
    (table[s] ??= []).push({ target: t, weight: dice });
  }
  return table;
}

/** Both tables in one: for each source item, the strongest weight per target item. */
export function mergeTables(a: CorrespondenceTable, b: CorrespondenceTable, size: number): CorrespondenceTable {
  const out: CorrespondenceTable = [];
  for (let s = 0; s < size; s++) {
    const merged = new Map<number, number>();
    for (const c of a[s] ?? []) merged.set(c.target, Math.max(merged.get(c.target) ?? 0, c.weight));
    for (const c of b[s] ?? []) merged.set(c.target, Math.max(merged.get(c.target) ?? 0, c.weight));
    out.push([...merged].map(([target, weight]) => ({ target, weight })));
  }
  return out;
}
