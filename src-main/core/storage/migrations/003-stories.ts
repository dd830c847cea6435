import type { Migration } from './index.js';

/** Counts one change of the articles (the trigger statement below). */
const countChange = `INSERT OR REPLACE INTO meta (key, value)
          VALUES ('stories-changes', CAST(COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'stories-changes'), 0) + 1 AS TEXT));`;

export const migration003Stories: Migration = {
  version: 3,
  name: 'stories, article signatures and cached comparisons',
  up(db) {
    db.exec(`
      -- What story grouping reads of each article (stories/stories.ts articleSignature), computed
      -- once, the first time stories are asked for after its import: regrouping a library then
      -- never re-reads its text. \`version\` is the signature method's; rows of another version
      -- are computed again.
      CREATE TABLE article_signatures (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        signature TEXT NOT NULL      -- JSON: anchor key → count
      ) STRICT;

      -- The current grouping. \`edited\` marks a story the user renamed, merged, split or moved an
      -- article into or out of: regrouping keeps its articles and label (new articles may join it).
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        edited INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL    -- order of the list
      ) STRICT;
      CREATE TABLE story_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE ON UPDATE CASCADE,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX story_articles_by_story ON story_articles (story_id, position);

      -- Comparisons as the API returns them, keyed by method version and the ordered article ids.
      CREATE TABLE comparisons (
        key TEXT PRIMARY KEY,
        result TEXT NOT NULL         -- JSON ComparisonResult
      ) STRICT;
      CREATE TABLE comparison_articles (
        comparison_key TEXT NOT NULL REFERENCES comparisons(key) ON DELETE CASCADE,
        article_id INTEGER NOT NULL,
        PRIMARY KEY (article_id, comparison_key)
      ) STRICT, WITHOUT ROWID;

      -- Invalidation lives in the schema, so no path that writes articles can forget it: any new,
      -- changed or removed article counts as a change (the grouping is current while
      -- 'stories-grouped' equals 'stories-changes') and drops the comparisons it was in; a new
      -- language also drops its signature (its stems depend on it).
      CREATE TRIGGER stories_stale_after_insert AFTER INSERT ON articles BEGIN
        ${countChange}
      END;
      CREATE TRIGGER stories_stale_after_delete AFTER DELETE ON articles BEGIN
        ${countChange}
        DELETE FROM comparisons WHERE key IN (SELECT comparison_key FROM comparison_articles WHERE article_id = OLD.id);
      END;
      CREATE TRIGGER stories_stale_after_update AFTER UPDATE ON articles BEGIN
        ${countChange}
        DELETE FROM comparisons WHERE key IN (SELECT comparison_key FROM comparison_articles WHERE article_id = OLD.id);
        DELETE FROM article_signatures WHERE article_id = OLD.id AND OLD.language IS NOT NEW.language;
      END;
      -- Paragraph languages change with the article's (articles-store.ts), and are read by both.
      CREATE TRIGGER stories_stale_after_paragraph_update AFTER UPDATE ON paragraphs BEGIN
        DELETE FROM comparisons WHERE key IN (SELECT comparison_key FROM comparison_articles WHERE article_id = OLD.article_id);
        DELETE FROM article_signatures WHERE article_id = OLD.article_id;
      END;
    `);
    // Existing articles get their signatures, and the library its stories, the first time stories
    // are asked for (library/story-cache.ts).
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('stories-changes', '1')").run();
  },
};

