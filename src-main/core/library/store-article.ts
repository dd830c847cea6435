/**
 * Writes one prepared article, its paragraphs, their index entries and figures in one transaction,
 * unless the same content is already in the library.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ImportedItem, SkippedItem } from '../../api/contract.js';
import type { PreparedArticle } from '../importing/prepared-article.js';
import { articleIndexEntry, indexArticle } from '../search/indexer.js';
import { insertArticleFigures } from './article-figures.js';
import { findArticleIdByHash, insertArticle } from '../storage/articles-store.js';

/** The same words in the same order are the same article, whatever the encoding, line breaks or spacing. */
export function contentHash(article: PreparedArticle): string {
  const canonical = article.paragraphs
    .filter((p) => p.kind !== 'junk')
    .map((p) => p.text.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .join('\n');
  return createHash('sha256').update(canonical).digest('hex');
}

export function storeArticle(
  db: Database,
  article: PreparedArticle,
  origin: { source: string; sourcePath: string | null },
): { imported: ImportedItem } | { skipped: SkippedItem } {
  const hash = contentHash(article);
  return db.transaction(() => {
    const existingId = findArticleIdByHash(db, hash);
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
    const entry = articleIndexEntry(article.paragraphs);
    const { id } = insertArticle(db, {
      title: article.title,
      outlet: article.outlet,
      language: article.language,
      published: article.published,
      source: origin.source,
      sourcePath: origin.sourcePath,
      originalText: article.originalText,
      contentHash: hash,
      importedAt: new Date().toISOString(),
      words: entry.words,
      paragraphs: article.paragraphs,
    });
    indexArticle(db, id, article.paragraphs, entry);
    insertArticleFigures(db, id, article.paragraphs);
    return {
      imported: { id, source: origin.source, title: article.title, language: article.language, outlet: article.outlet, paragraphs: article.paragraphs.length },
    };
  })();
}
