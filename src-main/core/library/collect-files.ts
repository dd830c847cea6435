/**
 * Expands the paths a person chose into the files to import: folders recursively (hidden entries
 * skipped, symlink loops cut by real path), each problem reported for its own path.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SkippedItem } from '../../api/contract.js';

export interface FileEntry {
  path: string;
  size: number;
}

export interface CollectedFiles {
  files: FileEntry[];
  problems: SkippedItem[];
}

export function collectFiles(paths: readonly string[], limit = 100_000): CollectedFiles {
  const collected: CollectedFiles = { files: [], problems: [] };
  const seen = new Set<string>();
  const visit = (path: string, explicit: boolean) => {
    if (collected.files.length >= limit) return;
    let real: string;
    let stats: ReturnType<typeof statSync>;
    try {
      real = realpathSync(path);
      stats = statSync(real);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      collected.problems.push(
        code === 'ENOENT'
          ? { source: path, reason: 'not-found', message: `There is no file or folder at ${path}.` }
          : { source: path, reason: 'unreadable', message: `${path} cannot be read (${code ?? 'error'}).` },
      );
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    if (stats.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(real).sort();
      } catch (error) {
        collected.problems.push({ source: path, reason: 'unreadable', message: `The folder ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
        return;
      }
      for (const entry of entries) if (!entry.startsWith('.')) visit(join(path, entry), false);
    } else if (stats.isFile()) {
      collected.files.push({ path, size: stats.size });
    } else if (explicit) {
      collected.problems.push({ source: path, reason: 'unsupported', message: `${path} is not a regular file.` });
    }
  };
  for (const path of paths) visit(path, true);
  return collected;
}
