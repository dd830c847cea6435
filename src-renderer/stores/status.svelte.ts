/** Facts about the open library for the status bar. */
import type { LibraryInfo } from '../../src-main/api/contract.js';
import { api } from '../lib/api-client.js';

class StatusStore {
  info = $state.raw<LibraryInfo | null>(null);

  async refresh(): Promise<void> {
    try {
      this.info = await api.libraryInfo({});
    } catch (error) {
      // The status bar is a nicety: a failure here is logged, not shown; list loading reports real trouble.
      console.warn('[parallax] libraryInfo failed', error);
    }
  }

  clear(): void {
    this.info = null;
  }
}

export const status = new StatusStore();
