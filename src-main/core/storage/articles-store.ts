/**
 * The SQL for articles and paragraphs: plain synchronous functions of a database handle, the only
 * place in the core that writes these tables.
 */
import type { Database } from 'better-sqlite3';
import type { ArticleDetail, ArticleSummary, Paragraph, ParagraphKind } from '../../api/contract.js';
import { cachedStatement } from './statements.js';

interface ArticleRow {
  id: number;
  title: string;
  outlet: string | null;
  language: string;
  published: string | null;
  source: string;
  words: number;
  imported_at: string;
}

const summaryColumns = 'id, title, outlet, language, published, source, words, imported_at';

function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    source: row.source,
    title: row.title,
    language: row.language,
    outlet: row.outlet,
    published: row.published,
    words: row.words,
    importedAt: row.imported_at,
  };
}

export function listArticleSummaries(db: Database): ArticleSummary[] {
  const rows = db.prepare(`SELECT ${summaryColumns} FROM articles ORDER BY imported_at, id`).all() as ArticleRow[];
  return rows.map(toSummary);
}

export function findArticleSummary(db: Database, id: number): ArticleSummary | undefined {
  const row = db.prepare(`SELECT ${summaryColumns} FROM articles WHERE id = ?`).get(id) as ArticleRow | undefined;
  return row && toSummary(row);
}

export function findArticleDetail(db: Database, id: number): ArticleDetail | undefined {
  const summary = findArticleSummary(db, id);
  if (!summary) return undefined;
  return { ...summary, paragraphs: listParagraphs(db, id) };
}

export function listParagraphs(db: Database, articleId: number): Paragraph[] {
  return db
    .prepare('SELECT idx AS "index", kind, language, text FROM paragraphs WHERE article_id = ? ORDER BY idx')
    .all(articleId) as Paragraph[];
}

export function countArticles(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

export function findArticleIdByHash(db: Database, contentHash: string): number | undefined {
  const row = cachedStatement(db, 'SELECT id FROM articles WHERE content_hash = ?').get(contentHash) as { id: number } | undefined;
  return row?.id;
}

export interface NewArticle {
  title: string;
  outlet: string | null;
  language: string;
  published: string | null;
  source: string;
  sourcePath: string | null;
  originalText: string;
  contentHash: string;
  importedAt: string;
  words: number;
  paragraphs: Array<{ kind: ParagraphKind; language: string; text: string }>;
}

/** Inserts an article and its paragraphs; returns the article id and the new paragraphs' row ids. */
export function insertArticle(db: Database, article: NewArticle): { id: number; paragraphIds: number[] } {
  const result = cachedStatement(
    db,
    `INSERT INTO articles (title, outlet, language, published, source, source_path, content_hash, imported_at, words)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(article.title, article.outlet, article.language, article.published, article.source, article.sourcePath, article.contentHash, article.importedAt, article.words);
  const id = Number(result.lastInsertRowid);
  cachedStatement(db, 'INSERT INTO article_sources (article_id, original_text) VALUES (?, ?)').run(id, article.originalText);
  const insertParagraph = cachedStatement(db, 'INSERT INTO paragraphs (article_id, idx, kind, language, text) VALUES (?, ?, ?, ?, ?)');
  const paragraphIds = article.paragraphs.map((p, index) => Number(insertParagraph.run(id, index, p.kind, p.language, p.text).lastInsertRowid));
  return { id, paragraphIds };
}

export interface ArticlePatch {
  title?: string;
  outlet?: string | null;
  language?: string;
  published?: string | null;
}

export function updateArticleMetadata(db: Database, id: number, patch: ArticlePatch): void {
  const before = findArticleSummary(db, id);
  if (!before) return;
  const next = { ...before, ...patch };
  db.prepare('UPDATE articles SET title = ?, outlet = ?, language = ?, published = ? WHERE id = ?').run(
    next.title,
    next.outlet,
    next.language,
    next.published,
    id,
  );
  // Paragraphs that followed the article's language follow the correction too.
  if (patch.language && patch.language !== before.language) {
    db.prepare('UPDATE paragraphs SET language = ? WHERE article_id = ? AND language = ?').run(patch.language, id, before.language);
  }
}

export function deleteArticle(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM articles WHERE id = ?').run(id).changes > 0;
}

export function readMeta(db: Database, key: string): string | undefined {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function writeMeta(db: Database, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
