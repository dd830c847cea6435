import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.js';

// A made-up article and its French translation, in which one figure went wrong and a name was lost.
const english = `Harbour bridge opens after four years

The new harbour bridge opened on Monday after four years of work. It cost 2.4 billion euros, the city said.

Mayor Anna Lindqvist cut the ribbon in front of 3,000 people. Traffic on the old crossing should fall by 30 percent.

The ferry service will stop at the end of June.`;
const french = `Le pont du port ouvre après quatre ans

Le nouveau pont du port a été inauguré lundi après quatre ans de travaux. Il a coûté 4,2 milliards d'euros, selon la ville.

La maire a coupé le ruban devant 3 000 personnes. La circulation sur l'ancien passage devrait baisser de 30 %.

Le service de ferry s'arrêtera fin juin.`;

test('an article beside its translation: sentences in rows, every figure checked', async ({ page, harness }, testInfo) => {
  writeFileSync(join(harness.dataDir, 'bridge-en.txt'), english);
  writeFileSync(join(harness.dataDir, 'bridge-fr.txt'), french);
  await page.goto(harness.url);
  await expect(page.getByTestId('article-row')).toHaveCount(5);
  await page.getByTestId('import-input').setInputFiles([join(harness.dataDir, 'bridge-en.txt'), join(harness.dataDir, 'bridge-fr.txt')]);
  await expect(page.getByTestId('article-row')).toHaveCount(7);
  await page.getByTestId('article-row').filter({ hasText: 'Harbour bridge opens' }).getByRole('button').first().click();
  const panel = page.getByTestId('translations-panel');
  const choice = panel.getByLabel('Article that translates this one');
  const value = await choice.locator('option', { hasText: 'Le pont du port' }).getAttribute('value');
  await choice.selectOption(value!);
  await panel.getByRole('button', { name: 'Mark', exact: true }).click();
  await panel.getByRole('button', { name: 'Side by side' }).click();

  const rows = page.getByTestId('aligned-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(5);
  // The changed amount is flagged in the panel and marked in both columns.
  const findings = page.getByTestId('finding');
  await expect(findings.filter({ hasText: '2.4 billion euros' })).toHaveCount(1);
  await expect(page.getByTestId('finding-mark').first()).toBeVisible();
  // Each row holds an English sentence beside its French counterpart.
  const figureRow = rows.filter({ hasText: '2.4 billion euros' });
  await expect(figureRow.locator('[data-side="target"]')).toContainText('4,2 milliards');
  // Keyboard: J moves to the next row, which takes focus and is highlighted.
  await page.locator('h1').first().click();
  await page.keyboard.press('j');
  const focusedRow = page.locator('[data-testid="aligned-row"]:focus');
  await expect(focusedRow).toHaveCount(1);
  const at = Number(await focusedRow.getAttribute('data-row'));
  await page.keyboard.press('j');
  await expect(rows.nth(at + 1)).toBeFocused();
  await expect(rows.nth(at + 1)).toHaveClass(/active/u);
  await findings.filter({ hasText: '2.4 billion euros' }).click();
  await expect(figureRow).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('translation-view.png') });
});
