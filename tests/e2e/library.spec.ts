import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';

test('first run shows the five sample articles', async ({ page, harness }) => {
  await page.goto(harness.url);
  const rows = page.getByTestId('article-row');
  await expect(rows).toHaveCount(5);
  const languages = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-language')).sort());
  expect(languages).toEqual(['en', 'en', 'en', 'fr', 'he']);
});

test('searching Gemini finds Hebrew, English and French articles with the match highlighted', async ({ page, harness }) => {
  await page.goto(harness.url);
  await expect(page.getByTestId('article-row')).toHaveCount(5);
  await page.getByRole('searchbox').fill('Gemini');
  const hits = page.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  const languages = new Set(await hits.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-language'))));
  expect([...languages].sort()).toEqual(['en', 'fr', 'he']);
  const marks = page.getByTestId('search-results').locator('mark');
  expect(await marks.count()).toBeGreaterThanOrEqual(3);
  for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toContain('gemini');
});

test('a search hit opens the article at the highlighted paragraph', async ({ page, harness }) => {
  await page.goto(harness.url);
  await page.getByRole('searchbox').fill('Gemini');
  await page.getByTestId('search-hit').first().click();
  const reader = page.getByTestId('reader');
  await expect(reader).toBeVisible();
  const mark = reader.locator('mark').first();
  await expect(mark).toBeInViewport();
  expect((await mark.textContent())?.toLowerCase()).toContain('gemini');
});

test('the Hebrew article renders right to left', async ({ page, harness }) => {
  await page.goto(harness.url);
  await page.locator('[data-testid="article-row"][data-language="he"]').click();
  const paragraphs = page.getByTestId('reader').locator('[data-testid="paragraph"][data-kind="body"]');
  await expect(paragraphs.first()).toBeVisible();
  const directions = await paragraphs.evaluateAll((elements) => elements.map((e) => getComputedStyle(e).direction));
  expect(directions.length).toBeGreaterThan(5);
  expect(new Set(directions)).toEqual(new Set(['rtl']));
  const box = await paragraphs.first().boundingBox();
  const textRight = await paragraphs.first().evaluate((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    // One rectangle per direction run; the first line's runs share its top.
    const rects = [...range.getClientRects()];
    return Math.max(...rects.filter((r) => Math.abs(r.top - rects[0]!.top) < 2).map((r) => r.right));
  });
  // The first line starts at the right edge of the paragraph.
  expect(Math.abs(textRight - (box!.x + box!.width))).toBeLessThan(4);
});

test('importing a file through the UI adds it to the list', async ({ page, harness }) => {
  await page.goto(harness.url);
  await expect(page.getByTestId('article-row')).toHaveCount(5);
  const file = join(harness.dataDir, 'nouvel-article.md');
  writeFileSync(
    file,
    '# Un article de test importé\n\nCe paragraphe parle d’un sujet sans rapport avec les autres articles de la bibliothèque, pour vérifier l’import.\n',
  );
  await page.getByTestId('import-input').setInputFiles(file);
  await expect(page.getByTestId('article-row')).toHaveCount(6);
  await expect(page.getByTestId('article-list')).toContainText('Un article de test importé');
});
