/**
 * The best monotone path through the band: each step is a link of `a` source and `b` target
 * sentences (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1, and 1-0 / 0-1 for a sentence with
 * no counterpart), and the path maximises the sum of its links' scores.
 */
import type { Band } from './band.js';
import type { SentenceLink } from './links.js';

export interface LinkType {
  source: number;
  target: number;
}

export const linkTypes: readonly LinkType[] = [
  { source: 1, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
  { source: 1, target: 2 },
  { source: 2, target: 1 },
  { source: 2, target: 2 },
  { source: 1, target: 3 },
  { source: 3, target: 1 },
  { source: 2, target: 3 },
  { source: 3, target: 2 },
  { source: 1, target: 4 },
  { source: 4, target: 1 },
];

/**
 * Score of linking source sentences [i0, i1) with target sentences [j0, j1). `needed` is the score
 * the link must beat to matter: a scorer may stop early and return anything not above it.
 */
export type LinkScore = (i0: number, i1: number, j0: number, j1: number, needed: number) => number;

export function bestPath(n: number, m: number, band: Band, score: LinkScore, types: readonly LinkType[] = linkTypes): SentenceLink[] {
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i]! + (band.hi[i]! - band.lo[i]! + 1);
  const total = new Float64Array(offset[n + 1]!).fill(-Infinity);
  const step = new Int8Array(offset[n + 1]!).fill(-1);
  total[0] = 0;
  for (let i = 0; i <= n; i++) {
    const lo = band.lo[i]!;
    const hi = band.hi[i]!;
    for (let j = lo; j <= hi; j++) {
      const cell = offset[i]! + (j - lo);
      if (i === 0 && j === 0) continue;
      let bestValue = -Infinity;
      let bestType = -1;
      for (let t = 0; t < types.length; t++) {
        const type = types[t]!;
        const pi = i - type.source;
        const pj = j - type.target;
        if (pi < 0 || pj < 0 || pj < band.lo[pi]! || pj > band.hi[pi]!) continue;
        const before = total[offset[pi]! + (pj - band.lo[pi]!)]!;
        if (before === -Infinity) continue;
        const value = before + score(pi, i, pj, j, bestValue - before);
        if (value > bestValue) {
          bestValue = value;
          bestType = t;
        }
      }
      total[cell] = bestValue;
      step[cell] = bestType;
    }
  }
  const links: SentenceLink[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const t = step[offset[i]! + (j - band.lo[i]!)]!;
    if (t < 0) throw new Error(`no alignment path reaches (${i}, ${j}) inside the band`);
    const type = types[t]!;
    links.push({ source: range(i - type.source, i), target: range(j - type.target, j) });
    i -= type.source;
    j -= type.target;
  }
  return links.reverse();
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
