import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';

test('a long import shows its progress and can be cancelled, keeping what was imported', async ({ page, harness }) => {
  const dir = join(harness.dataDir, 'many');
  mkdirSync(dir);
  const files: string[] = [];
  for (let i = 0; i < 900; i++) {
    const file = join(dir, `note-${i}.txt`);
    writeFileSync(file, `Council note ${i}\n\nThe council met for session ${i} and approved ${i % 9} motions on a harbour budget of ${2000 + i} euros.`);
    files.push(file);
  }
  await page.goto(harness.url);
  await expect(page.getByTestId('article-row')).toHaveCount(5);
  await page.getByTestId('import-input').setInputFiles(files);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await expect(progress.locator('progress')).toHaveAttribute('max', '900');
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByTestId('import-cancelled')).toBeVisible({ timeout: 30_000 });
  await expect(progress).toBeHidden();
  const rows = await page.getByTestId('article-row').count();
  expect(rows).toBeGreaterThanOrEqual(5);
  expect(rows).toBeLessThan(905);
  // The library is whole: a new import works at once.
  await expect(page.getByRole('button', { name: 'Import files…' })).toBeEnabled();
});
