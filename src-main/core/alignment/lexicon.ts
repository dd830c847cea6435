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
  const size = (items: readonly Int32Array[]) => items.reduce((most, list) => list.reduce((m, item) => Math.max(m, item + 1), most), 0);
  // The distinct words of each side of each link, and in how many links each word occurs.
  const distinctWords = (sides: number[][], items: readonly Int32Array[], isWordItem: (id: number) => boolean) => {
    const seen = new Int32Array(size(items)).fill(-1);
    const counts = new Int32Array(seen.length);
    const words = sides.map((sentences, k) => {
      const out: number[] = [];
      for (const sentence of sentences) {
        for (const item of items[sentence]!) {
          if (seen[item] === k || !isWordItem(item)) continue;
          seen[item] = k;
          counts[item]!++;
          out.push(item);
        }
      }
      return out;
    });
    return { words, counts };
  };
  const source = distinctWords(
    usable.map((link) => link.source),
    sourceItems,
    isWord.source,
  );
  const target = distinctWords(
    usable.map((link) => link.target),
    targetItems,
    isWord.target,
  );
  // A pair must meet `minimumCount` times, so words in fewer links never make one: most words of
  // a text occur once, and leaving them out keeps the counting small. Pairs are counted one source
  // word at a time in a dense array over the target vocabulary.
  const linksOf = new Map<number, number[]>();
  source.words.forEach((words, k) => {
    for (const s of words) {
      if (source.counts[s]! < options.minimumCount) continue;
      const list = linksOf.get(s);
      if (list) list.push(k);
      else linksOf.set(s, [k]);
    }
  });
  const frequentTargets = target.words.map((words) => words.filter((t) => target.counts[t]! >= options.minimumCount));
  const counts = new Int32Array(targetVocabularySize);
  const candidates: Array<{ s: number; t: number; dice: number; both: number }> = [];
  for (const [s, linkIndexes] of linksOf) {
    const touched: number[] = [];
    for (const k of linkIndexes) {
      for (const t of frequentTargets[k]!) {
        if (counts[t] === 0) touched.push(t);
        counts[t]!++;
      }
    }
    for (const t of touched) {
      const both = counts[t]!;
      counts[t] = 0;
      if (both < options.minimumCount) continue;
      const dice = (2 * both) / (source.counts[s]! + target.counts[t]!);
      if (dice >= options.minimumDice) candidates.push({ s, t, dice, both });
    }
  }
  // Competitive linking (Melamed 2000): the strongest pairs first, each word taken by at most
  // `perWord` partners, so `und` pairs with `et` and not also with every frequent French word.
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

/** Both tables in one: for each source item, the strongest weight per target item (rows are shared, not copied, where only one table has entries). */
export function mergeTables(a: CorrespondenceTable, b: CorrespondenceTable, size: number): CorrespondenceTable {
  const out: CorrespondenceTable = [];
  for (let s = 0; s < size; s++) {
    const left = a[s] ?? [];
    const right = b[s] ?? [];
    if (right.length === 0 || left.length === 0) {
      out.push(right.length === 0 ? left : right);
      continue;
    }
    const merged = new Map<number, number>();
    for (const c of [...left, ...right]) merged.set(c.target, Math.max(merged.get(c.target) ?? 0, c.weight));
    out.push([...merged].map(([target, weight]) => ({ target, weight })));
  }
  return out;
}
