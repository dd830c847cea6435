/**
 * The app's commands (`AppCommand`), run the same whether they come from the desktop app's menus
 * (through the preload's `onCommand`) or from the page itself.
 */
import type { AppCommand, AppMessage } from '../../src-main/api/contract.js';
import { showImportReport } from './actions.js';
import { t } from './i18n/index.js';
import { comparison } from '../stores/comparison.svelte.js';
import { find } from '../stores/find.svelte.js';
import { importer } from '../stores/importer.svelte.js';
import { router } from '../stores/router.svelte.js';
import { search } from '../stores/search.svelte.js';
import { settings } from '../stores/settings.svelte.js';
import { toasts } from '../stores/toasts.svelte.js';

type Dialog = 'paste' | 'url' | 'settings';

/** One dialog at a time: a menu shortcut may arrive while another is showing. */
function showDialog(dialog: Dialog): void {
  importer.pasteOpen = dialog === 'paste';
  importer.urlOpen = dialog === 'url';
  settings.open = dialog === 'settings';
}

const dialogShowing = (): boolean => document.querySelector('dialog[open]') !== null;

export function runCommand(command: AppCommand): void {
  switch (command) {
    case 'importFiles':
      importer.openPicker('files');
      break;
    case 'importFolder':
      // In the desktop app the menu imports folders itself and sends the report instead.
      importer.openPicker('folder');
      break;
    case 'importUrl':
      if (!importer.busy) showDialog('url');
      break;
    case 'pasteText':
      if (!importer.busy) showDialog('paste');
      break;
    case 'settings':
      showDialog('settings');
      break;
    case 'find':
      // As Ctrl/Cmd+F: in the reader, find in the article; elsewhere, search the library.
      if (dialogShowing()) break;
      if (router.current.name === 'reader') find.requestOpen();
      else if (router.current.name === 'compare') comparison.searchFocusRequests++;
      else search.requestFocus();
      break;
    case 'exportComparison':
      if (dialogShowing()) break;
      if (router.current.name === 'compare' && comparison.result) comparison.exportOpen = true;
      else toasts.info(t('compare.exportNeedsComparison'));
      break;
    case 'search':
      if (!dialogShowing()) search.requestFocus();
      break;
  }
}

export function handleAppMessage(message: AppMessage): void {
  if (message.type === 'command') runCommand(message.command);
  else showImportReport(message.report);
}

/** Listens to the desktop app's main process, when there is one; returns the unsubscribe function. */
export function listenToMainProcess(): () => void {
  return window.parallax?.onCommand(handleAppMessage) ?? (() => undefined);
}
