/**
 * The app's commands in the page: Import from URL (against a page served here, on 127.0.0.1),
 * Settings (theme kept across a reload, the library's path), the search shortcut, and the desktop
 * app's menu messages, delivered through a stand-in for the preload's bridge.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { httpRoute, isAppMessage, webTokenHeader, type AppMessage, type ImportReport } from '../../src-main/api/contract.js';
import { expect, test } from './fixtures.js';

const screenshots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const articleHtml = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour towns vote to share one ferry timetable | The Coastal Ledger</title>
  <meta property="og:site_name" content="The Coastal Ledger">
  <meta property="og:title" content="Harbour towns vote to share one ferry timetable">
  <meta property="article:published_time" content="2025-11-03T08:00:00Z">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
  <article>
    <h1>Harbour towns vote to share one ferry timetable</h1>
    <p>Councils in the three harbour towns voted on Monday to merge their ferry timetables into one, ending a decade of missed connections for commuters who cross the bay each morning.</p>
    <p>The plan, approved by 41 votes to 12, gives the ferries a common departure every twenty minutes at rush hour and every hour in the evening. Officials said the change would take effect in March.</p>
    <p>Passenger groups welcomed the decision but warned that the older boats on the northern route would struggle to keep the faster schedule without repairs that have been postponed twice.</p>
    <p>The regional transport office estimates that the merged timetable will save commuters about fifteen minutes a day and cut the number of half-empty crossings by a third.</p>
    <p>A public meeting on the fares that go with the new timetable is planned for the end of the month, when the councils will also publish the maintenance budget for the fleet.</p>
  </article>
  <footer>© The Coastal Ledger</footer>
</body>
</html>`;

interface Site {
  url: string;
  /** Lets the held-back page go out (the first request waits for it). */
  release: () => void;
  close: () => Promise<void>;
}

/** One article page on 127.0.0.1, held back until `release()` so the dialog's progress can be seen. */
async function serveArticle(): Promise<Site> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void released.then(() => {
      if (request.url !== '/news/ferries.html') {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/news/ferries.html`,
    release,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function openLibrary(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('article-row')).toHaveCount(5);
}

test('a web page imports through the URL dialog and lands in the library with its outlet', async ({ page, harness }) => {
  const site = await serveArticle();
  try {
    await openLibrary(page, harness.url);
    await page.getByRole('button', { name: 'From URL…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from URL' });
    await expect(dialog).toBeVisible();
    const field = dialog.getByLabel('Web address');
    await expect(field).toBeFocused();
    await field.fill(site.url);
    await page.screenshot({ path: `${screenshots}import-url.png` });

    await dialog.getByRole('button', { name: 'Import' }).click();
    // The server holds the page back: the dialog says it is fetching and cannot be sent twice.
    await expect(dialog.getByRole('button', { name: 'Fetching…' })).toBeDisabled();
    await expect(dialog.getByTestId('import-url-status')).toHaveText('Fetching…');
    site.release();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('Imported 1 article');
    const rows = page.getByTestId('article-row');
    await expect(rows).toHaveCount(6);
    const row = rows.filter({ hasText: 'Harbour towns vote to share one ferry timetable' });
    await expect(row).toHaveCount(1);
    await expect(row.locator('.cell-outlet')).toHaveText('The Coastal Ledger');
    await expect(row).toHaveAttribute('data-language', 'en');
  } finally {
    site.release();
    await site.close();
  }
});

test('a URL that is not a web address shows why and imports nothing', async ({ page, harness }) => {
  await openLibrary(page, harness.url);
  await page.getByRole('button', { name: 'From URL…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from URL' });
  const field = dialog.getByLabel('Web address');
  await field.fill('ftp://x');
  await field.press('Enter');

  await expect(page.getByRole('alert')).toContainText('Could not import the page');
  await expect(page.getByRole('alert')).toContainText('http or https');
  // The dialog stays open on the address, with the reason under it, to be corrected.
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('import-url-status')).toContainText('not ftp: addresses');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveValue('ftp://x');
  await expect(page.getByRole('region', { name: 'Import summary' })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('article-row')).toHaveCount(5);
});

test('Settings switches to the dark theme, which survives a reload, and shows the library path', async ({ page, harness }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openLibrary(page, harness.url);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(244, 243, 239)');

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /System/u })).toBeChecked();
  await expect(dialog.getByTestId('library-path')).toHaveText(harness.libraryPath);

  await dialog.getByRole('radio', { name: /Dark/u }).check();
  await expect(page.locator('html')).toHaveClass(/\btheme-dark\b/u);
  expect(await background()).toBe('rgb(19, 22, 25)');
  await page.screenshot({ path: `${screenshots}settings.png` });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(page.getByTestId('article-row')).toHaveCount(5);
  await expect(page.locator('html')).toHaveClass(/\btheme-dark\b/u);
  expect(await background()).toBe('rgb(19, 22, 25)');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(dialog.getByRole('radio', { name: /Dark/u })).toBeChecked();

  // Back to System: no class, the system's theme again, whichever it is; Light overrides a dark system.
  await dialog.getByRole('radio', { name: /System/u }).check();
  await expect(page.locator('html')).not.toHaveClass(/theme-/u);
  expect(await background()).toBe('rgb(244, 243, 239)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(19, 22, 25)');
  await dialog.getByRole('radio', { name: /Light/u }).check();
  await expect(page.locator('html')).toHaveClass(/\btheme-light\b/u);
  expect(await background()).toBe('rgb(244, 243, 239)');
});

test('a folder chosen in the browser sends its articles and leaves other files out', async ({ page, harness }) => {
  const folder = join(harness.dataDir, 'clippings');
  mkdirSync(join(folder, 'older'), { recursive: true });
  writeFileSync(join(folder, 'tides.md'), '# Spring tides flood the harbour road\n\nThe harbour road was closed for two hours on Tuesday as the spring tide rose higher than forecast and covered the lower car park.\n');
  writeFileSync(join(folder, 'older', 'lighthouse.txt'), 'Lighthouse keepers return for the summer\n\nThe old lighthouse on the point will have keepers again this summer, for the first time in thirty years, the trust that owns it said.\n');
  writeFileSync(join(folder, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  await openLibrary(page, harness.url);
  await page.getByTestId('import-folder-input').setInputFiles(folder);
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('Imported 2 articles.');
  await expect(page.getByTestId('article-row')).toHaveCount(7);
});

test('Ctrl+K focuses the search box', async ({ page, harness }) => {
  await openLibrary(page, harness.url);
  const searchbox = page.getByRole('searchbox');
  await expect(searchbox).not.toBeFocused();
  await page.locator('body').press('Control+K');
  await expect(searchbox).toBeFocused();
});

test.describe('menu messages from the desktop app', () => {
  /**
   * A stand-in for the preload's `parallax` object: contract calls go over HTTP to the harness,
   * and `onCommand` listeners receive what the test sends with `window.__sendAppMessage`.
   */
  async function installBridge(page: Page): Promise<void> {
    await page.addInitScript(
      ({ prefix, header }) => {
        const listeners = new Set<(message: unknown) => void>();
        const token = () => document.querySelector('meta[name="parallax-token"]')?.getAttribute('content') ?? '';
        const onCommand = (listener: (message: unknown) => void) => {
          listeners.add(listener);
          return () => void listeners.delete(listener);
        };
        const bridge = new Proxy(
          { onCommand },
          {
            get: (target, name) =>
              name === 'onCommand'
                ? target.onCommand
                : typeof name === 'string'
                  ? async (args: unknown) => {
                      const response = await fetch(`${prefix}${name}`, { method: 'POST', headers: { 'content-type': 'application/json', [header]: token() }, body: JSON.stringify(args ?? {}) });
                      return response.json();
                    }
                  : undefined,
          },
        );
        Object.defineProperty(window, 'parallax', { value: bridge });
        Object.defineProperty(window, '__sendAppMessage', { value: (message: unknown) => listeners.forEach((listener) => listener(message)) });
      },
      { prefix: httpRoute('libraryInfo').replace(/libraryInfo$/u, ''), header: webTokenHeader },
    );
  }

  const send = (page: Page, message: AppMessage) => page.evaluate((m) => (window as unknown as { __sendAppMessage: (m: unknown) => void }).__sendAppMessage(m), message);

  test('each command opens what its menu item names', async ({ page, harness }) => {
    await installBridge(page);
    await openLibrary(page, harness.url);

    await send(page, { type: 'command', command: 'search' });
    await expect(page.getByRole('searchbox')).toBeFocused();

    await send(page, { type: 'command', command: 'importUrl' });
    const urlDialog = page.getByRole('dialog', { name: 'Import from URL' });
    await expect(urlDialog).toBeVisible();
    // Another command's dialog replaces it rather than stacking on it.
    await send(page, { type: 'command', command: 'settings' });
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    await expect(urlDialog).toBeHidden();
    await send(page, { type: 'command', command: 'pasteText' });
    await expect(page.getByRole('dialog', { name: 'Paste an article' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Find in Article: the reader's find bar; outside the reader, the library search.
    await page.locator('[data-testid="article-row"][data-language="fr"] .row-open').click();
    await expect(page.getByTestId('reader')).toBeVisible();
    await send(page, { type: 'command', command: 'find' });
    await expect(page.getByTestId('find-input')).toBeFocused();
  });

  test('an import run by the main process refreshes the list and shows its summary', async ({ page, harness }) => {
    await installBridge(page);
    await openLibrary(page, harness.url);
    // What the main process sends after Import Folder…; here the article arrives by another door first.
    const imported = await page.evaluate(async () => {
      const bridge = (window as unknown as { parallax: { importText: (args: unknown) => Promise<{ ok: boolean; value: ImportReport }> } }).parallax;
      return (await bridge.importText({ text: 'Folder import\n\nA short article that the main process imported from a folder on disk for this test.' })).value;
    });
    await expect(page.getByTestId('article-row')).toHaveCount(5);
    await send(page, { type: 'imported', report: { imported: imported.imported, skipped: [{ source: 'notes.pdf', reason: 'unsupported', message: 'notes.pdf is not a text, Markdown or HTML file.' }] } });
    await expect(page.getByTestId('article-row')).toHaveCount(6);
    const summary = page.getByRole('region', { name: 'Import summary' });
    await expect(summary).toContainText('Imported 1 article, skipped 1');
    await expect(summary).toContainText('notes.pdf is not a text, Markdown or HTML file.');
  });
});

test('the preload passes on well-formed messages only', () => {
  const report: ImportReport = { imported: [{ id: 1, source: 'a.txt', title: 'A', language: 'en', outlet: null, paragraphs: 3 }], skipped: [{ source: 'b.pdf', reason: 'unsupported', message: 'No.' }] };
  expect(isAppMessage({ type: 'command', command: 'importUrl' })).toBe(true);
  expect(isAppMessage({ type: 'imported', report })).toBe(true);
  expect(isAppMessage({ type: 'imported', report: { imported: [], skipped: [] } })).toBe(true);
  expect(isAppMessage('importUrl')).toBe(false);
  expect(isAppMessage({ type: 'command', command: 'formatDisk' })).toBe(false);
  expect(isAppMessage({ type: 'imported', report: { imported: [{ id: '1' }], skipped: [] } })).toBe(false);
  expect(isAppMessage({ type: 'imported', report: { imported: [], skipped: [{ source: 'x', reason: 'because', message: '' }] } })).toBe(false);
  expect(isAppMessage({ type: 'open', url: 'https://example.com/' })).toBe(false);
  expect(isAppMessage(null)).toBe(false);
});
