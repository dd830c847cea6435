/**
 * Where the desktop app keeps its library: `PARALLAX_LIBRARY` when set, else the location chosen in
 * Settings (kept in `settings.json` in the user-data folder), else `library.sqlite` there.
 * Choosing another location asks with the native save dialog, stores it, and restarts the app on it.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { LibraryLocationChange } from '../api/contract.js';
import { readAppSettings, writeAppSettings } from '../core/library/app-settings.js';
import { libraryFileName } from '../core/library/default-location.js';

const settingsFile = (): string => join(app.getPath('userData'), 'settings.json');

export function libraryLocation(): string {
  return process.env.PARALLAX_LIBRARY || readAppSettings(settingsFile()).libraryPath || join(app.getPath('userData'), libraryFileName);
}

export async function chooseLibraryLocation(window: BrowserWindow, current: string): Promise<LibraryLocationChange> {
  if (process.env.PARALLAX_LIBRARY) {
    return { changed: false, outcome: 'environment', path: current, message: 'The library is set by PARALLAX_LIBRARY; unset it to choose one here.' };
  }
  const answer = await dialog.showSaveDialog(window, {
    title: 'Library location',
    buttonLabel: 'Use this library',
    defaultPath: current,
    filters: [{ name: 'Parallax library', extensions: ['sqlite'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (answer.canceled || !answer.filePath || answer.filePath === current) return { changed: false, outcome: 'kept', path: current, message: 'The library stays where it is.' };
  writeAppSettings(settingsFile(), { libraryPath: answer.filePath });
  // Reopen on the new library once this answer has reached the window.
  setTimeout(() => {
    app.relaunch();
    app.exit(0);
  }, 300);
  return { changed: true, outcome: 'changed', path: answer.filePath, message: 'Parallax restarts on the new library.' };
}
