/**
 * Pairings Parallax proposes for an article: articles in another language that align with it
 * almost one to one (alignment/translation-likelihood.ts). Candidates are narrowed cheaply first
 * (words, in SQL; then number of sentences) so that only a few are aligned.
 */
import type { ArticleDetail } from '../../api/contract.js';
import { alignArticles, articleSentences } from '../alignment/align-articles.js';
import { looksLikeTranslation, translationEvidence } from '../alignment/translation-likelihood.js';
import type { Database } from '../storage/database.js';
import { pairingCandidates } from './translations.js';

export interface TranslationProposal {
  original: number;
  translation: number;
  score: number;
}

/** Words of one side per word of the other, at most. */
const wordRatio = 4;
/** Candidates read and split into sentences, at most, nearest in words first. */
const readCandidates = 100;
/** Sentences of one side per sentence of the other, at most: a translation keeps its sentences. */
const sentenceRatio = 1.5;
/** Candidates aligned, at most, nearest in number of sentences first. */
const alignedCandidates = 20;

export function proposeTranslations(db: Database, id: number, article: (id: number) => ArticleDetail): TranslationProposal[] {
  const candidates = pairingCandidates(db, id, wordRatio, readCandidates);
  if (candidates.length === 0) return [];
  const self = article(id);
  const ownSentences = articleSentences(self).length;
  const near = candidates
    .map((candidate) => {
      const detail = article(candidate.id);
      return { detail, sentences: articleSentences(detail).length };
    })
    .filter((c) => c.sentences > 0 && Math.max(c.sentences / ownSentences, ownSentences / c.sentences) <= sentenceRatio)
    .sort((a, b) => Math.abs(a.sentences - ownSentences) - Math.abs(b.sentences - ownSentences) || a.detail.id - b.detail.id)
    .slice(0, alignedCandidates);
  const proposals: TranslationProposal[] = [];
  for (const { detail } of near) {
    // Which one is the original cannot be read from the texts; the one imported first is taken
    // as the original, as a reader imports a source before its translation.
    const [original, translation] = detail.id < self.id ? [detail, self] : [self, detail];
    const alignment = alignArticles(original, translation);
    const evidence = translationEvidence(alignment, original.language, translation.language);
    if (looksLikeTranslation(evidence, alignment)) proposals.push({ original: original.id, translation: translation.id, score: Number(evidence.score.toFixed(3)) });
  }
  return proposals.sort((a, b) => b.score - a.score);
}
