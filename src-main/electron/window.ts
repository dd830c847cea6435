/** The main window, locked down: isolated, sandboxed, no Node, no navigation away, links outside. */
import { BrowserWindow, shell } from 'electron';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function createMainWindow(rendererIndex: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
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
  window.once('ready-to-show', () => window.show());
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
