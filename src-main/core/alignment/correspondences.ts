/**
 * Which items of the source vocabulary may stand for which items of the target vocabulary, and how
 * sure that is (0…1), before anything is learned from the document:
 *
 * - the same number (`#8848` = `#8848`) and the same meaningful mark (`?`, `(`, quotes);
 * - the same word, three letters or more (names, loanwords, codes: `Himalaya`, `K2`, `OpenAI`);
 * - cognates of one script, by the longest common subsequence of their folded spellings (Melamed's
 *   LCSR): `expédition`/`Expedition`, `Kangchendzönga`/`Kanchenjunga`;
 * - a word inside a compound of the other language, at its start or end, five letters or more
 *   (`Gipfelpyramide`/`pyramide`, `Mythenmatt`/`Mythen`);
 * - names across scripts, by their consonant skeletons (`אלטמן`/`Altman`, stories/transliterate.ts).
 *
 * Nothing here knows a language: the evidence is spelling, digits and punctuation, which every
 * language pair shares to some degree. The lexicon learned from a first alignment (lexicon.ts)
 * adds the rest.
 */
import { isAbjad, scriptOf, skeletonsMatch, soundSkeleton } from '../stories/transliterate.js';

export interface Correspondence {
  target: number;
  weight: number;
}

/** Source item id → the target items it may stand for. */
export type CorrespondenceTable = Correspondence[][];

/** Shortest word compared by spelling: below it, chance resemblance beats kinship. */
const minimumCognateLength = 4;
/** Shortest part of a compound matched on its own. */
const minimumCompoundPart = 5;
/** Share of the longer word a common subsequence must cover to make a cognate. */
const minimumCognateRatio = 0.62;

function isWord(item: string): boolean {
  return item[0] !== '#' && item[0] !== '¶';
}

/** Length of the longest common subsequence of two short strings. */
export function commonSubsequence(a: string, b: string): number {
  const n = b.length;
  let prev = new Uint16Array(n + 1);
  let curr = new Uint16Array(n + 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) curr[j] = ca === b.charCodeAt(j - 1) ? prev[j - 1]! + 1 : Math.max(prev[j]!, curr[j - 1]!);
    [prev, curr] = [curr, prev];
  }
  return prev[n]!;
}

/** How much two folded words of one script look like cognates: 0 (not) to 1 (the same word). */
export function cognateStrength(a: string, b: string): number {
  if (a === b) return a.length >= 3 || /\d/u.test(a) ? 1 : 0;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter < minimumCognateLength || a[0] !== b[0] || shorter < 0.6 * longer) return 0;
  const ratio = commonSubsequence(a, b) / longer;
  if (ratio < minimumCognateRatio) return 0;
  // From just above the bar (weak) to identical (1).
  return 0.4 + (0.6 * (ratio - minimumCognateRatio)) / (1 - minimumCognateRatio);
}

/** The spelling correspondences between two vocabularies (item strings as sentence-features.ts makes them). */
export function spellingCorrespondences(source: readonly string[], target: readonly string[]): CorrespondenceTable {
  const table: CorrespondenceTable = source.map(() => []);
  const exact = new Map<string, number>();
  target.forEach((item, id) => exact.set(item, id));
  // Target words bucketed by their first two letters for cognates, and (only when the source has
  // words of another script) by the first consonant of their skeleton for names.
  const targetScript = dominantScript(target);
  const byPrefix = new Map<string, number[]>();
  const bySkeleton = new Map<string, Array<{ id: number; skeleton: string }>>();
  const crossScript = source.some((item) => isWord(item) && item.length >= minimumCognateLength && scriptOf(item) !== targetScript && scriptOf(item) !== 'other');
  target.forEach((item, id) => {
    if (!isWord(item) || item.length < minimumCognateLength) return;
    push(byPrefix, item.slice(0, 2), id);
    if (!crossScript) return;
    const skeleton = soundSkeleton(item);
    const first = skeleton.replaceAll('V', '')[0];
    if (first) push(bySkeleton, first, { id, skeleton });
  });
  const sourceIds = new Map<string, number>();
  source.forEach((item, id) => sourceIds.set(item, id));
  const compoundWeight = 0.6;
  const add = (s: number, t: number, weight: number) => {
    const row = table[s]!;
    const existing = row.find((c) => c.target === t);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else row.push({ target: t, weight });
  };
  // Compounds: every start and end of five letters or more of a long word, looked up whole on the other side.
  const parts = (word: string, other: Map<string, number>, found: (id: number) => void) => {
    if (!isWord(word) || word.length < minimumCompoundPart + 3) return;
    for (let k = minimumCompoundPart; k <= word.length - 3; k++) {
      const head = other.get(word.slice(0, k));
      if (head !== undefined) found(head);
      const tail = other.get(word.slice(word.length - k));
      if (tail !== undefined) found(tail);
    }
  };
  source.forEach((item, id) => parts(item, exact, (t) => add(id, t, compoundWeight)));
  target.forEach((item, id) => parts(item, sourceIds, (s) => add(s, id, compoundWeight)));
  source.forEach((item, id) => {
    const same = exact.get(item);
    if (same !== undefined && (!isWord(item) || cognateStrength(item, item) > 0)) add(id, same, 1);
    if (!isWord(item) || item.length < minimumCognateLength) return;
    const script = scriptOf(item);
    if (script === targetScript || script === 'other') {
      for (const candidate of byPrefix.get(item.slice(0, 2)) ?? []) {
        if (candidate === same) continue;
        const strength = cognateStrength(item, target[candidate]!);
        if (strength > 0) add(id, candidate, strength);
      }
    } else {
      // Another script: only names cross, by sound.
      const skeleton = soundSkeleton(item);
      const first = skeleton.replaceAll('V', '')[0];
      if (!first) return;
      for (const candidate of bySkeleton.get(first) ?? []) {
        if (scriptOf(target[candidate.id]!) === script) continue;
        const abjad = isAbjad(script) ? { abjad: true } : {};
        if (skeletonsMatch(skeleton, candidate.skeleton, abjad)) add(id, candidate.id, 0.8);
      }
    }
  });
  return table;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The script most words of a vocabulary are written in. */
function dominantScript(vocabulary: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const item of vocabulary) if (isWord(item)) counts.set(scriptOf(item), (counts.get(scriptOf(item)) ?? 0) + 1);
  let best = 'latin';
  let most = -1;
  for (const [script, count] of counts) if (count > most) [best, most] = [script, count];
  return best;
}
