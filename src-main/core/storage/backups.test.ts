import { existsSync, mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsKept, createBackup, listBackups } from './backups.js';
import { DamagedLibraryError, openDatabase } from './database.js';
import type { Migration } from './migrations/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-backup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const table = (version: number): Migration => ({ version, name: `t${version}`, up: (db) => db.exec(`CREATE TABLE t${version} (x TEXT)`) });

describe('backups', () => {
  it('copies the library consistently, and keeps only the newest few', () => {
    const path = join(dir, 'library.sqlite');
    const db = openDatabase(path, { migrations: [table(1)] });
    db.prepare("INSERT INTO t1 VALUES ('kept')").run();
    const first = createBackup(db, path, 'manual');
    const copy = new BetterSqlite3(first, { readonly: true });
    expect(copy.prepare('SELECT x FROM t1').pluck().all()).toEqual(['kept']);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    for (let i = 0; i < backupsKept + 2; i++) createBackup(db, path, `manual-${i}`);
    db.close();
    expect(listBackups(path)).toHaveLength(backupsKept);
  });

  it('backs a library up before migrating it, and not a new one', () => {
    const path = join(dir, 'library.sqlite');
    openDatabase(path, { migrations: [table(1)] }).close();
    expect(listBackups(path)).toHaveLength(0);
    openDatabase(path, { migrations: [table(1), table(2)] }).close();
    const backups = listBackups(path);
    expect(backups).toHaveLength(1);
    expect(backups[0]!.path).toMatch(/before-v2\.sqlite$/u);
    const copy = new BetterSqlite3(backups[0]!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });

  it('detects a damaged library when it is opened, names the latest backup, and changes nothing', () => {
    const path = join(dir, 'library.sqlite');
    const db = openDatabase(path, { migrations: [table(1)] });
    for (let i = 0; i < 2000; i++) db.prepare('INSERT INTO t1 VALUES (?)').run('x'.repeat(200));
    const backup = createBackup(db, path, 'manual');
    db.close();
    // Scribble over a page in the middle of the file.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 8 * 4096);
    closeSync(fd);
    let error: unknown;
    try {
      openDatabase(path, { migrations: [table(1)] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DamagedLibraryError);
    expect((error as DamagedLibraryError).latestBackup).toBe(backup);
    expect((error as Error).message).toContain(backup);
    expect(existsSync(backup)).toBe(true);
    expect(listBackups(path)).toHaveLength(1);
  });

  it('refuses a file that is not a database at all', () => {
    const path = join(dir, 'library.sqlite');
    const fd = openSync(path, 'w');
    writeSync(fd, Buffer.from('this is not a database, only text pretending to be one'.repeat(100)));
    closeSync(fd);
    expect(() => openDatabase(path)).toThrow(DamagedLibraryError);
  });
});
