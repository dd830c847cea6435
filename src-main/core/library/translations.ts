/** The SQL of translation pairs (migration 003): which article is a translation of which. */
import type { TranslationPair } from '../../api/contract.js';
import type { Database } from '../storage/database.js';

export function pairTranslation(db: Database, original: number, translation: number): void {
  db.prepare('INSERT OR IGNORE INTO translations (original_id, translation_id, paired_at) VALUES (?, ?, ?)').run(original, translation, new Date().toISOString());
}

export function unpairTranslation(db: Database, original: number, translation: number): boolean {
  return db.prepare('DELETE FROM translations WHERE original_id = ? AND translation_id = ?').run(original, translation).changes > 0;
}

/** Every pair the article is in, as original or as translation. */
export function translationPairs(db: Database, id: number): TranslationPair[] {
  return db
    .prepare(
      `SELECT original_id AS original, translation_id AS translation FROM translations
       WHERE original_id = ? OR translation_id = ? ORDER BY original_id, translation_id`,
    )
    .all(id, id) as TranslationPair[];
}

export interface PairingCandidate {
  id: number;
  language: string;
  words: number;
}

/**
 * Articles that could be a translation of `id` or its original: in another known language, with
 * a number of words within `ratio` of its own (languages differ in words per idea, and a Chinese
 * article counts its words differently, so the bound is wide), not already paired with it; at most
 * `limit`, nearest in length first. Reads the articles table only, so it stays fast in a large library.
 */
export function pairingCandidates(db: Database, id: number, ratio: number, limit: number): PairingCandidate[] {
  const self = db.prepare('SELECT id, language, words FROM articles WHERE id = ?').get(id) as PairingCandidate | undefined;
  if (!self || self.language === 'und' || self.words === 0) return [];
  return db
    .prepare(
      `SELECT a.id, a.language, a.words FROM articles a
       WHERE a.id <> ? AND a.language <> ? AND a.language <> 'und' AND a.words BETWEEN ? AND ?
         AND NOT EXISTS (SELECT 1 FROM translations t WHERE (t.original_id = ? AND t.translation_id = a.id) OR (t.original_id = a.id AND t.translation_id = ?))
       ORDER BY MAX(a.words * 1.0 / ?, ? * 1.0 / a.words), a.id LIMIT ?`,
    )
    .all(id, self.language, self.words / ratio, self.words * ratio, id, id, self.words, self.words, limit) as PairingCandidate[];
}
