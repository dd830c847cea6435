import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion, NewerLibraryError, openDatabase, schemaVersion } from './database.js';
import type { Migration } from './migrations/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('creates a file in WAL mode with foreign keys on, migrated to the latest version', () => {
    const db = openDatabase(join(dir, 'nested', 'library.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['articles', 'paragraphs', 'article_index', 'index_languages', 'meta']));
    db.close();
  });

  it('refuses a database written by a newer version, and leaves it untouched', () => {
    const path = join(dir, 'future.sqlite');
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(NewerLibraryError);
    expect(() => openDatabase(path)).toThrow(/newer version of Parallax/);
    const again = new BetterSqlite3(path);
    expect(again.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 5);
    again.close();
  });

  it('runs only pending migrations, in order, and rolls all of them back when one fails', () => {
    const path = join(dir, 'm.sqlite');
    const calls: number[] = [];
    const make = (version: number, fail = false): Migration => ({
      version,
      name: `m${version}`,
      up(db) {
        calls.push(version);
        db.exec(`CREATE TABLE t${version} (x INTEGER)`);
        if (fail) throw new Error('boom');
      },
    });
    openDatabase(path, { migrations: [make(1)] }).close();
    expect(() => openDatabase(path, { migrations: [make(1), make(2), make(3, true)] })).toThrow('boom');
    const db = openDatabase(path, { migrations: [make(1)] });
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't2'").get()).toEqual({ n: 0 });
    db.close();
    expect(calls).toEqual([1, 2, 3]);
  });

  it('rejects a migration list with a gap', () => {
    const gap: Migration[] = [{ version: 2, name: 'gap', up() {} }];
    expect(() => openDatabase(join(dir, 'gap.sqlite'), { migrations: gap })).toThrow(/numbered 2, expected 1/);
  });

  it('deletes an article’s paragraphs with it (foreign key cascade)', () => {
    const db = openDatabase(join(dir, 'fk.sqlite'));
    db.prepare(
      "INSERT INTO articles (id, title, language, source, content_hash, imported_at, words) VALUES (1, 't', 'en', 's', 'h', 'now', 1)",
    ).run();
    db.prepare("INSERT INTO paragraphs (article_id, idx, kind, language, text) VALUES (1, 0, 'body', 'en', 'x')").run();
    db.prepare("INSERT INTO article_sources (article_id, original_text) VALUES (1, 'x')").run();
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM paragraphs').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM article_sources').get()).toEqual({ n: 0 });
    expect(() => db.prepare("INSERT INTO paragraphs (article_id, idx, kind, language, text) VALUES (99, 0, 'body', 'en', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
