/**
 * The comparison as Markdown: tables for the overview (themes by sources, figures, coverage),
 * then every theme in full, so the file reads on its own in any Markdown viewer or as plain text.
 *
 * The themes table holds, per source, a paragraph count, the share of the source's text and an
 * excerpt of its first paragraph on the theme. Counts alone do not say what a source wrote, and
 * whole paragraphs make a table no viewer can show; the full text follows under "Themes in full".
 */
import type { Paragraph } from '../../api/contract.js';
import { languageName } from '../text/language-name.js';
import { counted } from './counted.js';
import { excerpt } from './excerpt.js';
import { describeFigure, figureKindNames, formatFigureValue } from './figure-value.js';
import { escapeInline, markdownCell, markdownTable, markdownText } from './markdown-text.js';
import { buildReportModel, figuresInParagraph, type ExportInput, type ReportFigureRow, type ReportModel, type ReportSource } from './report-model.js';

/** Characters of the first paragraph shown in a themes-table cell. */
const excerptLength = 90;

export function comparisonToMarkdown(input: ExportInput): string {
  const model = buildReportModel(input);
  const sections = [
    header(model),
    sources(model),
    themesTable(model),
    figures(model),
    coverage(model),
    leftOut(model),
    disagreements(model),
    themesInFull(model, input),
  ];
  return sections.join('\n\n') + '\n';
}

const sourceHeaders = (model: ReportModel) => model.sources.map((s) => markdownCell(s.label));
const notCovered = '*not covered*';

function header(model: ReportModel): string {
  const languages = [...new Set(model.sources.map((s) => s.language))].map(languageName);
  const made = `${model.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `# ${markdownCell(model.title)}\n\nParallax comparison report · ${counted(model.sources.length, 'article')} in ${counted(languages.length, 'language')} (${markdownText(languages.join(', '))}) · ${counted(model.themes.length, 'theme')} · made ${made}`;
}

function sources(model: ReportModel): string {
  const rows = model.sources.map((s) => [
    String(s.id),
    markdownCell(s.title),
    markdownText(languageName(s.language)),
    s.outlet ? markdownCell(s.outlet) : '—',
    s.published ?? '—',
    markdownCell(s.source),
  ]);
  return `## Sources\n\n${markdownTable(['#', 'Title', 'Language', 'Outlet', 'Published', 'File'], rows)}`;
}

function themesTable(model: ReportModel): string {
  const rows = model.themes.map((theme) => [
    `**${markdownCell(theme.label)}**${theme.onlyOneSource ? ' (one source only)' : ''}`,
    ...theme.cells.map((cell) => {
      const first = cell.paragraphs[0];
      if (!first) return notCovered;
      const count = `${cell.paragraphs.length} ¶, ${Math.round(cell.share * 100)}%`;
      return `${count}: “${markdownCell(excerpt(first.text, excerptLength))}”`;
    }),
  ]);
  return `## Themes by source\n\nEach cell: the source's paragraphs on the theme, the share of its text, and how the first begins (in full under “Themes in full”).\n\n${markdownTable(['Theme', ...sourceHeaders(model)], rows)}`;
}

function figures(model: ReportModel): string {
  if (model.figureRows.length === 0) return '## Figures\n\nNo figures in these articles.';
  const table = (rows: readonly ReportFigureRow[]) =>
    markdownTable(
      ['Kind', 'Value', ...sourceHeaders(model)],
      rows.map((row) => [
        figureKindNames[row.kind],
        markdownText(formatFigureValue(row) || '—'),
        ...row.perSource.map((list) => (list.length ? list.map((f) => `${markdownCell(f.text)} (¶${f.paragraph})`).join('; ') : '—')),
      ]),
    );
  const shared = model.figureRows.filter((r) => r.group !== null);
  const alone = model.figureRows.filter((r) => r.group === null);
  return [
    '## Figures',
    'One row per quantity: figures that state the same quantity, in any language or wording, share a row. `—`: not stated.',
    '### Stated more than once',
    shared.length ? table(shared) : 'No figure is stated twice.',
    '### Stated once',
    alone.length ? table(alone) : 'None.',
  ].join('\n\n');
}

function coverage(model: ReportModel): string {
  const rows = model.themes.map((theme) => [
    markdownCell(theme.label),
    ...theme.cells.map((cell) => (cell.paragraphs.length ? `${Math.round(cell.share * 100)}%` : '—')),
  ]);
  const onlyOne = model.themes.filter((t) => t.onlyOneSource).map((t) => markdownCell(t.label));
  return [
    '## Coverage',
    "The share of each source's body text on each theme. `—`: the source does not cover the theme.",
    markdownTable(['Theme', ...sourceHeaders(model)], rows),
    onlyOne.length ? `Covered by one source only: ${onlyOne.join(', ')}.` : 'Every theme is covered by more than one source.',
  ].join('\n\n');
}

function leftOut(model: ReportModel): string {
  const items = model.sources.map((source, i) => {
    const { themes, figureRows } = model.leftOut[i] ?? { themes: [], figureRows: [] };
    const themeText = themes.length ? `themes ${themes.map((t) => markdownCell(t.label)).join(', ')}` : 'no theme';
    const figureText = figureRows.length
      ? `figures other sources state: ${figureRows.map((r) => `${markdownText(describeFigure(r))} (${markdownCell(r.perSource.flat()[0]?.text ?? '')})`).join(', ')}`
      : 'no figure two other sources state';
    return `- **${markdownCell(source.label)}** leaves out ${themeText}; ${figureText}.`;
  });
  return `## What each source leaves out\n\n${items.join('\n')}`;
}

function disagreements(model: ReportModel): string {
  if (model.disagreements.length === 0) return '## Disagreements\n\nNo figures disagree within a theme.';
  const items = model.disagreements.map((d) => {
    const figures = d.figures.map((f) => `${markdownCell(f.text)} (#${f.article} ¶${f.paragraph})`).join(' · ');
    return `- ${d.theme ? `${markdownCell(d.theme.label)}: ` : ''}${markdownText(d.reason)}: ${figures}`;
  });
  return `## Disagreements\n\n${items.join('\n')}`;
}

function themesInFull(model: ReportModel, input: ExportInput): string {
  const block = (heading: string, perSource: ReadonlyArray<readonly Paragraph[]>) => {
    const parts = model.sources.flatMap((source, i) => {
      const paragraphs = perSource[i] ?? [];
      if (paragraphs.length === 0) return [];
      return [`#### ${markdownCell(source.label)}`, ...paragraphs.map((p) => quote(source, p, input))];
    });
    return [heading, ...parts].join('\n\n');
  };
  return [
    '## Themes in full',
    'Figures are in bold.',
    ...model.themes.map((theme) => block(`### ${markdownCell(theme.label)}`, theme.cells.map((c) => c.paragraphs))),
    block('### Outside any theme', model.outsideThemes),
  ].join('\n\n');
}

/** A paragraph as a quote, its figures in bold. */
function quote(source: ReportSource, paragraph: Paragraph, input: ExportInput): string {
  let line = '';
  let at = 0;
  for (const figure of figuresInParagraph(input.comparison.figures, source.id, paragraph)) {
    line += escapeInline(paragraph.text.slice(at, figure.start)) + `**${escapeInline(paragraph.text.slice(figure.start, figure.end)).trim()}**`;
    at = figure.end;
  }
  line += escapeInline(paragraph.text.slice(at));
  // The `¶n` before the text keeps it from opening a block (a heading, a list) of its own.
  return `> ¶${paragraph.index} ${line.trim()}`;
}
