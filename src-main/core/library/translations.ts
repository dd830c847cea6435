/**
 * Translation pairs in a library: the user's decisions (storage/translations-store.ts), the
 * alignment of a pair with its fidelity findings, and proposals of pairs Parallax finds itself.
 */
import type { Database } from 'better-sqlite3';
import type { ArticleAlignment, ArticleDetail, TranslationProposal, TranslationsResult } from '../../api/contract.js';
import { alignArticles } from '../alignment/align-articles.js';
import { translationEvidence } from '../alignment/translation-evidence.js';
import { NotFoundError } from '../errors.js';
import { findArticleDetail, findArticleSummary } from '../storage/articles-store.js';
import { translationDecisionsOf, writeTranslationDecision } from '../storage/translations-store.js';
import { articleFigures, type StoredFigure } from './article-figures.js';

/** Alignments run per proposal request, at most: each costs tens to hundreds of milliseconds. */
const maximumCandidates = 6;
/** Candidates whose word counts differ more than this factor are not a text and its translation. */
const maximumWordRatio = 2.5;

function article(db: Database, id: number): ArticleDetail {
  const found = findArticleDetail(db, id);
  if (!found) throw new NotFoundError(`There is no article ${id} in this library.`);
  return found;
}

const placed = (figures: StoredFigure[]) => figures.map(({ article: _, ...figure }) => figure);

export function alignTranslation(db: Database, originalId: number, translationId: number): ArticleAlignment {
  const original = article(db, originalId);
  const translation = article(db, translationId);
  const result = alignArticles(original, translation, { original: placed(articleFigures(db, [originalId])), translation: placed(articleFigures(db, [translationId])) });
  return { original: originalId, translation: translationId, ...result };
}

export function setTranslation(db: Database, original: number, translation: number, paired: boolean): TranslationsResult {
  article(db, original);
  article(db, translation);
  const reverse = translationDecisionsOf(db, original).find((d) => d.state === 'paired' && d.original === translation && d.translation === original);
  if (paired && reverse) writeTranslationDecision(db, translation, original, 'dismissed');
  writeTranslationDecision(db, original, translation, paired ? 'paired' : 'dismissed');
  return translationsOf(db, original, { propose: false });
}

export function translationsOf(db: Database, id: number, options: { propose?: boolean } = {}): TranslationsResult {
  article(db, id);
  const decisions = translationDecisionsOf(db, id);
  const pairs = decisions.filter((d) => d.state === 'paired').map((d) => ({ original: d.original, translation: d.translation, pairedAt: d.decidedAt }));
  if (options.propose === false) return { pairs, proposals: [] };
  const decided = new Set(decisions.map((d) => (d.original === id ? d.translation : d.original)));
  return { pairs, proposals: proposeTranslations(db, id, decided) };
}

/**
 * Articles that may be the translation or the original of `id`: in another language, of a
 * comparable length, ranked by the figures they share with it; the best few are aligned and kept
 * when their alignment looks like a translation's (alignment/translation-evidence.ts).
 */
function proposeTranslations(db: Database, id: number, decided: ReadonlySet<number>): TranslationProposal[] {
  const self = findArticleSummary(db, id)!;
  const sharedFigures = new Map(
    (
      db
        .prepare(
          `SELECT f.article_id AS id, count(*) AS shared
           FROM figures f JOIN figures g ON g.article_id = ? AND f.kind = g.kind AND f.unit IS g.unit AND f.low <= g.high AND f.high >= g.low
           WHERE f.article_id <> ? GROUP BY f.article_id`,
        )
        .all(id, id) as Array<{ id: number; shared: number }>
    ).map((row) => [row.id, row.shared]),
  );
  const candidates = (db.prepare('SELECT id, language, words, published FROM articles WHERE id <> ? AND language <> ?').all(id, self.language) as Array<{ id: number; language: string; words: number; published: string | null }>)
    .filter((c) => !decided.has(c.id) && c.language !== 'und' && Math.max(c.words, self.words) <= maximumWordRatio * Math.max(1, Math.min(c.words, self.words)))
    .sort((a, b) => (sharedFigures.get(b.id) ?? 0) - (sharedFigures.get(a.id) ?? 0) || Math.abs(Math.log(a.words / self.words)) - Math.abs(Math.log(b.words / self.words)) || a.id - b.id)
    .slice(0, maximumCandidates);
  const proposals: TranslationProposal[] = [];
  for (const candidate of candidates) {
    // The article published first is taken as the original; without dates, the one imported first.
    const selfFirst = self.published && candidate.published ? self.published <= candidate.published : id < candidate.id;
    const [original, translation] = selfFirst ? [id, candidate.id] : [candidate.id, id];
    const evidence = translationEvidence(alignTranslation(db, original, translation).summary);
    if (evidence.likely) proposals.push({ original, translation, score: evidence.score, reason: evidence.reason });
  }
  return proposals.sort((a, b) => b.score - a.score);
}
