/**
 * The SQL for stories, article signatures and cached comparisons (migration 003): plain
 * synchronous functions of a database handle. What is stale is decided by the schema's triggers
 * (a new, changed or removed article); this module only reads and writes.
 */
import type { Database } from 'better-sqlite3';
import type { Signature } from '../stories/stories.js';
import { readMeta, writeMeta } from './articles-store.js';

/** A story as stored: `edited` stories are the user's and survive regrouping. */
export interface StoredStory {
  id: string;
  label: string;
  articleIds: number[];
  edited: boolean;
}

/** Counted by the schema's triggers: one more for every article added, changed or removed. */
export function articleChanges(db: Database): string {
  return readMeta(db, 'stories-changes') ?? '0';
}

/** The `articleChanges` count the stored grouping was made at (null: never, or forgotten). */
export function groupedAt(db: Database): string | null {
  return readMeta(db, 'stories-grouped') ?? null;
}

export function markGrouped(db: Database, changes: string | null): void {
  writeMeta(db, 'stories-grouped', changes ?? '');
}

export function writeSignature(db: Database, articleId: number, version: number, signature: Signature): void {
  db.prepare('INSERT OR REPLACE INTO article_signatures (article_id, version, signature) VALUES (?, ?, ?)').run(articleId, version, JSON.stringify(signature));
}

/** Counts one edit of the story list, so a grouping made meanwhile by another process is not stored over it. */
export function countStoryEdit(db: Database): void {
  writeMeta(db, 'stories-edits', String(Number(readMeta(db, 'stories-edits') ?? '0') + 1));
}

/** Changes of articles and edits of stories so far: a grouping is stored only if this did not move while it was made. */
export function storiesState(db: Database): string {
  return `${articleChanges(db)}/${readMeta(db, 'stories-edits') ?? '0'}`;
}

/** Articles without a signature of `version`, at most `limit` of them. */
export function articlesWithoutSignature(db: Database, version: number, limit: number): number[] {
  return db
    .prepare('SELECT a.id FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id AND s.version = ? WHERE s.article_id IS NULL ORDER BY a.id LIMIT ?')
    .pluck()
    .all(version, limit) as number[];
}

/** Every stored signature of `version`, by article id. */
export function readSignatures(db: Database, version: number): Map<number, Signature> {
  const rows = db.prepare('SELECT article_id, signature FROM article_signatures WHERE version = ?').all(version) as Array<{ article_id: number; signature: string }>;
  return new Map(rows.map((r) => [r.article_id, JSON.parse(r.signature) as Signature]));
}

export function readStories(db: Database): StoredStory[] {
  const stories = db.prepare('SELECT id, label, edited FROM stories ORDER BY position').all() as Array<{ id: string; label: string; edited: number }>;
  const members = db.prepare('SELECT story_id, article_id FROM story_articles ORDER BY story_id, position').all() as Array<{ story_id: string; article_id: number }>;
  const byStory = new Map<string, number[]>();
  for (const m of members) {
    const list = byStory.get(m.story_id);
    if (list) list.push(m.article_id);
    else byStory.set(m.story_id, [m.article_id]);
  }
  return stories.map((s) => ({ id: s.id, label: s.label, articleIds: byStory.get(s.id) ?? [], edited: s.edited === 1 }));
}

/** Replaces the whole grouping; stories without articles are not kept. */
export function replaceStories(db: Database, stories: readonly StoredStory[]): void {
  db.transaction(() => {
    db.prepare('DELETE FROM story_articles').run();
    db.prepare('DELETE FROM stories').run();
    const insertStory = db.prepare('INSERT INTO stories (id, label, edited, position) VALUES (?, ?, ?, ?)');
    const insertMember = db.prepare('INSERT INTO story_articles (article_id, story_id, position) VALUES (?, ?, ?)');
    let position = 0;
    for (const story of stories) {
      if (story.articleIds.length === 0) continue;
      insertStory.run(story.id, story.label, story.edited ? 1 : 0, position++);
      story.articleIds.forEach((id, k) => insertMember.run(id, story.id, k));
    }
  })();
}

/** A cached comparison's JSON, or undefined. */
export function readComparison(db: Database, key: string): string | undefined {
  return (db.prepare('SELECT result FROM comparisons WHERE key = ?').get(key) as { result: string } | undefined)?.result;
}

/** Comparisons kept at most: each is a few hundred kilobytes at worst, and old ones are rarely asked for again. */
const keptComparisons = 200;

export function writeComparison(db: Database, key: string, articleIds: readonly number[], result: string): void {
  db.transaction(() => {
    db.prepare('INSERT OR REPLACE INTO comparisons (key, result) VALUES (?, ?)').run(key, result);
    const link = db.prepare('INSERT OR IGNORE INTO comparison_articles (comparison_key, article_id) VALUES (?, ?)');
    for (const id of new Set(articleIds)) link.run(key, id);
    // REPLACE gives a row a new rowid, so rowid order is the order of last writing.
    db.prepare('DELETE FROM comparisons WHERE rowid NOT IN (SELECT rowid FROM comparisons ORDER BY rowid DESC LIMIT ?)').run(keptComparisons);
  })();
}

/** Drops every cached comparison and signature not of these versions (after a method changed). */
export function dropOutdated(db: Database, versions: { signature: number; comparisonPrefix: string }): void {
  db.transaction(() => {
    db.prepare('DELETE FROM article_signatures WHERE version <> ?').run(versions.signature);
    db.prepare("DELETE FROM comparisons WHERE substr(key, 1, length(?)) <> ?").run(versions.comparisonPrefix, versions.comparisonPrefix);
  })();
}
