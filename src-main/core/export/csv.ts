/**
 * CSV as RFC 4180 describes it: fields separated by commas, records ended by CRLF, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled inside. The file starts with a
 * UTF-8 byte order mark because spreadsheet apps otherwise read it in a legacy code page and turn
 * Hebrew or Chinese into mojibake.
 */

/** A cell: text from an article (guarded against formulas) or a number we computed. */
export type CsvCell = string | number | null;

const byteOrderMark = '\uFEFF';

export function toCsv(records: ReadonlyArray<readonly CsvCell[]>): string {
  return byteOrderMark + records.map((record) => record.map(csvField).join(',') + '\r\n').join('');
}

function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : guardFormula(cell);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Spreadsheet apps run a cell that starts with `=`, `+`, `-` or `@` as a formula, so article text
 * such as `=HYPERLINK(…)` would become a live link or worse (OWASP "CSV injection"). Such text gets
 * a leading apostrophe, which spreadsheets read as "this is text". Plain numbers ("-5%", "+3")
 * are left alone: as formulas they only compute themselves.
 */
export function guardFormula(text: string): string {
  if (!/^[=+\-@\t\r]/u.test(text)) return text;
  if (/^[+-]?\d[\d.,\s]*%?$/u.test(text)) return text;
  return `'${text}`;
}
