import { expect, test } from './fixtures.js';

test('a story can be renamed, and an article moved out of it into a story of its own', async ({ page, harness }) => {
  await page.goto(harness.url);
  const story = page.getByTestId('story').first();
  await expect(story).toContainText('5 sources');
  await story.getByRole('button', { name: /^Rename/u }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename story' });
  await dialog.getByLabel('Name').fill('The memo');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(story).toContainText('The memo');

  await page.getByTestId('article-row').first().click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Move to another story…' }).click();
  const move = page.getByRole('dialog', { name: 'Move to another story' });
  await expect(move.getByLabel('Move to')).toHaveValue('\u0000new');
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(story).toContainText('4 sources');
  // The edit is the library's, not the page's: it survives a reload.
  await page.reload();
  await expect(page.getByTestId('story').first()).toContainText('The memo');
  await expect(page.getByTestId('story').first()).toContainText('4 sources');
});
