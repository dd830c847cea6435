/**
 * Whether an alignment looks like that of a text and its translation, for proposing a pairing.
 * Two articles on the same story by different outlets align too (the aligner always finds a
 * path), so the evidence is what only a translation shows:
 *
 * - almost every link is one sentence to one sentence (a translator keeps the sentences);
 * - the lengths of linked sentences rise and fall together (Gale & Church's observation: a long
 *   sentence has a long translation), measured as the correlation of their lengths;
 *   and their ratio stays near the document's;
 * - the figures of the original are found in their aligned sentences.
 */
import { extractFigures } from '../figures/extract-figures.js';
import { figuresMatch } from '../figures/link-figures.js';
import type { Figure } from '../figures/types.js';
import type { ArticleAlignment } from './align-articles.js';

export interface TranslationEvidence {
  /** Share of the links that join one sentence to one sentence. */
  oneToOne: number;
  /** Pearson correlation of the lengths of the sentences of one-to-one links (−1…1). */
  lengthCorrelation: number;
  /** Mean distance of each one-to-one link's length ratio from the document's, in log units (0: all alike). */
  ratioSpread: number;
  /** Share of the original's figures written in digits found in their link or the next one; null without figures. */
  figuresKept: number | null;
  /** Digits of the original looked for (the figures behind `figuresKept`). */
  figuresChecked: number;
  /** 0…1, for ranking proposals: one-to-one share × correlation × (1 − spread). */
  score: number;
}

/** Below this many sentences a side, correlations and shares are noise. */
export const minimumSentences = 4;
/**
 * Measured on the Text+Berg pairs (one-to-one 0.56…0.91: a book translation merges sentences more
 * than a news translation; correlation ≥ 0.87, spread ≤ 0.20) and on the sample library's articles
 * on one story by different outlets (at best one-to-one 0.82 with correlation 0.80 and spread 0.26).
 * Figures are a veto only: OCR and ordinals (`10.` and `10e`) lose digits even in true pairs.
 */
const thresholds = { oneToOne: 0.8, lengthCorrelation: 0.85, ratioSpread: 0.22, figuresKept: 0.25, figuresForVeto: 3 };

export function translationEvidence(alignment: ArticleAlignment, sourceLanguage: string, targetLanguage: string): TranslationEvidence {
  const links = alignment.sentenceLinks;
  const single = links.filter((link) => link.source.length === 1 && link.target.length === 1);
  const oneToOne = links.length ? single.length / links.length : 0;
  const lengthCorrelation = correlation(
    single.map((link) => alignment.sourceSentences[link.source[0]!]!.text.length),
    single.map((link) => alignment.targetSentences[link.target[0]!]!.text.length),
  );
  const ratioSpread = spread(single.map((link) => [alignment.sourceSentences[link.source[0]!]!.text.length, alignment.targetSentences[link.target[0]!]!.text.length] as const));
  const { kept, total } = keptFigures(alignment, sourceLanguage, targetLanguage);
  const figuresKept = total ? kept / total : null;
  const score = oneToOne * Math.max(0, lengthCorrelation) * Math.max(0, 1 - ratioSpread);
  return { oneToOne, lengthCorrelation, ratioSpread, figuresKept, figuresChecked: total, score };
}

export function looksLikeTranslation(evidence: TranslationEvidence, alignment: ArticleAlignment): boolean {
  if (alignment.sourceSentences.length < minimumSentences || alignment.targetSentences.length < minimumSentences) return false;
  const figuresVeto = evidence.figuresChecked >= thresholds.figuresForVeto && (evidence.figuresKept ?? 1) < thresholds.figuresKept;
  return evidence.oneToOne >= thresholds.oneToOne && evidence.lengthCorrelation >= thresholds.lengthCorrelation && evidence.ratioSpread <= thresholds.ratioSpread && !figuresVeto;
}

function spread(pairs: ReadonlyArray<readonly [number, number]>): number {
  if (pairs.length === 0) return Infinity;
  const logs = pairs.map(([a, b]) => Math.log((b + 1) / (a + 1)));
  const sorted = [...logs].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return logs.reduce((sum, x) => sum + Math.abs(x - median), 0) / logs.length;
}

function correlation(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 3) return 0;
  const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

function keptFigures(alignment: ArticleAlignment, sourceLanguage: string, targetLanguage: string): { kept: number; total: number } {
  const targetByLink: Figure[][] = alignment.sentenceLinks.map((link) => link.target.flatMap((j) => extractFigures(alignment.targetSentences[j]!.text, targetLanguage, { minConfidence: 0.5 })));
  let total = 0;
  let kept = 0;
  alignment.sentenceLinks.forEach((link, index) => {
    const nearby = [...(targetByLink[index - 1] ?? []), ...targetByLink[index]!, ...(targetByLink[index + 1] ?? [])];
    for (const i of link.source) {
      for (const figure of extractFigures(alignment.sourceSentences[i]!.text, sourceLanguage, { minConfidence: 0.5 })) {
        // Numbers in words ("two", "a pair") are rendered freely; digits are copied.
        if (!/\p{Nd}/u.test(figure.text)) continue;
        total++;
        if (nearby.some((other) => figuresMatch(figure, other))) kept++;
      }
    }
  });
  return { kept, total };
}
