import type { Migration } from './index.js';

export const migration003Translations: Migration = {
  version: 3,
  name: 'articles marked as translations of others',
  up(db) {
    db.exec(`
      -- One row per (original, translation) the user decided on: 'paired' when the second article
      -- is a translation of the first, 'dismissed' when the user said it is not (so Parallax stops
      -- proposing it). An original can have several translations; a translation has one original.
      CREATE TABLE translations (
        original_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        translation_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN ('paired', 'dismissed')),
        decided_at TEXT NOT NULL,
        PRIMARY KEY (original_id, translation_id),
        CHECK (original_id <> translation_id)
      ) STRICT;
      CREATE INDEX translations_by_translation ON translations (translation_id);
    `);
  },
};
