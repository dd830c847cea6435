import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostile, hostileInput, sampleStoryInput } from '../../../tests/support/export-fixtures.js';
import { createTempLibrary, type TempLibrary } from '../../../tests/support/temp-library.js';
import { comparisonToCsv, csvColumns } from './comparison-csv.js';
import type { ExportInput } from './report-model.js';

/** RFC 4180, read strictly: CRLF records, quoted fields with doubled quotes, nothing after a closing quote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
        else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
  if (record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

describe('the CSV of the sample story', () => {
  let temp: TempLibrary;
  let input: ExportInput;
  let csv: string;
  let records: string[][];
  beforeAll(async () => {
    temp = createTempLibrary();
    input = (await sampleStoryInput(temp)).input;
    csv = comparisonToCsv(input);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    records = parseCsv(csv.slice(1));
  });
  afterAll(() => temp.dispose());
  const rowsOf = (table: string) => records.filter((r) => r[0] === table);

  it('parses back into records of one width: the fixed columns, then one per source', () => {
    const header = records[0] as string[];
    expect(header.slice(0, csvColumns.length)).toEqual([...csvColumns]);
    expect(header.length).toBe(csvColumns.length + input.comparison.articles.length);
    input.comparison.articles.forEach((article, i) => expect(header[csvColumns.length + i]).toMatch(new RegExp(`^#${article.id} .*\\(${article.language}\\)$`, 'u')));
    for (const record of records) expect(record).toHaveLength(header.length);
  });

  it('has one theme row per theme, each source’s paragraphs on it in full', () => {
    const themes = rowsOf('theme');
    expect(themes.map((r) => [r[1], r[2]])).toEqual(input.comparison.themes.map((t) => [t.id, t.label]));
    input.comparison.themes.forEach((theme, t) => {
      input.articles.forEach((article, i) => {
        const expected = theme.members
          .filter((m) => m.article === article.id)
          .sort((a, b) => a.paragraph - b.paragraph)
          .map((m) => article.paragraphs[m.paragraph]?.text)
          .join('\n\n');
        expect(themes[t]?.[csvColumns.length + i]).toBe(expected);
      });
    });
  });

  it('has the coverage shares and a row per figure quantity, with each source’s wording', () => {
    const coverage = rowsOf('coverage');
    expect(coverage.map((r) => r.slice(csvColumns.length).map(Number))).toEqual(
      input.comparison.coverage.matrix.map((row) => input.comparison.articles.map((a) => row.perArticle[String(a.id)] ?? 0)),
    );
    const figures = rowsOf('figure');
    const groups = new Set(input.comparison.figures.flatMap((f) => (f.group ? [f.group] : [])));
    expect(figures).toHaveLength(groups.size + input.comparison.figures.filter((f) => f.group === null).length);
    const wordings = figures.flatMap((r) => r.slice(csvColumns.length).flatMap((cell) => (cell ? cell.split('\n') : [])));
    expect(wordings.sort()).toEqual(input.comparison.figures.map((f) => f.text).sort());
    const trillion = figures.find((r) => r[3] === 'money' && Number(r[4]) === 1.4e12);
    expect(trillion?.[5]).toBe('USD');
  });

  it('is the same file for the same comparison and date', () => {
    expect(comparisonToCsv(input)).toBe(csv);
  });
});

describe('the CSV of hostile articles', () => {
  let temp: TempLibrary;
  let records: string[][];
  beforeAll(() => {
    let input: ExportInput;
    ({ temp, input } = hostileInput());
    const csv = comparisonToCsv(input);
    records = parseCsv(csv.slice(1));
  });
  afterAll(() => temp.dispose());

  it('keeps quotes, commas and line breaks inside their fields', () => {
    const theme = records.find((r) => r[0] === 'theme');
    expect(theme?.[csvColumns.length]).toContain(hostile.attribute);
    expect(theme?.[csvColumns.length]).toContain('\n\n');
    expect(records.every((r) => r.length === records[0]?.length)).toBe(true);
  });

  it('keeps a spreadsheet from running article text as a formula', () => {
    for (const record of records) for (const field of record) expect(field, field).not.toMatch(/^[=+@]/u);
    expect(records.find((r) => r[0] === 'theme')?.[2]).toBe(`'${hostile.formula} ${hostile.attribute} ${hostile.override}`);
  });

  it('writes a row for each disagreement, with the figures that disagree under their sources', () => {
    const disagreement = records.find((r) => r[0] === 'disagreement');
    expect(disagreement?.[2]).toMatch(/apart/u);
    expect(disagreement?.slice(csvColumns.length).every((cell) => cell.length > 0)).toBe(true);
  });
});
