/**
 * Speed of sentence alignment on a 2,000-sentence pair, next to Gale & Church (1993) on the same
 * pair in the same run. The pair is the Text+Berg German–French documents (../shared/eval/align)
 * one after another, repeated until the German side has 2,000 sentences; their gold links, shifted
 * accordingly, give the quality of both on the long pair as well.
 *
 * Run directly (`npx tsx scripts/bench/align-bench.ts`) to print a table, or call `benchAlign()`.
 */
import { resolve } from 'node:path';
import { alignSentences } from '../../src-main/core/alignment/align-sentences.js';
import { galeChurchAlign } from '../../src-main/core/alignment/eval/gale-church-baseline.js';
import { loadTextBerg, textBergAvailable, textBergLanguages, textBergSets } from '../../src-main/core/alignment/eval/textberg.js';
import type { SentenceLink } from '../../src-main/core/alignment/links.js';
import { scoreAlignments } from '../../src-main/core/alignment/score.js';
import { percentile, table } from './stats.js';

export interface AlignBenchResult {
  sourceSentences: number;
  targetSentences: number;
  /** The first alignment in the process: includes compiling the code and loading the stemmers. */
  coldMs: number;
  /** Median of the following runs. */
  warmMs: number;
  galeChurchMs: number;
  /** Parallax's time over Gale & Church's. */
  ratio: number;
  f1Strict: number;
  galeChurchF1Strict: number;
}

const folder = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'align', 'textberg-de-fr');
export const targetSentences = 2000;

export function longPair(): { source: string[]; target: string[]; gold: SentenceLink[] } {
  const documents = loadTextBerg(folder, textBergSets);
  const pair = { source: [] as string[], target: [] as string[], gold: [] as SentenceLink[] };
  for (let k = 0; pair.source.length < targetSentences; k++) {
    const d = documents[k % documents.length]!;
    const [i, j] = [pair.source.length, pair.target.length];
    pair.gold.push(...d.gold.map((l) => ({ source: l.source.map((s) => s + i), target: l.target.map((t) => t + j) })));
    pair.source.push(...d.source);
    pair.target.push(...d.target);
  }
  return pair;
}

export function benchAlign(runs = 4): AlignBenchResult | null {
  if (!textBergAvailable(folder)) return null;
  const pair = longPair();
  const input = { source: pair.source, target: pair.target, sourceLanguage: textBergLanguages.source, targetLanguage: textBergLanguages.target };
  const times: number[] = [];
  let links: SentenceLink[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    links = alignSentences(input);
    times.push(performance.now() - started);
  }
  const started = performance.now();
  const baseline = galeChurchAlign(pair.source, pair.target);
  const galeChurchMs = performance.now() - started;
  const warm = times.slice(1).sort((a, b) => a - b);
  const warmMs = percentile(warm, 50);
  return {
    sourceSentences: pair.source.length,
    targetSentences: pair.target.length,
    coldMs: times[0]!,
    warmMs,
    galeChurchMs,
    ratio: warmMs / galeChurchMs,
    f1Strict: scoreAlignments([{ gold: pair.gold, test: links }]).f1Strict,
    galeChurchF1Strict: scoreAlignments([{ gold: pair.gold, test: baseline }]).f1Strict,
  };
}

export function formatAlignBench(r: AlignBenchResult): string {
  return table([
    { measure: `align ${r.sourceSentences} × ${r.targetSentences} sentences`, Parallax: `${r.warmMs.toFixed(0)} ms (first call ${r.coldMs.toFixed(0)} ms)`, 'Gale & Church': `${r.galeChurchMs.toFixed(0)} ms`, ratio: `${r.ratio.toFixed(2)} × (target < 1 s)` },
    { measure: 'strict F1 on that pair (gold links of the documents)', Parallax: r.f1Strict.toFixed(3), 'Gale & Church': r.galeChurchF1Strict.toFixed(3), ratio: '' },
  ]);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const result = benchAlign();
  console.log(result ? formatAlignBench(result) : `The Text+Berg gold is not at ${folder}.`);
}
