/**
 * SQL functions the search queries call. SQLite's own lower() folds ASCII only, so outlet filters
 * fold both sides with the tokeniser's folding instead: `outlet:elysee` finds "Élysée Matin".
 */
import type { Database } from 'better-sqlite3';
import { foldText } from '../text/fold.js';

export const foldFunction = 'parallax_fold';

export function registerSearchFunctions(db: Database): void {
  db.function(foldFunction, { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldText(text) : ''));
}
