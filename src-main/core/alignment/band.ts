/**
 * Where to look. Aligning n sentences with m by dynamic programming costs n × m unless the search
 * keeps to a band around a likely path. The first band follows a chain of anchors: items that occur
 * once on each side and stand for each other (a number, a rare name), kept only when they follow
 * each other in order on both sides. The second band is a narrow one around the first alignment.
 */
import type { CorrespondenceTable } from './correspondences.js';
import type { SentenceLink } from './links.js';

/** For each row i (0…n), the columns lo[i]…hi[i] (inclusive, 0…m) the search visits. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

export interface AnchorInput {
  sourceItems: readonly Int32Array[];
  targetItems: readonly Int32Array[];
  sourceFrequency: Int32Array;
  targetFrequency: Int32Array;
  correspondences: CorrespondenceTable;
}

export interface Anchor {
  source: number;
  target: number;
  weight: number;
}

/**
 * Likely fixed points: sentence pairs sharing items that occur as often on one side as their
 * counterpart on the other, and rarely (a name met three times in each text). Their occurrences
 * are paired in order, first with first.
 */
export function anchorCandidates(input: AnchorInput): Anchor[] {
  const occurrences = (items: readonly Int32Array[], frequency: Int32Array) => {
    const where = new Map<number, number[]>();
    items.forEach((list, sentence) => {
      for (const item of list) {
        if (frequency[item]! > maximumAnchorFrequency) continue;
        const found = where.get(item);
        if (found) found.push(sentence);
        else where.set(item, [sentence]);
      }
    });
    return where;
  };
  const sourceAt = occurrences(input.sourceItems, input.sourceFrequency);
  const targetAt = occurrences(input.targetItems, input.targetFrequency);
  const m = input.targetItems.length;
  const weights = new Map<number, number>();
  for (const [item, sentences] of sourceAt) {
    for (const c of input.correspondences[item] ?? []) {
      if (c.weight < 0.75) continue;
      const targets = targetAt.get(c.target);
      if (!targets || targets.length !== sentences.length) continue;
      sentences.forEach((i, k) => {
        const key = i * (m + 1) + targets[k]!;
        // Rarer items are surer anchors.
        weights.set(key, (weights.get(key) ?? 0) + c.weight / sentences.length);
      });
    }
  }
  const anchors: Anchor[] = [];
  for (const [key, weight] of weights) anchors.push({ source: Math.floor(key / (m + 1)), target: key % (m + 1), weight });
  return anchors;
}

/** Items more frequent than this on a side do not make anchors. */
const maximumAnchorFrequency = 3;

/**
 * The heaviest chain of anchors increasing on both sides (a weighted longest increasing
 * subsequence, O(k log k) with a Fenwick tree over target positions).
 */
export function anchorChain(anchors: readonly Anchor[], targetCount: number): Anchor[] {
  const sorted = [...anchors].sort((a, b) => a.source - b.source || b.target - a.target);
  const size = targetCount + 1;
  const tree = new Float64Array(size + 1);
  const treeIndex = new Int32Array(size + 1).fill(-1);
  const best = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);
  const query = (position: number): [number, number] => {
    let value = 0;
    let index = -1;
    for (let k = position; k > 0; k -= k & -k) if (tree[k]! > value) [value, index] = [tree[k]!, treeIndex[k]!];
    return [value, index];
  };
  const update = (position: number, value: number, index: number) => {
    for (let k = position; k <= size; k += k & -k) if (value > tree[k]!) [tree[k], treeIndex[k]] = [value, index];
  };
  // Anchors of one source sentence are sorted by decreasing target, so no two of them chain.
  sorted.forEach((anchor, k) => {
    const [value, index] = query(anchor.target); // targets strictly below this one
    best[k] = value + anchor.weight;
    previous[k] = index;
    update(anchor.target + 1, best[k]!, k);
  });
  let end = -1;
  let top = 0;
  best.forEach((value, k) => {
    if (value > top) [top, end] = [value, k];
  });
  const chain: Anchor[] = [];
  for (let k = end; k >= 0; k = previous[k]!) chain.push(sorted[k]!);
  return chain.reverse();
}

/**
 * A band around the line through the anchors, as wide as the gaps between them warrant: tight
 * where anchors are dense, wide where the text between them is long.
 */
export function bandAroundAnchors(chain: readonly Anchor[], n: number, m: number, options: { minimum: number; share: number; maximum: number }): Band {
  const points = [{ source: 0, target: 0 }, ...chain.map((a) => ({ source: a.source + 0.5, target: a.target + 0.5 })), { source: n, target: m }];
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let segment = 0;
  for (let i = 0; i <= n; i++) {
    while (segment < points.length - 2 && points[segment + 1]!.source <= i) segment++;
    const a = points[segment]!;
    const b = points[segment + 1]!;
    const t = b.source > a.source ? (i - a.source) / (b.source - a.source) : 0;
    const center = a.target + t * (b.target - a.target);
    const gap = Math.max(b.target - a.target, b.source - a.source);
    const width = Math.min(options.maximum, options.minimum + options.share * gap);
    lo[i] = Math.max(0, Math.floor(center - width));
    hi[i] = Math.min(m, Math.ceil(center + width));
  }
  return monotone({ lo, hi }, m);
}

/** A band reaching `width` sentences beyond an alignment's path, in both directions. */
export function bandAroundPath(links: readonly SentenceLink[], n: number, m: number, width: number): Band {
  // The first and last column the path visits in each row (a link covers its whole rectangle).
  const first = new Int32Array(n + 1).fill(m);
  const last = new Int32Array(n + 1).fill(0);
  let i = 0;
  let j = 0;
  const cover = (i0: number, i1: number, j0: number, j1: number) => {
    for (let row = i0; row <= i1; row++) {
      first[row] = Math.min(first[row]!, j0);
      last[row] = Math.max(last[row]!, j1);
    }
  };
  cover(0, 0, 0, 0);
  for (const link of links) {
    cover(i, i + link.source.length, j, j + link.target.length);
    i += link.source.length;
    j += link.target.length;
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let row = 0; row <= n; row++) {
    // The path is monotone: the columns of rows within `width` lie between these two.
    lo[row] = Math.max(0, first[Math.max(0, row - width)]! - width);
    hi[row] = Math.min(m, last[Math.min(n, row + width)]! + width);
  }
  return monotone({ lo, hi }, m);
}

/** Makes both edges non-decreasing and pins the corners, so a path from (0,0) to (n,m) exists. */
function monotone(band: Band, m: number): Band {
  const n = band.lo.length - 1;
  for (let i = n - 1; i >= 0; i--) band.lo[i] = Math.min(band.lo[i]!, band.lo[i + 1]!);
  for (let i = 1; i <= n; i++) band.hi[i] = Math.max(band.hi[i]!, band.hi[i - 1]!);
  band.lo[0] = 0;
  band.hi[n] = m;
  for (let i = 1; i <= n; i++) band.lo[i] = Math.min(band.lo[i]!, band.hi[i - 1]!);
  return band;
}

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}
