/**
 * Copies of a library, kept in a `backups` folder beside it: made on request (`parallax backup`)
 * and automatically before every migration, the newest few kept. `VACUUM INTO` writes a
 * consistent, compact copy while the library stays open.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';

export const backupsKept = 5;

export function backupFolder(libraryPath: string): string {
  return join(dirname(libraryPath), 'backups');
}

export interface Backup {
  path: string;
  createdAt: Date;
}

/** The library's backups, newest first. */
export function listBackups(libraryPath: string): Backup[] {
  const folder = backupFolder(libraryPath);
  if (!existsSync(folder)) return [];
  const stem = basename(libraryPath).replace(/\.[^.]*$/u, '');
  return readdirSync(folder)
    .filter((name) => name.startsWith(`${stem}-`) && name.endsWith('.sqlite'))
    .map((name) => ({ path: join(folder, name), createdAt: statSync(join(folder, name)).mtime }))
    .sort((a, b) => b.path.localeCompare(a.path));
}

/** Writes a backup and removes the oldest beyond `backupsKept`; returns the new file's path. */
export function createBackup(db: Database, libraryPath: string, reason: string, target?: string): string {
  const stem = basename(libraryPath).replace(/\.[^.]*$/u, '');
  const stamp = new Date().toISOString().replace(/[:.]/gu, '-');
  const path = target ?? join(backupFolder(libraryPath), `${stem}-${stamp}-${reason.replace(/[^\w-]/gu, '-')}.sqlite`);
  if (existsSync(path)) throw new Error(`${path} already exists; choose another file for the backup.`);
  // VACUUM INTO creates the file but not its folder.
  mkdirSync(dirname(path), { recursive: true });
  db.prepare('VACUUM INTO ?').run(path);
  if (!target) for (const old of listBackups(libraryPath).slice(backupsKept)) rmSync(old.path, { force: true });
  return path;
}
