/**
 * One app at a time on a library. The desktop app and the web harness take a lock file beside the
 * database; a second one finds the first still running and refuses with a clear message. The CLI
 * takes no lock: its short reads and writes are safe beside a running app (SQLite's WAL).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class LibraryInUseError extends Error {
  override name = 'LibraryInUseError';
}

export interface InstanceLock {
  release(): void;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockLibrary(libraryPath: string, owner: string): InstanceLock {
  const lockPath = `${libraryPath}.lock`;
  // On a first run the library's folder does not exist yet.
  mkdirSync(dirname(libraryPath), { recursive: true });
  const claim = JSON.stringify({ pid: process.pid, owner, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, claim, { flag: 'wx' });
      return { release: () => rmSync(lockPath, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: { pid?: number; owner?: string } = {};
    try {
      holder = JSON.parse(readFileSync(lockPath, 'utf8')) as typeof holder;
    } catch {
      // An unreadable lock is a stale one.
    }
    if (holder.pid && holder.pid !== process.pid && isRunning(holder.pid)) {
      throw new LibraryInUseError(
        `The library at ${libraryPath} is already open in ${holder.owner ?? 'another Parallax'} (process ${holder.pid}). Close it there first, or open another library.`,
      );
    }
    // Left behind by a process that is gone: take it over.
    rmSync(lockPath, { force: true });
  }
  throw new LibraryInUseError(`Could not lock the library at ${libraryPath}.`);
}
