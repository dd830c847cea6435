/**
 * Keeps the FTS5 index in step with the articles. One row per article: ranking works on whole
 * articles, the unit a reader looks for, and a common word costs one row per article rather than
 * one per paragraph. Junk is not indexed: a stray `|` or "Read more" is never a hit.
 *
 * What is indexed depends on the tokeniser and the stemmers; when they change, bump
 * `searchIndexVersion` and every library rebuilds its index the next time it is opened.
 */
import type { Database } from 'better-sqlite3';
import type { ParagraphKind } from '../../api/contract.js';
import { readMeta, writeMeta } from '../storage/articles-store.js';
import { cachedStatement } from '../storage/statements.js';
import { indexForm } from './morphology.js';
import { tokenize } from './tokenizer.js';

export const searchIndexVersion = 4;
const versionKey = 'search-index-version';

export interface IndexableParagraph {
  kind: ParagraphKind;
  language: string;
  text: string;
}

export interface ArticleIndexEntry {
  title: string;
  body: string;
  /** The paragraphs' languages, each once. */
  languages: string[];
  /** Words outside junk, counted by the same tokeniser. */
  words: number;
}

/** What the index holds for an article: its paragraphs' index forms, separated by spaces. */
export function articleIndexEntry(paragraphs: readonly IndexableParagraph[]): ArticleIndexEntry {
  const title: string[] = [];
  const body: string[] = [];
  const languages = new Set<string>();
  let words = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'junk') continue;
    languages.add(paragraph.language);
    const target = paragraph.kind === 'title' ? title : body;
    for (const token of tokenize(paragraph.text, paragraph.language)) {
      target.push(indexForm(token.term, paragraph.language));
      words++;
    }
  }
  return { title: title.join(' '), body: body.join(' '), languages: [...languages], words };
}

export function indexArticle(db: Database, articleId: number, paragraphs: readonly IndexableParagraph[], entry = articleIndexEntry(paragraphs)): void {
  cachedStatement(db, 'INSERT INTO article_index (rowid, title_terms, body_terms) VALUES (?, ?, ?)').run(articleId, entry.title, entry.body);
  const addLanguage = cachedStatement(db, 'INSERT OR IGNORE INTO index_languages (language) VALUES (?)');
  for (const language of entry.languages) addLanguage.run(language);
}

export function unindexArticle(db: Database, articleId: number): void {
  db.prepare('DELETE FROM article_index WHERE rowid = ?').run(articleId);
}

/** After a paragraph's language changes, its words are stemmed differently. */
export function reindexArticle(db: Database, articleId: number): void {
  unindexArticle(db, articleId);
  indexArticle(db, articleId, db.prepare('SELECT kind, language, text FROM paragraphs WHERE article_id = ? ORDER BY idx').all(articleId) as IndexableParagraph[]);
}

export function indexLanguages(db: Database): string[] {
  return (cachedStatement(db, 'SELECT language FROM index_languages').all() as Array<{ language: string }>).map((row) => row.language);
}

/** Rebuilds the index if it was built by another version of the tokeniser; returns whether it did. */
export function ensureSearchIndexCurrent(db: Database): boolean {
  const current = readMeta(db, versionKey);
  if (current === String(searchIndexVersion)) return false;
  db.transaction(() => {
    db.prepare('DELETE FROM article_index').run();
    db.prepare('DELETE FROM index_languages').run();
    const articles = db.prepare('SELECT id FROM articles ORDER BY id').all() as Array<{ id: number }>;
    const paragraphsOf = db.prepare('SELECT kind, language, text FROM paragraphs WHERE article_id = ? ORDER BY idx');
    for (const { id } of articles) indexArticle(db, id, paragraphsOf.all(id) as IndexableParagraph[]);
    writeMeta(db, versionKey, String(searchIndexVersion));
  })();
  return true;
}
