import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/** Opens the sample story's comparison from the library; collects console errors (CSP violations among them). */
async function openSampleStory(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(url);
  await page.getByTestId('story').first().getByRole('button', { name: 'Compare sources' }).click();
  await expect(page.getByTestId('band-grid')).toBeVisible();
  return problems;
}

/** Whether two boxes share more than a pixel of height (offsets are rounded to whole pixels). */
const verticalOverlap = (a: { y: number; height: number }, b: { y: number; height: number }): boolean => a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

test('the sample story opens side by side, one column per source, Hebrew right to left', async ({ page, harness }, testInfo) => {
  const problems = await openSampleStory(page, harness.url);
  await expect(page.getByTestId('column-header')).toHaveCount(5);
  const hebrew = page.locator('[data-testid="band-cell"] .compared[lang="he"]');
  expect(await hebrew.count()).toBeGreaterThan(3);
  const directions = await hebrew.evaluateAll((elements) => elements.map((e) => getComputedStyle(e).direction));
  expect(new Set(directions)).toEqual(new Set(['rtl']));
  const english = page.locator('[data-testid="band-cell"] .compared[lang="en"]').first();
  expect(await english.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
  await page.screenshot({ path: testInfo.outputPath('comparison-bands.png') });
  expect(problems).toEqual([]);
});

test('paragraphs of one theme share a band, and bands do not overlap', async ({ page, harness }) => {
  await openSampleStory(page, harness.url);
  const bandIds = await page.getByTestId('band-label').evaluateAll((labels) => labels.map((l) => l.id.replace(/^band-/u, '')));
  expect(bandIds.length).toBeGreaterThan(2);
  const rows: Array<{ y: number; height: number }> = [];
  for (const id of bandIds) {
    const cells = page.locator(`[data-testid="band-cell"][data-band="${id}"]`);
    // Cells far off screen are laid out only when they come near (content-visibility): look at each band on screen.
    await cells.first().evaluate((cell) => cell.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const boxes = (await cells.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))).map((r) => ({ y: r.y, height: r.height }));
    expect(boxes.length).toBe(5);
    // Every cell of a band spans the same row.
    for (const box of boxes) {
      expect(Math.abs(box.y - boxes[0]!.y)).toBeLessThan(1);
      expect(Math.abs(box.height - boxes[0]!.height)).toBeLessThan(1);
    }
    const row = boxes[0]!;
    const members = await page
      .locator(`[data-testid="band-cell"][data-band="${id}"] .compared:not(.context)`)
      .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (const member of members) {
      expect(member.y).toBeGreaterThanOrEqual(row.y - 1);
      expect(member.y + member.height).toBeLessThanOrEqual(row.y + row.height + 1);
    }
    // Paragraphs of the band in different columns sit side by side: each overlaps the others' row.
    if (members.length > 1) expect(verticalOverlap(members[0]!, row)).toBe(true);
    // Rows are compared in the grid's own coordinates (the view scrolled between bands).
    const top = await cells.first().evaluate((cell) => (cell as HTMLElement).offsetTop);
    const placed = { y: top, height: row.height };
    for (const other of rows) expect(verticalOverlap(other, placed)).toBe(false);
    rows.push(placed);
  }
  // A source with nothing on a theme shows the gap.
  expect(await page.getByTestId('not-covered').count()).toBeGreaterThan(0);
});

test('hovering $1.4 trillion in an English column lights up 1.4 טריליון דולר in the Hebrew column', async ({ page, harness }, testInfo) => {
  await openSampleStory(page, harness.url);
  const english = page.locator('.compared[lang="en"] .figure', { hasText: '$1.4 trillion' }).first();
  await english.scrollIntoViewIfNeeded();
  await english.hover();
  const hebrew = page.locator('.compared[lang="he"] .figure', { hasText: '1.4 טריליון דולר' });
  await expect(hebrew).toHaveClass(/linked/u);
  await expect(english).toHaveClass(/linked/u);
  const tooltip = page.getByTestId('figure-tooltip');
  await expect(tooltip).toContainText('$1.4T');
  await expect(tooltip).toContainText('1.4 טריליון דולר');
  await page.screenshot({ path: testInfo.outputPath('comparison-linked-figure.png') });
  // Moving away clears the highlight.
  await page.getByRole('heading', { level: 1 }).hover();
  await expect(hebrew).not.toHaveClass(/linked/u);
});

test('keyboard: J moves to the next theme, ] to the next figure, Enter on a figure to the same quantity elsewhere', async ({ page, harness }) => {
  await openSampleStory(page, harness.url);
  await page.keyboard.press('j');
  await expect(page.getByTestId('band-label').first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.getByTestId('band-label').nth(1)).toBeFocused();
  await page.keyboard.press(']');
  const focused = page.locator('.figure:focus');
  await expect(focused).toHaveCount(1);
  await expect(page.getByTestId('figure-tooltip')).toBeVisible();
  // Enter on a grouped figure goes to the same quantity in another column.
  const grouped = page.locator('.figure[data-group]').first();
  await grouped.focus();
  const group = await grouped.getAttribute('data-group');
  const column = await grouped.evaluate((e) => e.closest('[data-article]')?.getAttribute('data-article'));
  await page.keyboard.press('Enter');
  await expect(focused).toHaveAttribute('data-group', group!);
  expect(await focused.evaluate((e) => e.closest('[data-article]')?.getAttribute('data-article'))).not.toBe(column);
});

test('columns can be moved, pinned and hidden, and hidden ones come back', async ({ page, harness }) => {
  await openSampleStory(page, harness.url);
  const headers = page.getByTestId('column-header');
  const first = await headers.first().getAttribute('data-article');
  const second = await headers.nth(1).getAttribute('data-article');
  await headers.first().getByRole('button', { name: /right$/u }).click();
  await expect(headers.first()).toHaveAttribute('data-article', second!);
  await headers.nth(1).getByRole('button', { name: /^Hide/u }).click();
  await expect(headers).toHaveCount(4);
  await page.getByText('1 hidden column').click();
  await page.getByRole('button', { name: /^Show/u }).click();
  await expect(headers).toHaveCount(5);
  const last = headers.last();
  const lastId = await last.getAttribute('data-article');
  await last.getByRole('button', { name: /^Pin/u }).click();
  // A pinned column moves to the front and stays put while the others scroll sideways.
  await expect(headers.first()).toHaveAttribute('data-article', lastId!);
  const stage = page.getByTestId('comparison-stage');
  const before = await headers.first().boundingBox();
  await stage.evaluate((e) => e.scrollBy({ left: 600 }));
  await expect.poll(async () => (await headers.first().boundingBox())?.x).toBeCloseTo(before!.x, 0);
  expect(first).not.toBeNull();
});

test('coverage heat map jumps to a theme, and the figures table lists quantities in several sources', async ({ page, harness }, testInfo) => {
  await openSampleStory(page, harness.url);
  await page.getByRole('button', { name: 'Coverage' }).click();
  const cells = page.getByTestId('coverage-cell');
  expect(await cells.count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByTestId('omissions')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('comparison-coverage.png') });
  const lastRowFirstCell = page.locator('[data-testid="coverage-panel"] tbody tr').last().getByTestId('coverage-cell').first();
  await lastRowFirstCell.click();
  await expect(page.getByTestId('band-label').last()).toBeFocused();
  await page.getByRole('button', { name: 'Figures' }).click();
  const table = page.getByTestId('figures-table');
  await expect(table).toContainText('$1.4T');
  await table.getByRole('button', { name: '1.4 טריליון דולר' }).click();
  await expect(page.locator('.figure:focus')).toHaveText('1.4 טריליון דולר');
});

test('the original flow shows each article in order with connectors between linked paragraphs', async ({ page, harness }, testInfo) => {
  await openSampleStory(page, harness.url);
  await page.getByLabel('Original flow').check();
  const flow = page.getByTestId('flow-layout');
  await expect(flow).toBeVisible();
  await expect.poll(() => flow.locator('svg.connectors path').count()).toBeGreaterThan(3);
  const order = await flow.locator('.flow-column').first().locator('.compared').evaluateAll((elements) => elements.map((e) => Number(e.getAttribute('data-paragraph'))));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  await page.screenshot({ path: testInfo.outputPath('comparison-flow.png') });
});

test('search within the story highlights matches in every column that has them', async ({ page, harness }) => {
  await openSampleStory(page, harness.url);
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search this story' })).toBeFocused();
  await page.keyboard.type('Gemini');
  await expect(page.getByTestId('story-match-count')).toBeVisible();
  const columns = await page.locator('[data-testid="band-cell"] mark.hit, [data-testid="band-cell"] .figure.hit').evaluateAll((marks) => [...new Set(marks.map((m) => m.closest('[data-article]')?.getAttribute('data-article')))]);
  expect(columns.length).toBeGreaterThanOrEqual(3);
});

test('articles picked in the library compare side by side, and a row\'s context menu opens its story', async ({ page, harness }) => {
  await page.goto(harness.url);
  const rows = page.getByTestId('article-row');
  await expect(rows).toHaveCount(5);
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Compare side by side' }).click();
  await expect(page.getByTestId('column-header')).toHaveCount(2);
  await page.getByRole('button', { name: 'Back' }).click();
  // The keyboard opens the context menu too (Shift+F10 on the row's title).
  await rows.nth(2).getByRole('button').first().focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByTestId('context-menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await rows.nth(2).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Compare its story' }).click();
  await expect(page.getByTestId('column-header')).toHaveCount(5);
});

test('Export… saves the comparison as a self-contained HTML report holding every theme', async ({ page, harness }) => {
  await openSampleStory(page, harness.url);
  const labels = await page.getByTestId('band-label').evaluateAll((elements) => elements.map((e) => e.textContent?.trim() ?? ''));
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export comparison' });
  await expect(dialog).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.html$/u);
  const html = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  expect(html).not.toMatch(/<script/iu);
  for (const label of labels.filter((l) => l !== 'Not in a shared theme')) expect(html).toContain(label.split(' · ')[0]!.replace(/&/gu, '&amp;'));
  await expect(dialog).toBeHidden();
});

test('hovering a name lights up the same entity in every column and script', async ({ page, harness }) => {
  await openSampleStory(page, harness.url);
  const hebrew = page.locator('.compared[lang="he"] [data-entity]', { hasText: /^גוגל$/u }).first();
  await hebrew.scrollIntoViewIfNeeded();
  await hebrew.hover();
  const entity = await hebrew.getAttribute('data-entity');
  const linked = page.locator('.linked-name');
  await expect.poll(() => linked.count()).toBeGreaterThan(2);
  const texts = await linked.allTextContents();
  expect(texts.some((t) => /Google/u.test(t))).toBe(true);
  const entities = new Set(await linked.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-entity'))));
  expect([...entities]).toEqual([entity]);
});

test('Settings choose how comparisons open, and the choice is kept', async ({ page, harness }) => {
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const defaults = page.getByTestId('comparison-defaults');
  await defaults.getByLabel('Each article’s own flow').check();
  await defaults.getByLabel('Columns on screen').selectOption('2');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.reload();
  await page.getByTestId('story').first().getByRole('button', { name: 'Compare sources' }).click();
  await expect(page.getByTestId('flow-layout')).toBeVisible();
  // Two columns fill the width: the third starts beyond the window's edge.
  const third = await page.locator('.flow-article').nth(2).boundingBox();
  expect(third!.x).toBeGreaterThan((page.viewportSize()?.width ?? 1280) - 40);
});
