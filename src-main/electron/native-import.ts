/**
 * Imports the main process runs itself, through the same API handler as every client: files or a
 * folder chosen in the native dialog, and paths the system hands the app (command line, a second
 * launch, the macOS Dock). The report goes to the window as an `imported` message.
 */
import { app, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiHandlers, ImportReport } from '../api/contract.js';
import { dispatchApiCall } from '../api/dispatch.js';
import { sendToWindow } from './app-messages.js';

const articleExtensions = ['txt', 'md', 'markdown', 'html', 'htm'];

export async function importWithDialog(window: BrowserWindow, handlers: ApiHandlers, what: 'files' | 'folder'): Promise<void> {
  const options: OpenDialogOptions =
    what === 'folder'
      ? { title: 'Import a Folder', buttonLabel: 'Import', properties: ['openDirectory', 'multiSelections'] }
      : { title: 'Import Files', buttonLabel: 'Import', properties: ['openFile', 'multiSelections'], filters: [{ name: 'Articles (text, Markdown, HTML)', extensions: articleExtensions }] };
  const { canceled, filePaths } = await dialog.showOpenDialog(window, options);
  if (!canceled) await importPaths(window, handlers, filePaths);
}

export async function importPaths(window: BrowserWindow, handlers: ApiHandlers, paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  const reply = await dispatchApiCall(handlers, 'importPaths', { paths });
  if (reply.ok) sendToWindow(window, { type: 'imported', report: reply.value as ImportReport });
  else await dialog.showMessageBox(window, { type: 'error', message: 'The import failed.', detail: reply.error.message });
}

/** The article files and folders among command-line arguments: switches, the app's own folder and other files are left out. */
export function pathsInArguments(args: readonly string[], workingDirectory: string): string[] {
  const appPath = resolve(app.getAppPath());
  const paths = args
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .map((arg) => toPath(arg, workingDirectory))
    .filter((path): path is string => path !== null && path !== appPath && isImportable(path));
  return [...new Set(paths)];
}

/** Desktop launchers may pass file:// URLs instead of paths. */
function toPath(arg: string, workingDirectory: string): string | null {
  if (!arg.startsWith('file:')) return resolve(workingDirectory, arg);
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

function isImportable(path: string): boolean {
  try {
    const stats = statSync(path);
    return stats.isDirectory() || (stats.isFile() && articleExtensions.includes(extname(path).slice(1).toLowerCase()));
  } catch {
    return false;
  }
}
