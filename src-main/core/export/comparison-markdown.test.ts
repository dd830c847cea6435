import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostile, hostileInput, sampleStoryInput } from '../../../tests/support/export-fixtures.js';
import { createTempLibrary, type TempLibrary } from '../../../tests/support/temp-library.js';
import { comparisonToMarkdown } from './comparison-markdown.js';
import { markdownCell } from './markdown-text.js';
import type { ExportInput } from './report-model.js';

/** The cells of a table row, split on the pipes that are not escaped. */
const cellsOf = (line: string) => line.slice(2, -2).split(/(?<!\\) \| /u);

/** The table under a heading: its header cells and rows. */
function tableAfter(markdown: string, heading: string): { header: string[]; rows: string[][] } {
  const lines = markdown.slice(markdown.indexOf(`\n${heading}\n`)).split('\n');
  const start = lines.findIndex((line) => line.startsWith('| '));
  const table = lines.slice(start, lines.findIndex((line, i) => i > start && !line.startsWith('| ')));
  return { header: cellsOf(table[0] as string), rows: table.slice(2).map(cellsOf) };
}

describe('the Markdown report of the sample story', () => {
  let temp: TempLibrary;
  let input: ExportInput;
  let markdown: string;
  beforeAll(async () => {
    temp = createTempLibrary();
    input = (await sampleStoryInput(temp)).input;
    markdown = comparisonToMarkdown(input);
  });
  afterAll(() => temp.dispose());

  it('has a table of themes by sources: a row per theme, a column per source, and what each says', () => {
    const { header, rows } = tableAfter(markdown, '## Themes by source');
    expect(header).toHaveLength(input.comparison.articles.length + 1);
    expect(rows).toHaveLength(input.comparison.themes.length);
    input.comparison.themes.forEach((theme, t) => {
      const row = rows[t] as string[];
      expect(row[0]).toContain(markdownCell(theme.label));
      input.comparison.articles.forEach((article, i) => {
        const members = theme.members.filter((m) => m.article === article.id).length;
        expect(row[i + 1]).toMatch(members === 0 ? /^\*not covered\*$/u : new RegExp(`^${members} ¶, \\d+%: “`, 'u'));
      });
    });
  });

  it('gives every theme in full, with every paragraph on it', () => {
    for (const theme of input.comparison.themes) {
      expect(markdown).toContain(`\n### ${markdownCell(theme.label)}\n`);
      for (const member of theme.members) expect(markdown).toContain(`> ¶${member.paragraph} `);
    }
  });

  it('has a figures table and a coverage table with a column per source', () => {
    const shared = tableAfter(markdown, '### Stated more than once');
    expect(shared.header).toHaveLength(input.comparison.articles.length + 2);
    expect(shared.rows.length).toBe(new Set(input.comparison.figures.flatMap((f) => (f.group ? [f.group] : []))).size);
    const coverage = tableAfter(markdown, '## Coverage');
    expect(coverage.rows.map((r) => r[0])).toEqual(input.comparison.themes.map((t) => markdownCell(t.label)));
    expect(coverage.header).toHaveLength(input.comparison.articles.length + 1);
    for (const row of shared.rows) expect(row).toHaveLength(shared.header.length);
    for (const row of coverage.rows) expect(row).toHaveLength(coverage.header.length);
  });

  it('is the same file for the same comparison and date', () => {
    expect(comparisonToMarkdown(input)).toBe(markdown);
  });
});

describe('the Markdown report of hostile articles', () => {
  let temp: TempLibrary;
  let markdown: string;
  beforeAll(() => {
    let input: ExportInput;
    ({ temp, input } = hostileInput());
    markdown = comparisonToMarkdown(input);
  });
  afterAll(() => temp.dispose());

  it('leaves no markup from an article live', () => {
    // Every <, [ and | from an article is escaped; the only raw ones are the tables' own pipes.
    expect(markdown).not.toMatch(/(?<!\\)</u);
    expect(markdown).not.toMatch(/(?<!\\)\[/u);
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| '))) {
      expect(cellsOf(line).every((cell) => !/(?<!\\)\|/u.test(cell)), line).toBe(true);
    }
  });

  it('keeps every table of one width, whatever the cells hold', () => {
    const tables = markdown.split('\n\n').filter((block) => block.startsWith('| '));
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables) {
      const widths = new Set(table.split('\n').map((line) => cellsOf(line).length));
      expect(widths.size, table).toBe(1);
    }
  });

  it('isolates every cell that holds a right-to-left override', () => {
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| ') && l.includes(hostile.override))) {
      for (const cell of cellsOf(line).filter((c) => c.includes('\u202E'))) expect(cell).toMatch(/\u2068[^\u2069]*\u202E[^\u2069]*\u2069/u);
    }
  });
});
