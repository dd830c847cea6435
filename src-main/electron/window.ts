/** The main window, locked down: isolated, sandboxed, no Node, no navigation away, links outside. */
import { BrowserWindow, shell } from 'electron';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadWindowState, rememberWindowState } from './window-state.js';

export function createMainWindow(rendererIndex: string): BrowserWindow {
  const state = loadWindowState();
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 720,
    minHeight: 480,
    title: 'Parallax',
    show: false,
    webPreferences: {
      preload: fileURLToPath(new URL('preload.cjs', import.meta.url)),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Middle-click ("auxclick") on a link can open it as a new window without a `click` event.
      // The window-open handler below already denies every new window; switching the event off
      // too is what electronegativity's AUXCLICK_JS_CHECK asks for (Chromium ignores the name if
      // a release no longer knows it, so this cannot break the window).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  const appUrl = pathToFileURL(rendererIndex).href;
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== appUrl) {
      event.preventDefault();
      openExternally(url);
    }
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  rememberWindowState(window);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  void window.loadFile(rendererIndex);
  return window;
}

/** Only web links leave the app, and they go to the system browser. */
function openExternally(url: string): void {
  try {
    const { protocol } = new URL(url);
    if (protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:') void shell.openExternal(url);
  } catch {
    // Not a URL: nothing to open.
  }
}
