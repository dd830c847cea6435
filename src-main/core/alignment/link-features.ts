/**
 * What the aligner weighs about one candidate link of source sentences [i0, i1) and target
 * sentences [j0, j1): its type, how much of its content the two sides share, whether their
 * lengths agree, whether its numbers and question or exclamation marks are found on both sides,
 * and, for a sentence left without counterpart, how much it would leave unsaid. The score of a
 * link is the dot product of these features with a weight vector (align-parameters.ts), learned
 * on the development set by a structured perceptron (scripts/eval-align.ts --train).
 */
import { lengthCost, type LengthModel } from './gale-church.js';
import type { PairSimilarity } from './similarity.js';

export const featureNames = [
  'type 1-1',
  'type 1-0',
  'type 0-1',
  'type 1-2 / 2-1',
  'type 2-2',
  'type 1-3 / 3-1',
  'type 2-3 / 3-2 / 1-4 / 4-1',
  'unshared share × size^¾',
  'shared share',
  'shared weight beyond the usual',
  'length cost (Gale–Church)',
  'numbers found on both sides',
  'numbers found on one side only',
  'weight of a sentence left alone (tenths)',
  'length of a sentence left alone (100 characters)',
  'question or exclamation on one side only',
  'sentences whose best match is inside the link',
  'sentences whose best match is elsewhere',
] as const;
export const featureCount = featureNames.length;

/** Everything about the two texts the features are computed from. */
export interface FeatureContext {
  similarity: PairSimilarity;
  model: LengthModel;
  /** Prefix sums over sentences (index k = sum of the first k). */
  sourceLength: Float64Array;
  targetLength: Float64Array;
  sourceMass: Float64Array;
  targetMass: Float64Array;
  sourceNumbers: Float64Array;
  targetNumbers: Float64Array;
  /** Numbers of a source sentence found in a target sentence, laid out as the similarity's arrays. */
  pairNumbers: Float64Array;
  /** Bit 1: a question mark, bit 2: an exclamation mark. */
  sourceMarks: Uint8Array;
  targetMarks: Uint8Array;
  smoothing: number;
  /** Each sentence's best match on the other side (−1 for none) and how clearly it is the best (0…1). */
  sourceBest: Int32Array;
  sourceMargin: Float64Array;
  targetBest: Int32Array;
  targetMargin: Float64Array;
}

const sizeFactors = Array.from({ length: 17 }, (_, k) => Math.pow(k, 0.75));
function sizeFactor(cells: number): number {
  return cells < sizeFactors.length ? sizeFactors[cells]! : Math.pow(cells, 0.75);
}

function typeFeature(a: number, b: number): number {
  if (a === 1 && b === 1) return 0;
  if (a === 1 && b === 0) return 1;
  if (a === 0 && b === 1) return 2;
  if ((a === 1 && b === 2) || (a === 2 && b === 1)) return 3;
  if (a === 2 && b === 2) return 4;
  if ((a === 1 && b === 3) || (a === 3 && b === 1)) return 5;
  return 6;
}

/** Writes the features of the link into `out` (length featureCount). */
export function linkFeatures(context: FeatureContext, i0: number, i1: number, j0: number, j1: number, out: Float64Array): Float64Array {
  out.fill(0);
  const a = i1 - i0;
  const b = j1 - j0;
  out[typeFeature(a, b)] = 1;
  const numbers = context.sourceNumbers[i1]! - context.sourceNumbers[i0]! + context.targetNumbers[j1]! - context.targetNumbers[j0]!;
  if (a === 0 || b === 0) {
    const [mass, length] = a === 0 ? [context.targetMass, context.targetLength] : [context.sourceMass, context.sourceLength];
    const [from, to] = a === 0 ? [j0, j1] : [i0, i1];
    out[12] = numbers;
    out[13] = (mass[to]! - mass[from]!) / 10;
    out[14] = (length[to]! - length[from]!) / 100;
    const margins = a === 0 ? context.targetMargin : context.sourceMargin;
    for (let x = from; x < to; x++) out[17] = out[17]! + margins[x]!;
    return out;
  }
  let matched = 0;
  let normalised = 0;
  let sharedNumbers = 0;
  const { from, offset, rawValues, normalisedValues } = context.similarity;
  for (let p = i0; p < i1; p++) {
    const first = from[p]!;
    const start = offset[p]! - first;
    const end = offset[p + 1]!;
    for (let q = j0 < first ? first : j0; q < j1; q++) {
      const k = start + q;
      if (k >= end) break;
      matched += rawValues[k]!;
      normalised += normalisedValues[k]!;
      sharedNumbers += context.pairNumbers[k]!;
    }
  }
  const mass = (context.sourceMass[i1]! - context.sourceMass[i0]! + context.targetMass[j1]! - context.targetMass[j0]!) / 2;
  const share = Math.min(1, matched / (mass + context.smoothing));
  out[7] = (1 - share) * sizeFactor(a * b);
  out[8] = share;
  out[9] = normalised;
  out[10] = lengthCost(context.sourceLength[i1]! - context.sourceLength[i0]!, context.targetLength[j1]! - context.targetLength[j0]!, context.model);
  out[11] = Math.min(sharedNumbers, numbers / 2);
  out[12] = Math.max(0, numbers - 2 * sharedNumbers);
  let sourceMarks = 0;
  let targetMarks = 0;
  for (let p = i0; p < i1; p++) sourceMarks |= context.sourceMarks[p]!;
  for (let q = j0; q < j1; q++) targetMarks |= context.targetMarks[q]!;
  const differing = sourceMarks ^ targetMarks;
  out[15] = (differing & 1) + ((differing >> 1) & 1);
  for (let p = i0; p < i1; p++) {
    const best = context.sourceBest[p]!;
    if (best >= j0 && best < j1) out[16] = out[16]! + context.sourceMargin[p]!;
    else out[17] = out[17]! + context.sourceMargin[p]!;
  }
  for (let q = j0; q < j1; q++) {
    const best = context.targetBest[q]!;
    if (best >= i0 && best < i1) out[16] = out[16]! + context.targetMargin[q]!;
    else out[17] = out[17]! + context.targetMargin[q]!;
  }
  return out;
}

/**
 * The score of a link, `weights · linkFeatures(…)`, computed without the feature array: the
 * dynamic programme asks for millions of them. link-features.test.ts checks that both agree.
 */
export function linkScorer(context: FeatureContext, weights: readonly number[]): (i0: number, i1: number, j0: number, j1: number, needed?: number) => number {
  const w = Float64Array.from(weights);
  const { from, offset, rawValues, normalisedValues } = context.similarity;
  const { pairNumbers, sourceLength, targetLength, sourceMass, targetMass, sourceNumbers, targetNumbers, sourceMarks, targetMarks } = context;
  const { sourceBest, sourceMargin, targetBest, targetMargin, model, smoothing } = context;
  const typeWeight = (a: number, b: number) => w[typeFeature(a, b)]!;
  const types = new Float64Array(25);
  for (let a = 0; a < 5; a++) for (let b = 0; b < 5; b++) types[a * 5 + b] = a + b === 0 ? 0 : typeWeight(a, b);
  // Lengths can only lower a score (a cost with a negative weight): a link that cannot beat `needed`
  // without them is left before the logarithm.
  const lengthsOnlyLower = w[10]! <= 0;
  return (i0, i1, j0, j1, needed = -Infinity) => {
    const a = i1 - i0;
    const b = j1 - j0;
    let score = a < 5 && b < 5 ? types[a * 5 + b]! : typeWeight(a, b);
    const numbers = sourceNumbers[i1]! - sourceNumbers[i0]! + targetNumbers[j1]! - targetNumbers[j0]!;
    if (a === 0 || b === 0) {
      let margins = 0;
      let mass: number;
      let length: number;
      if (a === 0) {
        mass = targetMass[j1]! - targetMass[j0]!;
        length = targetLength[j1]! - targetLength[j0]!;
        for (let q = j0; q < j1; q++) margins += targetMargin[q]!;
      } else {
        mass = sourceMass[i1]! - sourceMass[i0]!;
        length = sourceLength[i1]! - sourceLength[i0]!;
        for (let p = i0; p < i1; p++) margins += sourceMargin[p]!;
      }
      return score + w[12]! * numbers + (w[13]! * mass) / 10 + (w[14]! * length) / 100 + w[17]! * margins;
    }
    let matched = 0;
    let normalised = 0;
    let sharedNumbers = 0;
    for (let p = i0; p < i1; p++) {
      const first = from[p]!;
      const start = offset[p]! - first;
      const end = offset[p + 1]!;
      for (let q = j0 < first ? first : j0; q < j1; q++) {
        const k = start + q;
        if (k >= end) break;
        matched += rawValues[k]!;
        normalised += normalisedValues[k]!;
        sharedNumbers += pairNumbers[k]!;
      }
    }
    const mass = (sourceMass[i1]! - sourceMass[i0]! + targetMass[j1]! - targetMass[j0]!) / 2;
    const ratio = matched / (mass + smoothing);
    const share = ratio < 1 ? ratio : 1;
    score += w[7]! * (1 - share) * sizeFactor(a * b) + w[8]! * share + w[9]! * normalised;
    score += w[11]! * Math.min(sharedNumbers, numbers / 2) + w[12]! * Math.max(0, numbers - 2 * sharedNumbers);
    let sourceBits = 0;
    let targetBits = 0;
    let inside = 0;
    let elsewhere = 0;
    for (let p = i0; p < i1; p++) {
      sourceBits |= sourceMarks[p]!;
      const best = sourceBest[p]!;
      if (best >= j0 && best < j1) inside += sourceMargin[p]!;
      else elsewhere += sourceMargin[p]!;
    }
    for (let q = j0; q < j1; q++) {
      targetBits |= targetMarks[q]!;
      const best = targetBest[q]!;
      if (best >= i0 && best < i1) inside += targetMargin[q]!;
      else elsewhere += targetMargin[q]!;
    }
    const differing = sourceBits ^ targetBits;
    score += w[15]! * ((differing & 1) + ((differing >> 1) & 1)) + w[16]! * inside + w[17]! * elsewhere;
    if (lengthsOnlyLower && score <= needed) return score;
    return score + w[10]! * lengthCost(sourceLength[i1]! - sourceLength[i0]!, targetLength[j1]! - targetLength[j0]!, model);
  };
}
