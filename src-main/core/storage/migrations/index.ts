/**
 * Numbered schema migrations. Each entry moves the database from version N-1 to N; `PRAGMA
 * user_version` records the last one applied. Append new migrations; never edit a released one.
 */
import type { Database } from 'better-sqlite3';
import { migration001Initial } from './001-initial.js';
import { migration002Figures } from './002-figures.js';
import { migration003Stories } from './003-stories.js';
import { migration004Translations } from './004-translations.js';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const migrations: readonly Migration[] = [migration001Initial, migration002Figures, migration003Stories, migration004Translations];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
