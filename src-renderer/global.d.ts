/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { ApiArgs, ApiMethod, ApiResponse, ApiResults } from '../src-main/api/contract.js';

/**
 * What the Electron preload exposes: one asynchronous function per contract method, answering
 * with the contract's `ApiResponse` (never throwing for a library error).
 */
export type ParallaxBridge = {
  readonly [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResponse<ApiResults[M]>>;
};

declare global {
  interface Window {
    /** Present in Electron only; the web harness is reached over HTTP instead. */
    readonly parallax?: ParallaxBridge;
  }
}
