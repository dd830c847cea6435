/**
 * Prepared statements, kept per database. Preparing one costs more than running it (tens of
 * microseconds, and an import runs a handful per article), so code that writes in loops asks here
 * instead of calling `db.prepare` each time. SQLite re-prepares a statement by itself when the
 * schema changes under it.
 */
import type { Database, Statement } from 'better-sqlite3';

const caches = new WeakMap<Database, Map<string, Statement>>();

export function cachedStatement(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
