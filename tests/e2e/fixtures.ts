/**
 * Each test gets its own library in a temporary folder and its own web harness process, started
 * exactly as `npm run web` starts it, and both are removed afterwards.
 */
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Harness {
  url: string;
  libraryPath: string;
  dataDir: string;
}

export const test = base.extend<{ harness: Harness }>({
  harness: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
    const libraryPath = join(dataDir, 'library.sqlite');
    const child = spawn(process.execPath, ['dist/web/server.js', '--library', libraryPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await waitForUrl(child);
    await use({ url, libraryPath, dataDir });
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    rmSync(dataDir, { recursive: true, force: true });
  },
});

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web harness did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/u.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web harness exited with ${code}:\n${output}`)));
  });
}

export { expect } from '@playwright/test';
