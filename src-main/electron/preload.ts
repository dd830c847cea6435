/**
 * The renderer's only door to the main process: one `parallax` object with one function per
 * contract method, each forwarding its arguments over that method's channel.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { apiMethods, ipcChannel } from '../api/contract.js';

const parallax = Object.fromEntries(apiMethods.map((method) => [method, (args: unknown) => ipcRenderer.invoke(ipcChannel(method), args)]));

contextBridge.exposeInMainWorld('parallax', parallax);
