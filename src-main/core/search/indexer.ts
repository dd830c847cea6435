/**
 * Keeps the FTS5 index in step with the paragraphs table. Junk is not indexed: a stray `|` or
 * "Read more" should never be a search hit.
 */
import type { Database } from 'better-sqlite3';
import type { ParagraphKind } from '../../api/contract.js';
import { termsOf } from './tokenizer.js';

export interface IndexableParagraph {
  id: number;
  kind: ParagraphKind;
  language: string;
  text: string;
}

export function indexParagraphs(db: Database, paragraphs: readonly IndexableParagraph[]): void {
  const insert = db.prepare('INSERT INTO paragraph_index (rowid, title_terms, body_terms) VALUES (?, ?, ?)');
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'junk') continue;
    const terms = termsOf(paragraph.text, paragraph.language).join(' ');
    if (paragraph.kind === 'title') insert.run(paragraph.id, terms, '');
    else insert.run(paragraph.id, '', terms);
  }
}

export function unindexArticle(db: Database, articleId: number): void {
  db.prepare('DELETE FROM paragraph_index WHERE rowid IN (SELECT id FROM paragraphs WHERE article_id = ?)').run(articleId);
}
