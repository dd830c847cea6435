/**
 * Opens a library's database file: WAL, foreign keys, and the numbered migrations, all of them or
 * none. A file written by a newer Parallax is refused rather than guessed at.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createBackup, listBackups } from './backups.js';
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

export class DamagedLibraryError extends Error {
  override name = 'DamagedLibraryError';
  constructor(
    path: string,
    detail: string,
    readonly latestBackup: string | null,
  ) {
    super(
      `The library at ${path} is damaged (${detail}). Nothing in it was changed. ` +
        (latestBackup
          ? `The latest backup is ${latestBackup}: open it with --library, or copy it over the damaged file.`
          : 'There is no backup of it in its backups folder.'),
    );
  }
}

/** Full checks read the whole file; past this size an open checks the header and schema only. */
const fullCheckLimitBytes = 256 * 1024 * 1024;

export function openDatabase(path: string, options: { migrations?: readonly Migration[] } = {}): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const existed = path !== ':memory:' && existsSync(path) && statSync(path).size > 0;
  // The desktop app may load a better-sqlite3 binary built for Electron's ABI (scripts/start-electron.mjs),
  // leaving node_modules built for Node so the CLI and tests keep working.
  const nativeBinding = process.env.PARALLAX_SQLITE_BINDING || undefined;
  const db = new BetterSqlite3(path, nativeBinding ? { nativeBinding } : {});
  try {
    if (existed) checkIntegrity(db, path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, path, options.migrations ?? migrations);
    return db;
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw new DamagedLibraryError(path, (error as Error).message, listBackups(path)[0]?.path ?? null);
    throw error;
  }
}

function checkIntegrity(db: Database, path: string): void {
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  if (statSync(path).size > fullCheckLimitBytes) return;
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw new DamagedLibraryError(path, String(result), listBackups(path)[0]?.path ?? null);
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
  // A library with content is copied before its schema changes, so a failed or regretted
  // migration never costs the user their work.
  if (current > 0 && path !== ':memory:') createBackup(db, path, `before-v${pending.at(-1)!.version}`);
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}

export { latestSchemaVersion };
