import type { Migration } from './index.js';

export const migration002Figures: Migration = {
  version: 2,
  name: 'figures recognised in each paragraph',
  up(db) {
    db.exec(`
      CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        paragraph INTEGER NOT NULL,  -- paragraphs.idx
        start INTEGER NOT NULL,      -- UTF-16 offsets into the paragraph's text
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        value TEXT,                  -- JSON: a number, {"min","max"}, or null
        low REAL,                    -- the values the text allows, for lookups by quantity
        high REAL,
        precision REAL NOT NULL,
        approximate INTEGER NOT NULL,
        bound TEXT,
        unit TEXT,
        iso TEXT,
        confidence REAL NOT NULL
      ) STRICT;
      CREATE INDEX figures_by_article ON figures (article_id, paragraph, start);
      CREATE INDEX figures_by_quantity ON figures (kind, unit, low);
    `);
    // Figures are filled by the extractor the first time the library opens with this version
    // (library/article-figures.ts), and again whenever the extractor changes.
  },
};
