/**
 * The SQL of translation pairs: which article is a translation of which, and which proposals the
 * user turned down. Plain synchronous functions of a database handle.
 */
import type { Database } from 'better-sqlite3';

export interface TranslationRow {
  original: number;
  translation: number;
  state: 'paired' | 'dismissed';
  decidedAt: string;
}

interface Row {
  original_id: number;
  translation_id: number;
  state: 'paired' | 'dismissed';
  decided_at: string;
}

const toRow = (row: Row): TranslationRow => ({ original: row.original_id, translation: row.translation_id, state: row.state, decidedAt: row.decided_at });

/** Records the user's decision on a pair; a translation keeps one original, so pairing it elsewhere replaces the old pair. */
export function writeTranslationDecision(db: Database, original: number, translation: number, state: 'paired' | 'dismissed', at = new Date().toISOString()): void {
  db.transaction(() => {
    if (state === 'paired') db.prepare(`DELETE FROM translations WHERE translation_id = ? AND state = 'paired' AND original_id <> ?`).run(translation, original);
    // A decision on (b, a) is a decision on the same two articles: the new one replaces it.
    db.prepare('DELETE FROM translations WHERE original_id = ? AND translation_id = ?').run(translation, original);
    db.prepare(
      `INSERT INTO translations (original_id, translation_id, state, decided_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (original_id, translation_id) DO UPDATE SET state = excluded.state, decided_at = excluded.decided_at`,
    ).run(original, translation, state, at);
  })();
}

/** Every decision involving the article, as original or as translation. */
export function translationDecisionsOf(db: Database, article: number): TranslationRow[] {
  return (
    db
      .prepare('SELECT original_id, translation_id, state, decided_at FROM translations WHERE original_id = ? OR translation_id = ? ORDER BY decided_at, original_id, translation_id')
      .all(article, article) as Row[]
  ).map(toRow);
}
