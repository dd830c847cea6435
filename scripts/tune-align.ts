/**
 * `npx tsx scripts/tune-align.ts`: chooses the aligner's link weights (align-parameters.ts) on the
 * Text+Berg `dev` document only, and prints them with dev's strict F1. It never reads the test
 * sets; `npm run eval:align` scores those.
 *
 * 1. An averaged structured perceptron (Collins 2002): decode dev with the current weights, move
 *    the weights towards the gold path's features and away from the decoded path's, average.
 *    Both passes share the weights; the update uses the second pass's features.
 * 2. A coordinate search on strict F1: each weight in turn is moved up or down, kept when dev's
 *    strict F1 improves.
 *
 * Options: --epochs N (perceptron, default 9), --eta X (its step, default 0.001), --rounds N
 * (coordinate search, default 2). Starts from the weights in align-parameters.ts.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { Aligner, alignSentences, defaultParameters, type AlignParameters } from '../src-main/core/alignment/align-sentences.js';
import { fullBand } from '../src-main/core/alignment/band.js';
import { loadTextBerg, textBergLanguages } from '../src-main/core/alignment/eval/textberg.js';
import { featureCount, featureNames, linkFeatures, type FeatureContext } from '../src-main/core/alignment/link-features.js';
import type { SentenceLink } from '../src-main/core/alignment/links.js';
import { scoreAlignments } from '../src-main/core/alignment/score.js';

const { values } = parseArgs({ options: { epochs: { type: 'string', default: '9' }, eta: { type: 'string', default: '0.001' }, rounds: { type: 'string', default: '2' } } });
const folder = resolve(import.meta.dirname, '..', '..', 'shared', 'eval', 'align', 'textberg-de-fr');
const dev = loadTextBerg(folder, ['dev'])[0]!;
const input = { source: dev.source, target: dev.target, sourceLanguage: textBergLanguages.source, targetLanguage: textBergLanguages.target };

const contiguous = (x: number[]) => x.every((v, k) => k === 0 || v === x[k - 1]! + 1);

/** Sum of the features of a path's links; gold links that are not contiguous cannot be scored and are left out. */
function pathFeatures(context: FeatureContext, links: readonly SentenceLink[]): Float64Array {
  const total = new Float64Array(featureCount);
  const one = new Float64Array(featureCount);
  for (const link of links) {
    if (!contiguous(link.source) || !contiguous(link.target)) continue;
    const i0 = link.source[0] ?? 0;
    const j0 = link.target[0] ?? 0;
    linkFeatures(context, i0, i0 + link.source.length, j0, j0 + link.target.length, one);
    for (let k = 0; k < featureCount; k++) total[k] = total[k]! + one[k]!;
  }
  return total;
}

const withWeights = (weights: readonly number[]): AlignParameters => ({ ...defaultParameters, weights: [...weights] });
const devF1 = (weights: readonly number[]) => scoreAlignments([{ gold: dev.gold, test: alignSentences(input, withWeights(weights)) }]).f1Strict;

function perceptron(start: readonly number[], epochs: number, eta: number): number[] {
  const aligner = new Aligner(input, defaultParameters);
  const band = fullBand(aligner.n, aligner.m);
  const weights = Float64Array.from(start);
  const sum = new Float64Array(featureCount);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const first = aligner.decode(aligner.firstContext(band), band, [...weights]);
    const context = aligner.laterContext(first, band);
    const decoded = aligner.decode(context, band, [...weights]);
    const gold = pathFeatures(context, dev.gold);
    const found = pathFeatures(context, decoded);
    for (let k = 0; k < featureCount; k++) weights[k] = weights[k]! + eta * (gold[k]! - found[k]!);
    for (let k = 0; k < featureCount; k++) sum[k] = sum[k]! + weights[k]!;
    console.log(`perceptron epoch ${epoch + 1}: decoded dev strict F1 ${scoreAlignments([{ gold: dev.gold, test: decoded }]).f1Strict.toFixed(4)}`);
  }
  return [...sum].map((x) => x / epochs);
}

function coordinateSearch(start: readonly number[], rounds: number): number[] {
  let weights = [...start];
  let best = devF1(weights);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < featureCount; k++) {
      const step = Math.max(0.5 * Math.abs(weights[k]!), 0.5) / (round + 1);
      for (const delta of [step, -step, 2 * step, -2 * step]) {
        const candidate = [...weights];
        candidate[k] = weights[k]! + delta;
        const score = devF1(candidate);
        if (score > best + 1e-4) {
          [weights, best] = [candidate, score];
          console.log(`round ${round + 1}: ${featureNames[k]} → ${candidate[k]!.toFixed(3)}, dev strict F1 ${best.toFixed(4)}`);
          break;
        }
      }
    }
  }
  return weights;
}

const start = defaultParameters.weights;
console.log(`start: dev strict F1 ${devF1(start).toFixed(4)}`);
const averaged = perceptron(start, Number(values.epochs), Number(values.eta));
console.log(`averaged perceptron: dev strict F1 ${devF1(averaged).toFixed(4)}`);
const tuned = coordinateSearch(averaged, Number(values.rounds));
console.log(`\nweights (dev strict F1 ${devF1(tuned).toFixed(4)}):\n[${tuned.map((w) => Number(w.toFixed(3))).join(', ')}]`);
