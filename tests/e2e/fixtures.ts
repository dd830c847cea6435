/**
 * Each test gets its own library in a temporary folder and its own web harness process, started
 * exactly as `npm run web` starts it, and both are removed afterwards.
 */
import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHarness } from '../support/web-harness.js';

export interface Harness {
  url: string;
  libraryPath: string;
  dataDir: string;
}

export const test = base.extend<{ harness: Harness }>({
  harness: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
    const libraryPath = join(dataDir, 'library.sqlite');
    const { url, child } = await startWebHarness(libraryPath);
    await use({ url, libraryPath, dataDir });
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
