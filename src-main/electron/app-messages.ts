/**
 * Main process → window, on the contract's one `commandChannel`, always an `AppMessage`:
 *
 * - `{ type: 'command', command }`: a menu item the page carries out like its own button (Import
 *   from URL…, Paste as Article, Find in Article, Search Library, Settings…).
 * - `{ type: 'imported', report }`: the main process ran an import itself and the page refreshes
 *   and shows the summary. That is Import Files… and Import Folder… (the page cannot open its own
 *   file picker for a menu: Chromium shows a file chooser only on a click or key press in the
 *   page, and a menu item is neither), and paths from the command line, a second launch or the Dock.
 *
 * The preload checks every message with `isAppMessage` before the page sees it.
 */
import type { BrowserWindow } from 'electron';
import { commandChannel, type AppMessage } from '../api/contract.js';

/** Sends now, or once the page has loaded (its listener is subscribed by then). */
export function sendToWindow(window: BrowserWindow, message: AppMessage): void {
  const contents = window.webContents;
  if (contents.isLoading()) contents.once('did-finish-load', () => contents.send(commandChannel, message));
  else contents.send(commandChannel, message);
}
