/**
 * The aligner's settings. The weights (in the order of link-features.ts's featureNames) were
 * learned on the Text+Berg development document only, by an averaged structured perceptron and a
 * coordinate search on strict F1 (scripts/tune-align.ts); the other values were chosen on the
 * same document. Nothing here names a language: the features are spelling, digits, punctuation
 * and lengths.
 */
export interface AlignParameters {
  /** Multiplier of a number's weight among a sentence's items. */
  numberWeight: number;
  /** Multiplier of a mark's weight among a sentence's items. */
  markWeight: number;
  /** Added to a link's weight before dividing, so sentences with almost no items are not judged on them. */
  smoothing: number;
  /** Band of the first pass: minimum half-width, share of the gap between anchors, maximum. */
  band: { minimum: number; share: number; maximum: number };
  /** Half-width of a later pass's band around the path before it. */
  secondBand: number;
  /** Up to this many cells (source × target sentences), the first pass searches everything. */
  fullSearchCells: number;
  lexicon: { minimumDice: number; minimumCount: number; perWord: number; weight: number };
  /** Passes after the first, each learning from the one before (0: spelling and lengths only). */
  passes: number;
  /** The weight of each link feature, in both passes. */
  weights: number[];
}

const learned = [1.018, -10.325, -7.992, -1.955, -1.269, -5.028, -8.699, -6.585, -0.025, 0.171, -1.344, 1.057, -0.183, -0.37, 0.476, -0.013, 0.003, -0.009];

export const defaultParameters: AlignParameters = {
  numberWeight: 1.5,
  markWeight: 1,
  smoothing: 0.5,
  band: { minimum: 8, share: 0.4, maximum: 60 },
  secondBand: 6,
  fullSearchCells: 400_000,
  lexicon: { minimumDice: 0.26, minimumCount: 2, perWord: 1, weight: 0.8 },
  passes: 1,
  weights: learned,
};
