/**
 * The import running now, as the app sees it: its progress can be read and it can be cancelled
 * from another call while it runs (the renderer asks every few hundred milliseconds; a Cancel
 * button aborts it). Both transports (Electron IPC, the web harness's HTTP) carry these calls like
 * any other, so no event channel is needed.
 */
import type { ImportOptions, ImportProgress } from '../core/library/library.js';
import type { ImportStatus } from './contract.js';

export class ImportJobs {
  #current: { controller: AbortController; progress: ImportProgress } | null = null;

  /** Runs one import with its own cancel and progress; `outer` (the CLI's Ctrl+C) still applies. */
  async run<T>(work: (options: ImportOptions) => Promise<T>, outer: ImportOptions = {}): Promise<T> {
    const controller = new AbortController();
    const job = { controller, progress: { done: 0, total: 0, currentSource: '' } };
    this.#current = job;
    const forward = () => controller.abort();
    outer.signal?.addEventListener('abort', forward, { once: true });
    if (outer.signal?.aborted) controller.abort();
    try {
      return await work({
        signal: controller.signal,
        onProgress: (progress) => {
          job.progress = progress;
          outer.onProgress?.(progress);
        },
      });
    } finally {
      outer.signal?.removeEventListener('abort', forward);
      if (this.#current === job) this.#current = null;
    }
  }

  status(): ImportStatus {
    const job = this.#current;
    if (!job) return { running: false, done: 0, total: 0, current: '' };
    return { running: true, done: job.progress.done, total: job.progress.total, current: job.progress.currentSource };
  }

  /** Stops the running import after the batch being written; false when none is running. */
  cancel(): boolean {
    if (!this.#current || this.#current.controller.signal.aborted) return false;
    this.#current.controller.abort();
    return true;
  }
}
