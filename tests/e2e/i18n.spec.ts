/**
 * The interface language: chosen in Settings (or taken from the browser's languages), applied to
 * every string at once, kept across reloads; Hebrew mirrors the layout. Imported articles keep
 * their own language and direction whatever the interface speaks.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

const screenshots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

async function openLibrary(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('article-row')).toHaveCount(5);
}

/** Picks the interface language in Settings, by its own name, and closes the dialog with its Done button. */
async function chooseLanguage(page: Page, settingsLabel: string, name: string, done: string): Promise<void> {
  await page.getByRole('button', { name: settingsLabel }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name }).check();
  await dialog.getByRole('button', { name: done, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Console errors and uncaught exceptions (a Content-Security-Policy violation among them). */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return problems;
}

const titles = (page: Page): Promise<string[]> => page.getByTestId('article-row').locator('.title').allTextContents();

test('the interface starts in English for an English browser', async ({ page, harness }) => {
  await openLibrary(page, harness.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('button', { name: 'Import files…' })).toBeVisible();
});

test('Hebrew: the interface reads right to left, mirrors its layout, and stays Hebrew after a reload', async ({ page, harness }, testInfo) => {
  await openLibrary(page, harness.url);
  const before = await titles(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'עברית' }).check();

  // Every string changes at once, the open dialog's included.
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  await expect(dialog.getByRole('heading', { name: 'הגדרות' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'ייבוא קבצים…' })).toBeVisible();
  await dialog.getByRole('button', { name: 'סיום', exact: true }).click();

  // Mirrored: the brand at the right edge, the import buttons to the left of the search box.
  const width = page.viewportSize()!.width;
  const brand = (await page.locator('.brand').boundingBox())!;
  expect(width - (brand.x + brand.width)).toBeLessThan(40);
  const importButton = (await page.getByRole('button', { name: 'ייבוא קבצים…' }).boundingBox())!;
  const search = (await page.getByRole('searchbox').boundingBox())!;
  expect(importButton.x + importButton.width).toBeLessThan(search.x);
  // The list's title column starts on the right.
  const head = (await page.locator('.list-head .col-title').boundingBox())!;
  const words = (await page.locator('.list-head .col-words').boundingBox())!;
  expect(head.x).toBeGreaterThan(words.x);

  // Counts and dates in Hebrew; the articles' own titles untouched.
  await expect(page.locator('.status-bar')).toContainText('5 כתבות');
  await expect(page.getByTestId('article-row').first().locator('.cell-imported time')).toHaveText(/[\u05d0-\u05ea]/u);
  expect(await titles(page)).toEqual(before);
  await page.screenshot({ path: testInfo.outputPath('library-he.png') });
  await page.screenshot({ path: `${screenshots}interface-he-library.png` });

  await page.reload();
  await expect(page.getByTestId('article-row')).toHaveCount(5);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'ייבוא קבצים…' })).toBeVisible();
});

test('Hebrew: the reader keeps an English article left to right under a mirrored toolbar', async ({ page, harness }, testInfo) => {
  const problems = collectProblems(page);
  await openLibrary(page, harness.url);
  await chooseLanguage(page, 'Settings', 'עברית', 'סיום');
  await page.locator('[data-testid="article-row"][data-language="en"]').first().getByRole('button').first().click();
  const reader = page.getByTestId('reader');
  await expect(reader).toBeVisible();

  // The Back button sits at the right, its arrow pointing right.
  const back = page.getByRole('button', { name: 'חזרה', exact: true });
  const box = (await back.boundingBox())!;
  expect(box.x).toBeGreaterThan(page.viewportSize()!.width / 2);
  const transform = await back.locator('svg').evaluate((svg) => getComputedStyle(svg).transform);
  expect(transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');

  // The article is not translated and keeps its direction; the details around it are in Hebrew.
  const paragraphs = reader.locator('[data-testid="paragraph"][data-kind="body"]');
  await expect(paragraphs.first()).toBeVisible();
  expect(new Set(await paragraphs.evaluateAll((elements) => elements.map((e) => getComputedStyle(e).direction)))).toEqual(new Set(['ltr']));
  await expect(reader.locator('.language-name')).toHaveText('אנגלית');
  await expect(reader.locator('.byline')).toContainText('מקור');
  // Hebrew details line up with the English article's start edge: its left.
  const header = (await reader.locator('.article-header').boundingBox())!;
  const badge = (await reader.locator('.kicker .badge').boundingBox())!;
  expect(badge.x + badge.width - header.x).toBeLessThan(120);
  await page.screenshot({ path: testInfo.outputPath('reader-he.png') });
  expect(problems).toEqual([]);
});

test('Hebrew: the comparison opened from the story card runs its columns right to left', async ({ page, harness }, testInfo) => {
  const problems = collectProblems(page);
  await openLibrary(page, harness.url);
  await chooseLanguage(page, 'Settings', 'עברית', 'סיום');
  await page.getByTestId('story').first().getByRole('button', { name: 'השוואת מקורות' }).click();
  await expect(page.getByTestId('band-grid')).toBeVisible();

  // The theme labels are the first column: at the right; the first source's column to their left.
  const corner = (await page.locator('.bands .corner').boundingBox())!;
  const firstColumn = (await page.getByTestId('column-header').first().boundingBox())!;
  expect(corner.x).toBeGreaterThan(firstColumn.x);
  await expect(page.getByRole('button', { name: 'נתונים' })).toBeVisible();
  // The first column's first button moves it towards the start, which is now to the right.
  await expect(page.getByTestId('column-header').nth(1).getByRole('button').first()).toHaveAccessibleName(/ימינה$/u);
  // The figure tooltip opens from the figure's right edge.
  const figure = page.locator('.compared[lang="en"] .figure.grouped').first();
  await figure.scrollIntoViewIfNeeded();
  await figure.hover();
  const tooltip = page.getByTestId('figure-tooltip');
  await expect(tooltip).toBeVisible();
  const [mark, tip] = [(await figure.boundingBox())!, (await tooltip.boundingBox())!];
  expect(Math.abs(mark.x + mark.width - (tip.x + tip.width))).toBeLessThan(2);
  await page.screenshot({ path: testInfo.outputPath('comparison-he.png') });
  // The export dialog, opened with its shortcut, speaks Hebrew too.
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('dialog', { name: 'ייצוא ההשוואה' })).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'ייצוא', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('French: the interface speaks French with lang=fr, left to right, after a reload too', async ({ page, harness }, testInfo) => {
  await openLibrary(page, harness.url);
  const before = await titles(page);
  await chooseLanguage(page, 'Settings', 'Français', 'Terminé');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('button', { name: 'Importer des fichiers…' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bibliothèque', level: 1 })).toBeVisible();
  await expect(page.locator('.status-bar')).toContainText('5 articles');
  expect(await titles(page)).toEqual(before);
  await page.screenshot({ path: testInfo.outputPath('library-fr.png') });

  await page.reload();
  await expect(page.getByTestId('article-row')).toHaveCount(5);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: 'Importer des fichiers…' })).toBeVisible();

  await page.locator('[data-testid="article-row"][data-language="he"]').getByRole('button').first().click();
  const reader = page.getByTestId('reader');
  await expect(reader.locator('.language-name')).toHaveText('hébreu');
  // The Hebrew article still reads right to left in a French interface.
  const direction = await reader.locator('[data-testid="paragraph"][data-kind="body"]').first().evaluate((e) => getComputedStyle(e).direction);
  expect(direction).toBe('rtl');
  await page.screenshot({ path: testInfo.outputPath('reader-fr.png') });

  await page.getByRole('button', { name: 'Retour', exact: true }).click();
  await page.getByTestId('story').first().getByRole('button', { name: 'Comparer les sources' }).click();
  await expect(page.getByTestId('band-grid')).toBeVisible();
  await page.getByRole('button', { name: 'Couverture' }).click();
  await expect(page.getByTestId('coverage-panel')).toContainText('Ce que chaque source laisse de côté');
  await page.screenshot({ path: testInfo.outputPath('comparison-fr.png') });
  await page.screenshot({ path: `${screenshots}interface-fr-comparison.png` });
});

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('opens in French before anything is chosen', async ({ page, harness }) => {
    await openLibrary(page, harness.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: 'Importer des fichiers…' })).toBeVisible();
  });
});

test.describe('a browser in a language the interface does not speak', () => {
  test.use({ locale: 'de-DE' });

  test('opens in English', async ({ page, harness }) => {
    await openLibrary(page, harness.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Import files…' })).toBeVisible();
  });
});
