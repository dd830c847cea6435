/**
 * Writes one analysed article, its paragraphs, index entry and figures in one transaction, unless
 * the same content is already in the library. Nothing is computed here but row ids: the writer is
 * the one part of an import that cannot run on several threads.
 */
import type { Database } from 'better-sqlite3';
import type { ImportedItem, SkippedItem } from '../../api/contract.js';
import { indexArticle } from '../search/indexer.js';
import type { AnalysedArticle } from './analyse-article.js';
import { writeArticleFigures } from './article-figures.js';
import { findArticleIdByHash, insertArticle } from '../storage/articles-store.js';

export function storeArticle(
  db: Database,
  analysed: AnalysedArticle,
  origin: { source: string; sourcePath: string | null },
): { imported: ImportedItem } | { skipped: SkippedItem } {
  const { article, contentHash, index, figures } = analysed;
  return db.transaction(() => {
    const existingId = findArticleIdByHash(db, contentHash);
    if (existingId !== undefined) {
      return {
        skipped: {
          source: origin.source,
          reason: 'duplicate' as const,
          message: `${origin.source} is already in the library (article ${existingId}).`,
          existingId,
        },
      };
    }
    const { id } = insertArticle(db, {
      title: article.title,
      outlet: article.outlet,
      language: article.language,
      published: article.published,
      source: origin.source,
      sourcePath: origin.sourcePath,
      originalText: article.originalText,
      contentHash,
      importedAt: new Date().toISOString(),
      words: index.words,
      paragraphs: article.paragraphs,
    });
    indexArticle(db, id, article.paragraphs, index);
    writeArticleFigures(db, id, figures);
    return {
      imported: { id, source: origin.source, title: article.title, language: article.language, outlet: article.outlet, paragraphs: article.paragraphs.length },
    };
  })();
}
