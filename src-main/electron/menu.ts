/**
 * The application menu: the platform's standard roles (copy, zoom and the like work as expected)
 * and Parallax's own commands with their shortcuts. Import Files… and Import Folder… run in the main
 * process (native dialog); the others are carried out by the page (see app-messages.ts).
 */
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../api/contract.js';

export interface MenuActions {
  /** Asks the window to carry out a command. */
  command: (command: AppCommand) => void;
  /** Files or a folder chosen in the native dialog, imported by the main process. */
  importWithDialog: (what: 'files' | 'folder') => void;
}

export function installApplicationMenu(actions: MenuActions): void {
  const mac = process.platform === 'darwin';
  const item = (label: string, accelerator: string, command: AppCommand): MenuItemConstructorOptions => ({ label, accelerator, click: () => actions.command(command) });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const settings = item('Settings…', 'CmdOrCtrl+,', 'settings');

  // macOS: the menu named after the app (the standard appMenu's items, with Settings… added).
  const appMenu: MenuItemConstructorOptions = {
    label: app.name,
    submenu: [{ role: 'about' }, separator, settings, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => actions.importWithDialog('files') },
      { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.importWithDialog('folder') },
      item('Import from URL…', 'CmdOrCtrl+L', 'importUrl'),
      item('Paste as Article', 'CmdOrCtrl+Shift+V', 'pasteText'),
      separator,
      item('Export Comparison…', 'CmdOrCtrl+E', 'exportComparison'),
      separator,
      ...(mac ? [{ role: 'close' } as const] : [settings, separator, { role: 'quit' } as const]),
    ],
  };
  // The standard edit roles, without Paste and Match Style: its Shift+CmdOrCtrl+V is Paste as Article here.
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { role: 'selectAll' },
      separator,
      item('Find', 'CmdOrCtrl+F', 'find'),
      item('Search Library', 'CmdOrCtrl+K', 'search'),
    ],
  };

  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
