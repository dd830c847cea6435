/**
 * The exported HTML report in a real browser: its policy lets its own style sheet apply (the hash
 * is right) and nothing else run or load, and figure links highlight a group across columns with
 * no script. The report is made by the built `parallax` command from the sample library.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..', '..');
const samples = join(root, 'resources', 'samples');
let dir: string;
let report: string;

function parallax(...args: string[]): string {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'parallax.js'), '--library', join(dir, 'library.sqlite'), ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`parallax ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-export-e2e-'));
  parallax('import', ...readdirSync(samples).filter((f) => f.endsWith('.txt')).map((f) => join(samples, f)));
  const [story] = JSON.parse(parallax('stories', '--json')) as Array<{ id: string }>;
  report = join(dir, 'report.html');
  parallax('export', '--story', story!.id, '--format', 'html', '--out', report);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the report is styled under its own policy, loads nothing else and links a figure group across columns', async ({ page }) => {
  const messages: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  page.on('request', (request) => requests.push(request.url()));
  const url = pathToFileURL(report).href;
  await page.goto(url);

  // A wrong hash would leave the page unstyled: marks coloured by kind prove the sheet applies.
  await expect(page.locator('mark.fig.kind-money').first()).toHaveCSS('border-bottom-color', 'rgb(46, 125, 50)');
  await expect(page.locator('table.grid thead th[lang="he"]')).toHaveCSS('direction', 'rtl');
  expect(messages.filter((m) => /Content Security Policy|Refused/iu.test(m))).toEqual([]);

  // A group stated in two columns: follow one figure to its row, and the row to the other figure.
  const pair = await page.evaluate(() => {
    for (const row of document.querySelectorAll('tr[id^="figures-g"]')) {
      const links = [...row.querySelectorAll('td a[href^="#fig-"]')].map((a) => a.getAttribute('href')!);
      const columns = new Set(links.map((href) => href.split('-')[1]));
      if (columns.size >= 2) {
        const first = links[0]!;
        const other = links.find((href) => href.split('-')[1] !== first.split('-')[1])!;
        return { row: row.id, first: first.slice(1), other: other.slice(1) };
      }
    }
    return null;
  });
  expect(pair).not.toBeNull();
  await page.locator(`#${pair!.first} a`).click();
  await expect(page).toHaveURL(`${url}#${pair!.row}`);
  await page.locator(`#${pair!.row} a[href="#${pair!.other}"]`).click();
  await expect(page).toHaveURL(`${url}#${pair!.other}`);
  // The target is outlined, and so, through :has, is its partner in the other column.
  await expect(page.locator(`#${pair!.other}`)).toHaveCSS('outline-style', 'solid');
  await expect(page.locator(`#${pair!.first}`)).toHaveCSS('outline-style', 'solid');
  expect(requests.every((r) => r.startsWith(url))).toBe(true);
});
