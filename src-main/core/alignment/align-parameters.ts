/**
 * The aligner's settings. The two weight vectors (one per pass, in the order of
 * link-features.ts's featureNames) were learned on the Text+Berg development document by an
 * averaged structured perceptron (`npm run eval:align -- --train`); the other values were chosen
 * on the same document. Nothing here names a language: the features are spelling, digits,
 * punctuation and lengths.
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
  firstWeights: number[];
  laterWeights: number[];
}

const learned = [1.027, -10.325, -8.017, -1.897, -0.745, -5.022, -8.737, -6.567, -0.006, 0.177, -1.289, 1.047, -0.128, -0.297, 0.489, -0.008, 0.005, -0.008];

export const defaultParameters: AlignParameters = {
  numberWeight: 1.5,
  markWeight: 1,
  smoothing: 0.5,
  band: { minimum: 12, share: 0.5, maximum: 100 },
  secondBand: 8,
  fullSearchCells: 400_000,
  lexicon: { minimumDice: 0.26, minimumCount: 2, perWord: 1, weight: 0.8 },
  passes: 1,
  firstWeights: learned,
  laterWeights: learned,
};
