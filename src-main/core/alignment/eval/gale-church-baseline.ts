/**
 * Gale & Church (1993) as published, the baseline every sentence aligner is compared with: lengths
 * in characters, ratio 1, variance 6.8, the paper's priors (1-1 0.89, 1-2 and 2-1 0.089, 1-0 and
 * 0-1 0.0099, 2-2 0.011), the same dynamic programme. Used by the evaluation and the benchmark
 * only, to measure Parallax's aligner against it in the same run.
 */
import { fullBand, type Band } from '../band.js';
import { bestPath, type LinkType } from '../dynamic-programming.js';
import { lengthCost } from '../gale-church.js';
import type { SentenceLink } from '../links.js';

const priors: Record<string, number> = { '1-1': 0.89, '1-0': 0.0099, '0-1': 0.0099, '1-2': 0.089, '2-1': 0.089, '2-2': 0.011 };
const types: LinkType[] = Object.keys(priors).map((key) => ({ source: Number(key[0]), target: Number(key[2]) }));
const model = { ratio: 1, variance: 6.8 };

export function galeChurchAlign(source: readonly string[], target: readonly string[], band: Band = fullBand(source.length, target.length)): SentenceLink[] {
  const prefix = (texts: readonly string[]) => {
    const out = new Float64Array(texts.length + 1);
    texts.forEach((text, k) => (out[k + 1] = out[k]! + text.length));
    return out;
  };
  const sourceLength = prefix(source);
  const targetLength = prefix(target);
  const priorCost = new Map(Object.entries(priors).map(([key, p]) => [key, -Math.log(p)]));
  return bestPath(
    source.length,
    target.length,
    band,
    (i0, i1, j0, j1) => -(priorCost.get(`${i1 - i0}-${j1 - j0}`)! + lengthCost(sourceLength[i1]! - sourceLength[i0]!, targetLength[j1]! - targetLength[j0]!, model)),
    types,
  );
}

/** A band around the diagonal, for long texts (the published method searches everything). */
export function diagonalBand(n: number, m: number, halfWidth: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const center = (i * m) / n;
    lo[i] = Math.max(0, Math.floor(center - halfWidth));
    hi[i] = Math.min(m, Math.ceil(center + halfWidth));
  }
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}
