/**
 * Sentence alignment of a text and its translation, in the tradition of Gale & Church (lengths),
 * Hunalign (a lexicon, and a second pass that learns one from the first) and Vecalign (a
 * normalised similarity inside a dynamic programme), without model weights:
 *
 * 1. Each sentence becomes a length and a set of items (sentence-features.ts); items of the two
 *    sides are linked by spelling: numbers, marks, names, cognates (correspondences.ts).
 * 2. The first pass searches for the path that best combines the link features (link-features.ts:
 *    type, shared content, lengths, numbers, marks) under the learned weights. Long texts are
 *    searched in a band around a chain of anchors, items that occur once on each side (band.ts).
 * 3. From that first alignment the length ratio of this very document is measured and a lexicon of
 *    words that keep meeting is learned (lexicon.ts); the second pass searches a narrow band around
 *    the first path with both.
 */
import { defaultParameters, type AlignParameters } from './align-parameters.js';
import { anchorCandidates, anchorChain, bandAroundAnchors, bandAroundPath, fullBand, type Band } from './band.js';
import { spellingCorrespondences, type CorrespondenceTable } from './correspondences.js';
import { bestPath } from './dynamic-programming.js';
import { documentLengthModel, type LengthModel } from './gale-church.js';
import { learnLexicon, mergeTables } from './lexicon.js';
import { linkScorer, type FeatureContext } from './link-features.js';
import type { SentenceLink } from './links.js';
import { sideFeatures, type SideFeatures } from './sentence-features.js';
import { pairSimilarity, type PairSimilarity } from './similarity.js';

export { defaultParameters, type AlignParameters } from './align-parameters.js';

export interface AlignInput {
  source: readonly string[];
  target: readonly string[];
  sourceLanguage: string;
  targetLanguage: string;
}

export function alignSentences(input: AlignInput, parameters: AlignParameters = defaultParameters): SentenceLink[] {
  return alignSentencesWithCoverage(input, parameters).links;
}

export interface AlignmentResult {
  links: SentenceLink[];
  /**
   * Share of the two texts' content (weighted items) that the links explain, 0…1: high for a
   * translation, low for two texts that merely tell the same story.
   */
  coverage: number;
  /**
   * How much more the linked sentences share than sentences share on average (raw over
   * baseline, summed over the links): a translation shares with its own sentences, two texts on
   * one story share with all of each other's alike.
   */
  contrast: number;
}

export function alignSentencesWithCoverage(input: AlignInput, parameters: AlignParameters = defaultParameters): AlignmentResult {
  const n = input.source.length;
  const m = input.target.length;
  if (n === 0 || m === 0) {
    return { links: [...input.source.map((_, i) => ({ source: [i], target: [] })), ...input.target.map((_, j) => ({ source: [], target: [j] }))], coverage: 0, contrast: 0 };
  }
  const aligner = new Aligner(input, parameters);
  const firstBand = aligner.firstBand();
  let context = aligner.firstContext(firstBand);
  let links = aligner.decode(context, firstBand, parameters.weights);
  for (let pass = 0; pass < parameters.passes; pass++) {
    const band = bandAroundPath(links, n, m, parameters.secondBand);
    context = aligner.laterContext(links, band);
    links = aligner.decode(context, band, parameters.weights);
  }
  return { links, ...coverageOf(links, context) };
}

function coverageOf(links: readonly SentenceLink[], context: FeatureContext): { coverage: number; contrast: number } {
  let matched = 0;
  let baseline = 0;
  for (const link of links) {
    for (const p of link.source) {
      for (const q of link.target) {
        matched += context.similarity.raw(p, q);
        baseline += context.similarity.raw(p, q) - context.similarity.get(p, q);
      }
    }
  }
  const total = (context.sourceMass.at(-1)! + context.targetMass.at(-1)!) / 2;
  return { coverage: total > 0 ? Math.min(1, matched / total) : 0, contrast: baseline > 0 ? matched / baseline : 0 };
}

/** The steps of an alignment, apart, so the weights can be learned on them (scripts/eval-align.ts). */
export class Aligner {
  readonly n: number;
  readonly m: number;
  private readonly source: SideFeatures;
  private readonly target: SideFeatures;
  private readonly sourceWeights: Float64Array;
  private readonly targetWeights: Float64Array;
  private readonly spelling: CorrespondenceTable;
  private readonly base: Omit<FeatureContext, 'similarity' | 'model' | 'pairNumbers' | 'sourceBest' | 'sourceMargin' | 'targetBest' | 'targetMargin'>;
  private readonly sharedNumbers: (p: number, q: number) => number;
  private readonly documentModel: LengthModel;

  constructor(input: AlignInput, private readonly parameters: AlignParameters) {
    this.n = input.source.length;
    this.m = input.target.length;
    this.source = sideFeatures(input.source, input.sourceLanguage);
    this.target = sideFeatures(input.target, input.targetLanguage);
    this.sourceWeights = itemWeights(this.source, parameters);
    this.targetWeights = itemWeights(this.target, parameters);
    this.spelling = spellingCorrespondences(this.source.vocabulary, this.target.vocabulary);
    this.documentModel = documentLengthModel(this.source.lengths, this.target.lengths);
    this.sharedNumbers = sharedNumbers(this.source, this.target);
    this.base = {
      sourceLength: prefixSums(this.source.lengths),
      targetLength: prefixSums(this.target.lengths),
      sourceMass: prefixSums(sentenceMasses(this.source, this.sourceWeights)),
      targetMass: prefixSums(sentenceMasses(this.target, this.targetWeights)),
      sourceNumbers: prefixSums(numberCounts(this.source)),
      targetNumbers: prefixSums(numberCounts(this.target)),
      sourceMarks: marks(this.source),
      targetMarks: marks(this.target),
      smoothing: parameters.smoothing,
    };
  }

  /** Everything for short texts; a band around the anchors for long ones. */
  firstBand(): Band {
    if (this.n * this.m <= this.parameters.fullSearchCells) return fullBand(this.n, this.m);
    const anchors = anchorCandidates({
      sourceItems: this.source.items,
      targetItems: this.target.items,
      sourceFrequency: this.source.documentFrequency,
      targetFrequency: this.target.documentFrequency,
      correspondences: this.spelling,
    });
    return bandAroundAnchors(anchorChain(anchors, this.m), this.n, this.m, this.parameters.band);
  }

  firstContext(band: Band): FeatureContext {
    return this.context(this.similarity(this.spelling, band), this.documentModel);
  }

  /** The context of a later pass: a lexicon and a length ratio learned from `links`. */
  laterContext(links: readonly SentenceLink[], band: Band): FeatureContext {
    const isWord = (vocabulary: string[]) => (id: number) => vocabulary[id]![0] !== '#' && vocabulary[id]![0] !== '¶';
    const learned = learnLexicon(links, this.source.items, this.target.items, this.target.vocabulary.length, { source: isWord(this.source.vocabulary), target: isWord(this.target.vocabulary) }, this.parameters.lexicon);
    const scaled: CorrespondenceTable = learned.map((row) => row?.map((c) => ({ target: c.target, weight: c.weight * this.parameters.lexicon.weight })) ?? []);
    const table = mergeTables(this.spelling, scaled, this.source.vocabulary.length);
    return this.context(this.similarity(table, band), measuredLengthModel(links, this.source, this.target, this.documentModel));
  }

  private context(similarity: PairSimilarity, model: LengthModel): FeatureContext {
    const pairNumbers = new Float64Array(similarity.rawValues.length);
    for (let p = 0; p < this.n; p++) {
      const [from, to] = similarity.columns(p);
      for (let q = from; q < to; q++) pairNumbers[similarity.index(p, q)] = this.sharedNumbers(p, q);
    }
    return { ...this.base, similarity, model, pairNumbers, ...bestMatches(similarity, this.base) };
  }

  decode(context: FeatureContext, band: Band, weights: readonly number[]): SentenceLink[] {
    return bestPath(this.n, this.m, band, linkScorer(context, weights));
  }

  private similarity(table: CorrespondenceTable, band: Band) {
    return pairSimilarity(
      { sourceItems: this.source.items, targetItems: this.target.items, sourceWeights: this.sourceWeights, targetWeights: this.targetWeights, correspondences: table, targetVocabularySize: this.target.vocabulary.length },
      band,
    );
  }
}

/**
 * Each sentence's best match on the other side, by share of content, and the margin by which it
 * beats the runner-up: a sentence whose best match is clear and lies in another link is evidence
 * against the link that holds it (Bertalign starts from such mutual best pairs).
 */
function bestMatches(similarity: PairSimilarity, base: { sourceMass: Float64Array; targetMass: Float64Array; smoothing: number }) {
  const n = base.sourceMass.length - 1;
  const m = base.targetMass.length - 1;
  const top = { source: new Float64Array(n), second: new Float64Array(n), best: new Int32Array(n).fill(-1) };
  const topT = { source: new Float64Array(m), second: new Float64Array(m), best: new Int32Array(m).fill(-1) };
  for (let p = 0; p < n; p++) {
    const [from, to] = similarity.columns(p);
    const massP = base.sourceMass[p + 1]! - base.sourceMass[p]!;
    for (let q = from; q < to; q++) {
      const raw = similarity.raw(p, q);
      if (raw === 0) continue;
      const share = raw / ((massP + base.targetMass[q + 1]! - base.targetMass[q]!) / 2 + base.smoothing);
      if (share > top.source[p]!) {
        top.second[p] = top.source[p]!;
        top.source[p] = share;
        top.best[p] = q;
      } else if (share > top.second[p]!) top.second[p] = share;
      if (share > topT.source[q]!) {
        topT.second[q] = topT.source[q]!;
        topT.source[q] = share;
        topT.best[q] = p;
      } else if (share > topT.second[q]!) topT.second[q] = share;
    }
  }
  return {
    sourceBest: top.best,
    sourceMargin: Float64Array.from(top.source, (value, p) => value - top.second[p]!),
    targetBest: topT.best,
    targetMargin: Float64Array.from(topT.source, (value, q) => value - topT.second[q]!),
  };
}

/** Rarity on its own side (idf), times the weight of the item's kind. */
function itemWeights(side: SideFeatures, parameters: AlignParameters): Float64Array {
  const count = side.items.length;
  return Float64Array.from(side.vocabulary, (item, id) => {
    const idf = Math.log((count + 1) / side.documentFrequency[id]!);
    const kind = item[0] === '#' ? parameters.numberWeight : item[0] === '¶' ? parameters.markWeight : 1;
    return Math.max(0, idf) * kind;
  });
}

/** The total weight of each sentence's items: what a perfect translation would match. */
function sentenceMasses(side: SideFeatures, weights: Float64Array): Float64Array {
  return Float64Array.from(side.items, (items) => {
    let sum = 0;
    for (const item of items) sum += weights[item]!;
    return sum;
  });
}

function numberCounts(side: SideFeatures): Float64Array {
  return Float64Array.from(side.items, (items) => {
    let count = 0;
    for (const item of items) if (side.vocabulary[item]![0] === '#') count++;
    return count;
  });
}

function marks(side: SideFeatures): Uint8Array {
  return Uint8Array.from(side.items, (items) => {
    let bits = 0;
    for (const item of items) {
      const text = side.vocabulary[item]!;
      if (text === '¶?') bits |= 1;
      else if (text === '¶!') bits |= 2;
    }
    return bits;
  });
}

/** Numbers of a source sentence found, by value, in a target sentence (numbers are few: a sparse map). */
function sharedNumbers(source: SideFeatures, target: SideFeatures): (p: number, q: number) => number {
  const sentencesOf = new Map<string, number[]>();
  target.items.forEach((items, q) => {
    for (const item of items) {
      const text = target.vocabulary[item]!;
      if (text[0] !== '#') continue;
      const list = sentencesOf.get(text);
      if (list) list.push(q);
      else sentencesOf.set(text, [q]);
    }
  });
  const shared = new Map<number, number>();
  const m = target.items.length;
  source.items.forEach((items, p) => {
    for (const item of items) {
      const text = source.vocabulary[item]!;
      if (text[0] !== '#') continue;
      for (const q of sentencesOf.get(text) ?? []) shared.set(p * m + q, (shared.get(p * m + q) ?? 0) + 1);
    }
  });
  return (p, q) => shared.get(p * m + q) ?? 0;
}

function prefixSums(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) out[k + 1] = out[k]! + values[k]!;
  return out;
}

/**
 * The length ratio of this document, measured on the first pass's one-to-one links (the ratio of
 * the whole texts is the fallback when there are too few). The variance stays Gale & Church's: a
 * variance measured on a first pass comes out too small (its links were chosen for matching
 * lengths), and a tighter model then forces merges.
 */
function measuredLengthModel(links: readonly SentenceLink[], source: SideFeatures, target: SideFeatures, fallback: LengthModel): LengthModel {
  let sumSource = 0;
  let sumTarget = 0;
  let count = 0;
  for (const link of links) {
    if (link.source.length !== 1 || link.target.length !== 1) continue;
    sumSource += source.lengths[link.source[0]!]!;
    sumTarget += target.lengths[link.target[0]!]!;
    count++;
  }
  return count < 20 ? fallback : { ...fallback, ratio: sumTarget / sumSource };
}
