/**
 * How much two sentences share, for every pair inside the search band: the weight of the source
 * items that have a counterpart in the target sentence plus that of the target items that have
 * one in the source, halved. Items weigh by rarity (inverse document frequency on their own side),
 * so a shared altitude or a name says more than a shared `de`.
 *
 * Raw sums favour long sentences and frequent words; each value is therefore taken relative to
 * what its two sentences share with their neighbours on average (Vecalign normalises its cosine
 * the same way), so unrelated pairs score about zero and related ones clearly above.
 */
import type { Band } from './band.js';
import type { CorrespondenceTable } from './correspondences.js';

/**
 * Values for the pairs inside the band, row by row: source sentence p was compared with target
 * sentences from[p] … from[p] + (offset[p + 1] − offset[p]) − 1, whose values sit at offset[p] + (q − from[p]).
 * The arrays are exposed because the dynamic programme reads them millions of times.
 */
export interface PairSimilarity {
  from: Int32Array;
  offset: Int32Array;
  /** Shared weight, raw. */
  rawValues: Float64Array;
  /** Shared weight relative to the two sentences' averages. */
  normalisedValues: Float64Array;
  /** Similarity of source sentence p and target sentence q; 0 outside the band. */
  get(p: number, q: number): number;
  /** The raw value; 0 outside the band. */
  raw(p: number, q: number): number;
  /** Where pair (p, q) sits in the arrays, or −1 outside the band. */
  index(p: number, q: number): number;
  /** The target sentences [from, to) compared with source sentence p. */
  columns(p: number): [number, number];
}

export interface SimilarityInput {
  sourceItems: readonly Int32Array[];
  targetItems: readonly Int32Array[];
  sourceWeights: Float64Array;
  targetWeights: Float64Array;
  correspondences: CorrespondenceTable;
  targetVocabularySize: number;
}

/** Longest group of sentences on one side of a link; the band rows cover that much beyond themselves. */
export const maximumGroup = 4;

export function pairSimilarity(input: SimilarityInput, band: Band): PairSimilarity {
  const n = input.sourceItems.length;
  const m = input.targetItems.length;
  const from = new Int32Array(n);
  const offset = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) {
    from[p] = Math.max(0, band.lo[p + 1]! - maximumGroup);
    const to = Math.min(m - 1, band.hi[Math.min(n, p + maximumGroup)]! - 1);
    offset[p + 1] = offset[p]! + Math.max(0, to - from[p]! + 1);
  }
  const raw = new Float64Array(offset[n]!);
  const mark = new Int32Array(input.targetVocabularySize).fill(-1);
  const best = new Float64Array(input.targetVocabularySize);
  // The correspondences as flat arrays (item s: entries start[s] … start[s + 1] − 1): the loop
  // below runs millions of times and must not chase objects.
  const table = input.correspondences;
  const start = new Int32Array(table.length + 1);
  table.forEach((row, item) => (start[item + 1] = start[item]! + row.length));
  const targetOf = new Int32Array(start[table.length]!);
  const weightOf = new Float64Array(start[table.length]!);
  table.forEach((row, item) => row.forEach((c, k) => ((targetOf[start[item]! + k] = c.target), (weightOf[start[item]! + k] = c.weight))));
  // Only items with a possible counterpart can share anything: most words of a text have none.
  const linkable = input.sourceItems.map((items) => items.filter((item) => start[item + 1]! > start[item]!));
  const matched = new Int32Array(input.targetVocabularySize);
  let stamp = 0;
  for (let p = 0; p < n; p++) {
    const items = linkable[p]!;
    if (items.length === 0) continue;
    for (let k = offset[p]!; k < offset[p + 1]!; k++) {
      const q = from[p]! + (k - offset[p]!);
      stamp++;
      const targets = input.targetItems[q]!;
      for (let x = 0; x < targets.length; x++) {
        mark[targets[x]!] = stamp;
        best[targets[x]!] = 0;
      }
      let sum = 0;
      let found = 0;
      for (let y = 0; y < items.length; y++) {
        const item = items[y]!;
        let strongest = 0;
        for (let e = start[item]!; e < start[item + 1]!; e++) {
          const t = targetOf[e]!;
          if (mark[t] !== stamp) continue;
          const w = weightOf[e]!;
          if (w > strongest) strongest = w;
          if (best[t] === 0) matched[found++] = t;
          if (w > best[t]!) best[t] = w;
        }
        sum += strongest * input.sourceWeights[item]!;
      }
      for (let x = 0; x < found; x++) sum += best[matched[x]!]! * input.targetWeights[matched[x]!]!;
      raw[k] = sum / 2;
    }
  }
  // Each sentence's average similarity with the others in its band row or column.
  const rowMean = new Float64Array(n);
  const columnSum = new Float64Array(m);
  const columnCount = new Float64Array(m);
  for (let p = 0; p < n; p++) {
    let sum = 0;
    for (let k = offset[p]!; k < offset[p + 1]!; k++) {
      sum += raw[k]!;
      const q = from[p]! + (k - offset[p]!);
      columnSum[q] = columnSum[q]! + raw[k]!;
      columnCount[q] = columnCount[q]! + 1;
    }
    rowMean[p] = offset[p + 1]! > offset[p]! ? sum / (offset[p + 1]! - offset[p]!) : 0;
  }
  const normalised = new Float64Array(raw.length);
  for (let p = 0; p < n; p++) {
    for (let k = offset[p]!; k < offset[p + 1]!; k++) {
      const q = from[p]! + (k - offset[p]!);
      const columnMean = columnCount[q]! > 0 ? columnSum[q]! / columnCount[q]! : 0;
      normalised[k] = raw[k]! - (rowMean[p]! + columnMean) / 2;
    }
  }
  const index = (p: number, q: number) => {
    const k = offset[p]! + (q - from[p]!);
    return q < from[p]! || k >= offset[p + 1]! ? -1 : k;
  };
  return {
    from,
    offset,
    rawValues: raw,
    normalisedValues: normalised,
    index,
    get(p, q) {
      const k = index(p, q);
      return k < 0 ? 0 : normalised[k]!;
    },
    raw(p, q) {
      const k = index(p, q);
      return k < 0 ? 0 : raw[k]!;
    },
    columns(p) {
      return [from[p]!, from[p]! + offset[p + 1]! - offset[p]!];
    },
  };
}
