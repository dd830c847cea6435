import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

const languageFacet = (page: Page, code: string): Locator => page.locator(`[data-testid="facet"][data-facet="language"][data-value="${code}"]`);

const hitLanguages = (hits: Locator): Promise<Array<string | null>> => hits.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-language')));

/** "3 of 7" → [3, 7]. */
async function counter(count: Locator): Promise<[number, number]> {
  await expect(count).toHaveText(/^\d+ of \d+$/);
  const [current, total] = (await count.textContent())!.split(' of ').map(Number);
  return [current!, total!];
}

/** Where a mark is: its paragraph's index and its start offset. */
const markPlace = (mark: Locator): Promise<string> =>
  mark.evaluate((element) => `${element.closest('[data-index]')?.getAttribute('data-index')}:${element.getAttribute('data-start')}`);

async function openLibrary(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('article-row')).toHaveCount(5);
}

test('facets count matches per language; a facet narrows to its language and its chip widens again', async ({ page, harness }) => {
  await openLibrary(page, harness.url);
  const box = page.getByRole('searchbox');
  await box.fill('OpenAI');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(5);

  await expect(languageFacet(page, 'he')).toContainText('Hebrew');
  await expect(languageFacet(page, 'he').getByTestId('facet-count')).toHaveText('1');
  await expect(languageFacet(page, 'en')).toContainText('English');
  await expect(languageFacet(page, 'en').getByTestId('facet-count')).toHaveText('3');
  await expect(languageFacet(page, 'fr')).toContainText('French');
  await expect(languageFacet(page, 'fr')).toHaveAttribute('aria-pressed', 'false');
  // No outlet is known in the samples: the outlet facet counts them, without a filter to offer.
  await expect(page.locator('[data-testid="facet"][data-facet="outlet"]')).toHaveText(/Unknown outlet\s*5/);

  await languageFacet(page, 'fr').click();
  await expect(box).toHaveValue('OpenAI lang:fr');
  const chips = page.getByTestId('filter-chip');
  await expect(chips).toHaveCount(1);
  await expect(chips).toHaveText('lang:fr');
  await expect(hits).toHaveCount(1);
  expect(await hitLanguages(hits)).toEqual(['fr']);
  await expect(languageFacet(page, 'fr')).toHaveAttribute('aria-pressed', 'true');
  await expect(languageFacet(page, 'fr')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “OpenAI”');

  await page.getByRole('button', { name: 'Remove filter lang:fr' }).click();
  await expect(chips).toHaveCount(0);
  await expect(box).toHaveValue('OpenAI');
  await expect(hits).toHaveCount(5);
  expect((await hitLanguages(hits)).sort()).toEqual(['en', 'en', 'en', 'fr', 'he']);

  // Pressing a facet twice adds its filter and takes it out again; typed filters become chips too.
  await languageFacet(page, 'he').click();
  await expect(hits).toHaveCount(1);
  expect(await hitLanguages(hits)).toEqual(['he']);
  await languageFacet(page, 'he').press('Enter');
  await expect(hits).toHaveCount(5);
  await expect(chips).toHaveCount(0);
  await box.fill('OpenAI language:EN');
  await expect(chips).toHaveText('language:EN');
  await expect(hits).toHaveCount(3);
  await expect(languageFacet(page, 'en')).toHaveAttribute('aria-pressed', 'true');
});

/** Sets outlets through the web harness's API, as the metadata form would. */
async function setOutlets(page: Page, outlets: Record<string, string | null>): Promise<void> {
  await page.evaluate(async (wanted) => {
    const token = document.querySelector('meta[name="parallax-token"]')?.getAttribute('content') ?? '';
    const call = async (method: string, args: object): Promise<unknown> => {
      const response = await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parallax-token': token }, body: JSON.stringify(args) });
      return ((await response.json()) as { value: unknown }).value;
    };
    const articles = (await call('listArticles', {})) as Array<{ id: number; source: string }>;
    for (const article of articles) {
      const outlet = wanted[article.source];
      if (outlet !== undefined) await call('updateArticle', { id: article.id, outlet });
    }
  }, outlets);
}

test('outlet facets add a quoted outlet filter; an unknown outlet is counted but not offered', async ({ page, harness }) => {
  await openLibrary(page, harness.url);
  await setOutlets(page, {
    '001_380dfcd3d742354b.txt': 'Morning Ledger',
    '002_ca75966250647529.txt': 'Morning Ledger',
    '003_f06ce34e67cddb2b.txt': 'Élysée Matin',
  });
  await page.getByRole('searchbox').fill('OpenAI');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(5);
  const outletFacet = (name: string): Locator => page.locator(`[data-testid="facet"][data-facet="outlet"][data-value="${name}"]`);
  await expect(outletFacet('Morning Ledger').getByTestId('facet-count')).toHaveText('2');
  await expect(outletFacet('')).toHaveText(/Unknown outlet\s*2/);
  await expect(outletFacet('').locator('button')).toHaveCount(0);

  await outletFacet('Morning Ledger').click();
  await expect(page.getByTestId('filter-chip')).toHaveText('outlet:"Morning Ledger"');
  await expect(page.getByRole('searchbox')).toHaveValue('OpenAI outlet:"Morning Ledger"');
  await expect(hits).toHaveCount(2);
  await expect(outletFacet('Morning Ledger')).toHaveAttribute('aria-pressed', 'true');
  await outletFacet('Morning Ledger').click();
  await expect(hits).toHaveCount(5);

  // A capital outside ASCII (É) would never match in the library; the facet filters on the rest of the name.
  await outletFacet('Élysée Matin').click();
  await expect(hits).toHaveCount(1);
  expect(await hitLanguages(hits)).toEqual(['fr']);
  await expect(outletFacet('Élysée Matin')).toHaveAttribute('aria-pressed', 'true');
});

test('keyboard: ArrowDown from the box chooses a result; Tab goes from the results to the facets', async ({ page, harness }) => {
  await openLibrary(page, harness.url);
  const box = page.getByRole('searchbox');
  await box.fill('OpenAI');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(5);
  await expect(languageFacet(page, 'en')).toBeVisible();

  await box.press('ArrowDown');
  await expect(hits.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-hit-0');
  await box.press('ArrowDown');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');

  // The results list is one Tab stop (the chosen result), the facets come after it.
  let focused = '';
  for (let i = 0; i < 12 && focused !== 'search-hit'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');
  }
  expect(focused).toBe('search-hit');
  await expect(hits.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(2)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-testid="facet"]:focus')).toHaveAttribute('data-facet', 'language');
  await page.keyboard.press('Shift+Tab');
  await expect(hits.nth(2)).toBeFocused();
});

test('find in article: marks every form of the word, steps with Enter and F3, Escape clears', async ({ page, harness }) => {
  await openLibrary(page, harness.url);
  await page.locator('[data-testid="article-row"][data-language="fr"]').click();
  const reader = page.getByTestId('reader');
  await expect(reader).toBeVisible();
  await expect(reader.locator('mark')).toHaveCount(0);

  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('find-bar')).toBeVisible();
  const input = page.getByTestId('find-input');
  await expect(input).toBeFocused();
  await expect(page.getByRole('searchbox', { name: 'Search all articles' })).not.toBeFocused();
  await page.keyboard.type('strategique');

  const count = page.getByTestId('find-count');
  const [first, total] = await counter(count);
  expect(first).toBe(1);
  expect(total).toBeGreaterThanOrEqual(2);
  const marks = reader.locator('mark');
  await expect(marks).toHaveCount(total);
  const texts = await marks.allTextContents();
  expect(texts).toContain('stratégique');
  for (const text of texts) expect(text.toLowerCase()).toMatch(/^stratégique/);

  const current = reader.locator('mark.current');
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
  const before = await markPlace(current);

  await input.press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await expect(current).toHaveCount(1);
  expect(await markPlace(current)).not.toBe(before);
  await expect(current).toBeInViewport();

  await input.press('Shift+Enter');
  await expect(count).toHaveText(`1 of ${total}`);
  expect(await markPlace(current)).toBe(before);
  await page.keyboard.press('Shift+F3');
  await expect(count).toHaveText(`${total} of ${total}`);
  await page.keyboard.press('F3');
  await expect(count).toHaveText(`1 of ${total}`);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-bar')).toHaveCount(0);
  await expect(marks).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Find in article' })).toBeFocused();
  await expect(reader).toBeVisible();

  // The toolbar button opens the bar again, on the last search.
  await page.getByRole('button', { name: 'Find in article' }).click();
  await expect(input).toHaveValue('strategique');
  await expect(count).toHaveText(`1 of ${total}`);
  await page.getByRole('button', { name: 'Close find' }).click();
  await expect(marks).toHaveCount(0);
});

test('find in article keeps only the newest answer', async ({ page, harness }) => {
  await openLibrary(page, harness.url);
  // The first query's answer arrives late, after the second one's.
  let delayed = 0;
  await page.route('**/api/searchArticle', async (route) => {
    if ((route.request().postDataJSON() as { query: string }).query === 'OpenAI') {
      delayed++;
      await new Promise((done) => setTimeout(done, 1_200));
    }
    await route.continue();
  });
  await page.locator('[data-testid="article-row"][data-language="fr"]').click();
  await expect(page.getByTestId('reader')).toBeVisible();
  await page.getByRole('button', { name: 'Find in article' }).click();
  const input = page.getByTestId('find-input');
  await input.fill('OpenAI');
  await expect.poll(() => delayed).toBe(1);
  await input.fill('strategique');
  const count = page.getByTestId('find-count');
  const [, total] = await counter(count);
  await page.waitForTimeout(1_500);
  await expect(count).toHaveText(`1 of ${total}`);
  for (const text of await page.getByTestId('reader').locator('mark').allTextContents()) expect(text.toLowerCase()).toMatch(/^stratégique/);
});

test('a hit opens the reader on the paragraph of its snippet, and stepping starts there', async ({ page, harness }) => {
  await openLibrary(page, harness.url);
  await page.getByRole('searchbox').fill('OpenAI');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(5);
  // The hit whose snippet lies deepest in its article: the first match is far from it.
  const paragraphs = await hits.evaluateAll((elements) => elements.map((e) => Number(e.getAttribute('data-snippet-paragraph'))));
  const deepest = paragraphs.indexOf(Math.max(...paragraphs));
  const snippetParagraph = paragraphs[deepest]!;
  expect(snippetParagraph).toBeGreaterThan(2);
  await hits.nth(deepest).click();

  const reader = page.getByTestId('reader');
  await expect(reader).toBeVisible();
  const current = reader.locator('mark.current');
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
  expect(await current.evaluate((e) => Number(e.closest('[data-index]')?.getAttribute('data-index')))).toBe(snippetParagraph);
  expect((await current.textContent())?.toLowerCase()).toContain('open');

  // "Match n of m" starts at that match, not at the first one.
  const matchCount = page.getByTestId('match-count');
  await expect(matchCount).toHaveText(/Match \d+ of \d+/);
  const [n] = (await matchCount.textContent())!.trim().replace('Match ', '').split(' of ').map(Number);
  expect(n).toBeGreaterThan(1);
  await page.keyboard.press('F3');
  await expect(matchCount).toHaveText(new RegExp(`Match ${n! + 1} of`));
  await expect(current).toBeInViewport();

  // The find bar takes over the highlights, starting from where the reader is.
  const placeBefore = await markPlace(current);
  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('find-input')).toHaveValue('OpenAI');
  const [findCurrent] = await counter(page.getByTestId('find-count'));
  expect(findCurrent).toBeGreaterThan(1);
  expect(await markPlace(current)).toBe(placeBefore);
  await expect(matchCount).toHaveCount(0);
  await page.keyboard.press('Escape');
  // Closing it brings the hit's highlights back.
  await expect(matchCount).toBeVisible();
  await expect(reader.locator('mark').first()).toBeAttached();
});
