/**
 * The comparison as one CSV table for spreadsheets and scripts. Themes by sources and the figures
 * table share one file and one header; the first column, `table`, says which table a row belongs
 * to, so a filter on it gives each table back:
 *
 *   table, id, label, kind, value, unit, <one column per source…>
 *
 * - `theme`: one row per theme; each source's cell holds its paragraphs on the theme, in full,
 *   separated by blank lines (empty: not covered).
 * - `coverage`: one row per theme; each source's cell is the share of its body text on the
 *   theme, 0…1.
 * - `figure`: one row per quantity (figures that state the same quantity share a row); `kind`,
 *   `value` (a number, or `min..max`) and `unit` are normalised; each source's cell holds the
 *   figure as that source writes it, one per line (empty: not stated).
 * - `disagreement`: one row per disagreement; `id` is its theme, `label` the reason, and the cells
 *   hold the figures that disagree.
 *
 * One file rather than a file per table: the app saves what one call returns, and a reader
 * opening it sees everything. RFC 4180, UTF-8 with a byte order mark (see csv.ts).
 */
import { toCsv, type CsvCell } from './csv.js';
import { formatFigureValue, rawFigureValue } from './figure-value.js';
import { buildReportModel, type ExportInput } from './report-model.js';

export const csvColumns = ['table', 'id', 'label', 'kind', 'value', 'unit'] as const;

export function comparisonToCsv(input: ExportInput): string {
  const model = buildReportModel(input);
  const header: CsvCell[] = [...csvColumns, ...model.sources.map((s) => s.label)];
  const themes = model.themes.map((t): CsvCell[] => ['theme', t.id, t.label, null, null, null, ...t.cells.map((c) => c.paragraphs.map((p) => p.text).join('\n\n'))]);
  const coverage = model.themes.map((t): CsvCell[] => ['coverage', t.id, t.label, null, null, null, ...t.cells.map((c) => c.share)]);
  const figures = model.figureRows.map((row): CsvCell[] => [
    'figure',
    row.anchor.replace(/^figures-/u, ''),
    formatFigureValue(row) || (row.perSource.flat()[0]?.text ?? ''),
    row.kind,
    rawFigureValue(row.value),
    row.unit,
    ...row.perSource.map((list) => list.map((f) => f.text).join('\n')),
  ]);
  const disagreements = model.disagreements.map((d): CsvCell[] => [
    'disagreement',
    d.theme?.id ?? null,
    d.reason,
    null,
    null,
    null,
    ...model.sources.map((s) => d.figures.filter((f) => f.article === s.id).map((f) => f.text).join('\n')),
  ]);
  return toCsv([header, ...themes, ...coverage, ...figures, ...disagreements]);
}
