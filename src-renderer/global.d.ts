/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { ApiArgs, ApiMethod, ApiResponse, ApiResults, AppMessage } from '../src-main/api/contract.js';

/**
 * What the Electron preload exposes: one asynchronous function per contract method, answering
 * with the contract's `ApiResponse` (never throwing for a library error), and `onCommand`.
 */
export type ParallaxBridge = {
  readonly [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResponse<ApiResults[M]>>;
} & {
  /**
   * Menu commands and the reports of imports the main process ran, checked by the preload with
   * `isAppMessage`. Returns the function that unsubscribes `listener`.
   */
  readonly onCommand: (listener: (message: AppMessage) => void) => () => void;
};

declare global {
  interface Window {
    /** Present in Electron only; the web harness is reached over HTTP instead. */
    readonly parallax?: ParallaxBridge;
  }
}
