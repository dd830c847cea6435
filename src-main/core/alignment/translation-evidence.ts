/**
 * Whether two articles in different languages are a text and its translation, judged from their
 * alignment. Two outlets' articles on one story share names and figures too, so shared words
 * prove little; what a translation has is sentences that share far more with their own
 * counterpart than with any other sentence, sentence counts in proportion, and figures that
 * agree. Thresholds were set on the Text+Berg pairs (contrast 4.2–8.9) against mismatched pairs
 * of the same corpus and the five sample articles of one story (contrast 1.8–3.7).
 */
import type { AlignmentSummary } from '../../api/contract.js';

export interface TranslationEvidence {
  likely: boolean;
  /** 0…1. */
  score: number;
  reason: string;
}

/** Linked sentences must share this many times more than sentences do on average. */
const minimumContrast = 4;
/** The shorter text must have at least this share of the longer one's sentences. */
const minimumSentenceRatio = 0.6;
/** With this many figures or more, at least this share of them must agree. */
const figuresToJudge = 4;
const minimumFigureAgreement = 0.4;

export function translationEvidence(summary: AlignmentSummary): TranslationEvidence {
  const sentences = Math.min(summary.sourceSentences, summary.targetSentences) / Math.max(1, summary.sourceSentences, summary.targetSentences);
  const agreement = summary.figures > 0 ? summary.matchedFigures / summary.figures : 1;
  const judgedFigures = summary.figures >= figuresToJudge;
  const likely = summary.contrast >= minimumContrast && sentences >= minimumSentenceRatio && (!judgedFigures || agreement >= minimumFigureAgreement);
  const contrastScore = Math.min(1, Math.max(0, (summary.contrast - 2.5) / 4));
  const score = Number((contrastScore * Math.min(1, sentences / 0.8) * (judgedFigures ? Math.min(1, agreement / 0.6) : 1)).toFixed(3));
  const parts = [
    `linked sentences share ${summary.contrast.toFixed(1)} times more than sentences do on average`,
    `${summary.sourceSentences} and ${summary.targetSentences} sentences, ${summary.oneToOne} linked one to one`,
    judgedFigures ? `${summary.matchedFigures} of ${summary.figures} figures agree` : 'too few figures to compare',
  ];
  return { likely, score, reason: parts.join('; ') };
}
