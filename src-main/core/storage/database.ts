/**
 * Opens a library's database file: WAL, foreign keys, and the numbered migrations, all of them or
 * none. A file written by a newer Parallax is refused rather than guessed at.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { latestSchemaVersion, migrations, type Migration } from './migrations/index.js';

export type { Database };

export class NewerLibraryError extends Error {
  override name = 'NewerLibraryError';
  constructor(path: string, found: number, supported: number) {
    super(
      `The library at ${path} was written by a newer version of Parallax (schema ${found}; this version reads up to ${supported}). Update Parallax to open it.`,
    );
  }
}

export function openDatabase(path: string, options: { migrations?: readonly Migration[] } = {}): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // The desktop app may load a better-sqlite3 binary built for Electron's ABI (scripts/start-electron.mjs),
  // leaving node_modules built for Node so the CLI and tests keep working.
  const nativeBinding = process.env.PARALLAX_SQLITE_BINDING || undefined;
  const db = new BetterSqlite3(path, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, path, options.migrations ?? migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Database, path: string, all: readonly Migration[]): void {
  all.forEach((migration, i) => {
    if (migration.version !== i + 1) throw new Error(`Migration ${migration.name} is numbered ${migration.version}, expected ${i + 1}`);
  });
  const supported = all.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > supported) throw new NewerLibraryError(path, current, supported);
  const pending = all.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}

export { latestSchemaVersion };
