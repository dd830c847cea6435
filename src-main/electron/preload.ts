/**
 * The renderer's only door to the main process: one `parallax` object with one function per
 * contract method, each forwarding its arguments over that method's channel, and `onCommand`,
 * which passes on the main process's `AppMessage`s (menu commands, import reports).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { apiMethods, commandChannel, ipcChannel, isAppMessage, type AppMessage } from '../api/contract.js';

const calls = Object.fromEntries(apiMethods.map((method) => [method, (args: unknown) => ipcRenderer.invoke(ipcChannel(method), args)]));

/** Subscribes to the command channel; only well-formed messages reach `listener`, never the IPC event. Returns the unsubscribe function. */
function onCommand(listener: (message: AppMessage) => void): () => void {
  const relay = (_event: IpcRendererEvent, message: unknown): void => {
    if (isAppMessage(message)) listener(message);
  };
  ipcRenderer.on(commandChannel, relay);
  return () => {
    ipcRenderer.removeListener(commandChannel, relay);
  };
}

contextBridge.exposeInMainWorld('parallax', { ...calls, onCommand });
