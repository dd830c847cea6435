/**
 * Where a library lives when nobody says: the same per-user folder Electron's
 * `app.getPath('userData')` gives the desktop app (appData + product name), so the CLI and the app
 * open the same library. `PARALLAX_LIBRARY` overrides it.
 */
import { homedir } from 'node:os';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const productName = 'Parallax';
export const libraryFileName = 'library.sqlite';

export function userDataDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), productName);
}

export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PARALLAX_LIBRARY || join(userDataDirectory(env), libraryFileName);
}

/** A `--library` argument may name the database file or the folder that holds it. */
export function resolveLibraryPath(path: string): string {
  try {
    if (statSync(path).isDirectory()) return join(path, libraryFileName);
  } catch {
    // Not there yet: it will be created as a file.
  }
  return resolve(path);
}
