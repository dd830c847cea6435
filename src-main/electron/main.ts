/**
 * The Electron main process: one window, the library, and the IPC wiring. Everything else lives in
 * the core, which knows nothing of Electron.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import type { ApiHandlers } from '../api/contract.js';
import { createHandlers } from '../api/handlers.js';
import { Library } from '../core/library/library.js';
import { loadSamplesOnFirstRun } from '../core/library/samples.js';
import { lockLibrary } from '../core/library/instance-lock.js';
import { contentSecurityPolicy } from '../api/content-security-policy.js';
import { sendToWindow } from './app-messages.js';
import { registerApiHandlers } from './ipc.js';
import { chooseLibraryLocation, libraryLocation } from './library-location.js';
import { installApplicationMenu } from './menu.js';
import { importPaths, importWithDialog, pathsInArguments } from './native-import.js';
import { createMainWindow } from './window.js';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let library: Library | undefined;
  let handlers: ApiHandlers | undefined;
  let rendererIndex = '';
  /** Files handed to the app before it was ready: its command line, and macOS `open-file` events. */
  const handedOver = pathsInArguments(process.argv.slice(1), process.cwd());

  /** The one window, created again if it was closed (macOS keeps running without one). */
  const mainWindow = (): BrowserWindow => BrowserWindow.getAllWindows()[0] ?? createMainWindow(rendererIndex);

  const importHandedOver = (paths: readonly string[]): void => {
    if (!handlers) handedOver.push(...paths);
    else if (paths.length > 0) importPaths(mainWindow(), handlers, paths).catch(logError);
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    importHandedOver(pathsInArguments(argv.slice(1), workingDirectory));
  });

  // macOS: files dropped on the Dock icon or opened with Parallax from the Finder (may come before ready).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    importHandedOver([path]);
  });

  app.whenReady().then(async () => {
    const libraryPath = libraryLocation();
    const lock = lockLibrary(libraryPath, 'the Parallax app');
    app.on('will-quit', () => lock.release());
    library = Library.open(libraryPath, { responsive: true });
    const resources = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
    await loadSamplesOnFirstRun(library, join(resources, 'samples'));

    // Deny every permission (camera, notifications, …) and send the CSP with every response too.
    session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
    });

    rendererIndex = join(app.getAppPath(), 'dist', 'renderer', 'index.html');
    const api = createHandlers(library, {}, { chooseLibraryLocation: () => chooseLibraryLocation(mainWindow(), libraryPath) });
    registerApiHandlers(api, rendererIndex);
    installApplicationMenu({
      command: (command) => sendToWindow(mainWindow(), { type: 'command', command }),
      importWithDialog: (what) => void importWithDialog(mainWindow(), api, what).catch(logError),
    });
    createMainWindow(rendererIndex);
    handlers = api;
    importHandedOver(handedOver.splice(0));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(rendererIndex);
    });
  }).catch((error) => {
    // A library in use, damaged (naming its latest backup) or from a newer version: say so.
    console.error('Parallax could not start:', error);
    dialog.showErrorBox('Parallax cannot open its library', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => library?.close());
}

function logError(error: unknown): void {
  console.error('[parallax]', error);
}
