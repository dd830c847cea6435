import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
function electronBinary(): string | null {
  try {
    const path = require('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
const binary = electronBinary();

test.describe('desktop app', () => {
  test.skip(binary === null, 'The Electron binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); this test runs where it exists.');

  test('launches, locked down, on the sample library', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parallax-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, PARALLAX_LIBRARY: join(dataDir, 'library.sqlite') } });
    try {
      const window = await app.firstWindow();
      await expect(window.getByTestId('article-row')).toHaveCount(5);
      const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined' && typeof (globalThis as { process?: unknown }).process === 'undefined');
      expect(isolated).toBe(true);
      const bridge = await window.evaluate(() => Object.entries((globalThis as unknown as { parallax: Record<string, unknown> }).parallax).map(([k, v]) => `${k}:${typeof v}`));
      expect(bridge.every((entry) => entry.endsWith(':function'))).toBe(true);
      // Navigation away from the app is refused; the page stays the app.
      const before = window.url();
      await window.evaluate(() => { location.href = 'https://example.com/'; });
      await window.waitForTimeout(500);
      expect(window.url()).toBe(before);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
