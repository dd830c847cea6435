import type { Migration } from './index.js';

export const migration004Translations: Migration = {
  version: 4,
  name: 'articles marked as translations of others',
  up(db) {
    db.exec(`
      -- An original can have several translations; a translation is usually of one original, but
      -- nothing forbids a text translated from two. Removing either article removes the pairing.
      CREATE TABLE translations (
        original_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        translation_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        paired_at TEXT NOT NULL,
        PRIMARY KEY (original_id, translation_id),
        CHECK (original_id <> translation_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX translations_by_translation ON translations (translation_id, original_id);
    `);
  },
};
