/** One IPC handler per contract method, each answering only the app's own page. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';
import { apiMethods, ipcChannel, type ApiHandlers } from '../api/contract.js';
import { dispatchApiCall } from '../api/dispatch.js';

export function registerApiHandlers(handlers: ApiHandlers, rendererIndex: string): void {
  const appUrl = pathToFileURL(rendererIndex).href;
  const fromApp = (event: IpcMainInvokeEvent) => event.senderFrame?.url.split('#')[0] === appUrl;
  for (const method of apiMethods) {
    ipcMain.handle(ipcChannel(method), (event, args: unknown) => {
      if (!fromApp(event)) return { ok: false, error: { code: 'invalid-arguments', message: 'Calls are accepted from the Parallax window only.' } };
      return dispatchApiCall(handlers, method, args);
    });
  }
}
