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
  /** Characters of its titles, headings and body. */
  characters: number;
}

/**
 * Articles that could be a translation of `id` or its original: in another known language, with
 * an amount of text within `ratio` of its own (languages differ in characters per idea: Chinese
 * writes in a third of English's, so the bound is wide), not already paired with it.
 */
export function pairingCandidates(db: Database, id: number, ratio: number): { self: PairingCandidate | null; candidates: PairingCandidate[] } {
  const lengths = `SELECT a.id, a.language, COALESCE(SUM(length(p.text)), 0) AS characters
    FROM articles a LEFT JOIN paragraphs p ON p.article_id = a.id AND p.kind <> 'junk'`;
  const self = (db.prepare(`${lengths} WHERE a.id = ? GROUP BY a.id`).get(id) as PairingCandidate | undefined) ?? null;
  if (!self || self.language === 'und' || self.characters === 0) return { self, candidates: [] };
  const candidates = db
    .prepare(
      `${lengths} WHERE a.id <> ? AND a.language <> ? AND a.language <> 'und'
         AND NOT EXISTS (SELECT 1 FROM translations t WHERE (t.original_id = ? AND t.translation_id = a.id) OR (t.original_id = a.id AND t.translation_id = ?))
       GROUP BY a.id HAVING characters BETWEEN ? AND ? ORDER BY a.id`,
    )
    .all(id, self.language, id, id, self.characters / ratio, self.characters * ratio) as PairingCandidate[];
  return { self, candidates };
}
