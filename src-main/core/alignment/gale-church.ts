/**
 * The length model of Gale & Church (1993): a sentence and its translation have lengths in a
 * roughly constant ratio, with a variance that grows with the length. The cost of pairing groups
 * of `sourceLength` and `targetLength` characters is minus the log of the probability of a
 * deviation at least that large.
 *
 * The ratio and the variance are the document's own (estimated by the caller), not constants for
 * a language pair: Chinese uses fewer characters than English, German more than French, and a
 * translator's habits shift both.
 */

export interface LengthModel {
  /** Target characters per source character. */
  ratio: number;
  /** Variance of the target length per source character (Gale & Church measured 6.8). */
  variance: number;
}

/** The largest cost a single link's lengths can add: beyond it, lengths tell nothing more. */
const maximumCost = 25;

/**
 * −ln erfc(x) for x ≥ 0, by Abramowitz & Stegun 7.1.26 (erfc x = poly(t)·e^(−x²), error below
 * 1.5e-7): written as x² − ln poly(t), it needs no exponential and never underflows.
 */
function minusLogErfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return x * x - Math.log(poly);
}

/** −ln P(|δ| ≥ observed) for the lengths of two groups of sentences. */
export function lengthCost(sourceLength: number, targetLength: number, model: LengthModel): number {
  if (sourceLength === 0 && targetLength === 0) return 0;
  const mean = (sourceLength + targetLength / model.ratio) / 2;
  const delta = Math.abs(targetLength - sourceLength * model.ratio) / Math.sqrt(model.variance * mean);
  // Two-sided tail: 2(1 − Φ(δ)) = erfc(δ/√2).
  const cost = minusLogErfc(delta / Math.SQRT2);
  return cost < maximumCost ? cost : maximumCost;
}

/** The ratio of the whole texts, the prior of every link. */
export function documentLengthModel(sourceLengths: ArrayLike<number>, targetLengths: ArrayLike<number>, variance = 6.8): LengthModel {
  let source = 0;
  let target = 0;
  for (let i = 0; i < sourceLengths.length; i++) source += sourceLengths[i]!;
  for (let j = 0; j < targetLengths.length; j++) target += targetLengths[j]!;
  return { ratio: source > 0 && target > 0 ? target / source : 1, variance };
}
