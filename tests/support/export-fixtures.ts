/**
 * Inputs for the export tests, made by a real library on disk: the five sample articles as one
 * story, and two small articles whose titles, outlets and text are hostile (markup, attribute
 * breakers, a right-to-left override, a spreadsheet formula).
 */
import type { ExportInput } from '../../src-main/core/export/report-model.js';
import { createTempLibrary, sampleFiles, type TempLibrary } from './temp-library.js';

/** A fixed moment, so two exports of one comparison are the same file. */
export const exportDate = new Date('2025-12-04T09:30:00Z');

export async function sampleStoryInput(temp: TempLibrary): Promise<{ input: ExportInput; story: string }> {
  await temp.library.importPaths(sampleFiles);
  const story = temp.library.stories()[0];
  if (!story) throw new Error('the samples form no story');
  const comparison = temp.library.compare({ story: story.id });
  const articles = comparison.articles.map((a) => temp.library.getArticle(a.id));
  return { input: { comparison, articles, generatedAt: exportDate, title: story.label }, story: story.id };
}

export const hostile = {
  script: '<script>alert(1)</script>',
  attribute: '"><img src=x onerror=alert(2)>',
  override: '\u202Efdp.exe',
  formula: '=HYPERLINK("http://evil.example","x")',
};

/**
 * Two articles on one event (English and French, with figures that disagree) imported into a real
 * library; then every string an attacker controls is made hostile: titles and outlets through the
 * library, paragraph ends, an extra paragraph and a theme label in the comparison (labels come
 * from article text; text is appended, so the figures' offsets still hold).
 */
export function hostileInput(): { temp: TempLibrary; input: ExportInput } {
  const temp = createTempLibrary();
  const english = temp.library.importText(
    'Acme raises money\n\nAcme Robotics raised $500 million from Northwind Capital to build warehouse robots in Ohio.\n\nThe Ohio factory of Acme Robotics will employ 2,000 workers by 2027, said Dana Whitfield.',
  ).imported[0];
  const french = temp.library.importText(
    "Acme Robotics a levé 520 millions de dollars auprès de Northwind Capital pour ses robots.\n\nL'usine de l'Ohio emploiera 2 000 salariés en 2027, selon Dana Whitfield.",
  ).imported[0];
  if (!english || !french) throw new Error('the articles were not imported');
  temp.library.updateArticle(english.id, { title: `${hostile.script} ${hostile.override} title`, outlet: hostile.attribute });
  temp.library.updateArticle(french.id, { title: hostile.formula, outlet: `# ${hostile.script}` });
  const comparison = temp.library.compare({ ids: [english.id, french.id] });
  const theme = comparison.themes[0];
  if (!theme || comparison.coverage.disagreements.length === 0) throw new Error('the articles no longer form a theme with a disagreement');
  theme.label = `${hostile.formula} ${hostile.attribute} ${hostile.override}`;
  const articles = comparison.articles.map((a) => temp.library.getArticle(a.id));
  for (const article of articles) {
    for (const paragraph of article.paragraphs) paragraph.text += ` ${hostile.script} ${hostile.attribute} ${hostile.override} | [x](javascript:alert(3))`;
    article.paragraphs.push({ index: article.paragraphs.length, kind: 'body', language: article.language, text: hostile.formula });
  }
  return { temp, input: { comparison, articles, generatedAt: exportDate, title: `${hostile.script}${hostile.override}` } };
}
