import type { Migration } from './index.js';

export const migration001Initial: Migration = {
  version: 1,
  name: 'articles, paragraphs and their search index',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        outlet TEXT,
        language TEXT NOT NULL,
        published TEXT,
        source TEXT NOT NULL,        -- the original file name or URL, as shown to people
        source_path TEXT,            -- the absolute path it was read from, when it came from disk
        content_hash TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL,
        words INTEGER NOT NULL
      ) STRICT;

      -- The decoded text before segmentation, apart: it is large and rarely read, and keeping it out
      -- of the articles table keeps that table small enough for search facets to read quickly.
      CREATE TABLE article_sources (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        original_text TEXT NOT NULL
      ) STRICT;

      CREATE TABLE paragraphs (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('title', 'heading', 'body', 'junk')),
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (article_id, idx)
      ) STRICT;

      -- The search index, one row per article (rowid = articles.id), contentless: it holds the
      -- tokeniser's index forms (see search/indexer.ts), and highlights are recomputed from the
      -- paragraphs' own text. Titles have their own column so ranking can weigh them.
      CREATE VIRTUAL TABLE article_index USING fts5(
        title_terms, body_terms,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );

      -- The languages of indexed paragraphs: a query is stemmed for each of them.
      CREATE TABLE index_languages (
        language TEXT PRIMARY KEY
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
