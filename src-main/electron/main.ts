/**
 * The Electron main process: one window, the library, and the IPC wiring. Everything else lives in
 * the core, which knows nothing of Electron.
 */
import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { createHandlers } from '../api/handlers.js';
import { libraryFileName } from '../core/library/default-location.js';
import { Library } from '../core/library/library.js';
import { loadSamplesOnFirstRun } from '../core/library/samples.js';
import { contentSecurityPolicy } from '../api/content-security-policy.js';
import { registerApiHandlers } from './ipc.js';
import { installApplicationMenu } from './menu.js';
import { createMainWindow } from './window.js';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let library: Library | undefined;

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.whenReady().then(() => {
    const libraryPath = process.env.PARALLAX_LIBRARY || join(app.getPath('userData'), libraryFileName);
    library = Library.open(libraryPath);
    const resources = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
    loadSamplesOnFirstRun(library, join(resources, 'samples'));

    // Deny every permission (camera, notifications, …) and send the CSP with every response too.
    session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
    });

    const rendererIndex = join(app.getAppPath(), 'dist', 'renderer', 'index.html');
    registerApiHandlers(createHandlers(library), rendererIndex);
    installApplicationMenu();
    createMainWindow(rendererIndex);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(rendererIndex);
    });
  }).catch((error) => {
    console.error('Parallax could not start:', error);
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => library?.close());
}
