/**
 * What every export shows, worked out once from a comparison and its articles: the sources in
 * order, each theme's paragraphs per source, the figures table (one row per group of figures that
 * state the same quantity, then the figures no other text repeats), what each source leaves out
 * and the disagreements. The HTML, Markdown and CSV writers only lay this out.
 */
import type { ArticleDetail, ArticleFigure, ComparisonResult, Paragraph } from '../../api/contract.js';
import { textDirection } from '../text/direction.js';
import { counted } from './counted.js';
import { excerpt } from './excerpt.js';

export interface ExportInput {
  comparison: ComparisonResult;
  /** Each compared article with its paragraphs (as `getArticle` gives it), in any order. */
  articles: readonly ArticleDetail[];
  /** When the export was made: passed in, so one comparison always gives the same file. */
  generatedAt: Date;
  /** The story's label, when a story is exported. */
  title?: string;
}

export interface ReportSource {
  id: number;
  title: string;
  language: string;
  outlet: string | null;
  published: string | null;
  /** The original file name or URL. */
  source: string;
  /** Short and unique, for table headers: `#3 Le Monde (fr)`. */
  label: string;
  direction: 'rtl' | 'ltr' | 'auto';
  paragraphs: readonly Paragraph[];
}

export interface ReportTheme {
  id: string;
  /** A safe HTML id for the theme's band. */
  anchor: string;
  label: string;
  onlyOneSource: boolean;
  /** Per source, in source order: its paragraphs on the theme (none: not covered) and the share of its body words. */
  cells: Array<{ paragraphs: Paragraph[]; share: number }>;
}

export interface ReportFigureRow {
  /** A safe HTML id for the row. */
  anchor: string;
  /** The figures' shared group, or null for a figure stated once. */
  group: string | null;
  kind: ArticleFigure['kind'];
  value: ArticleFigure['value'];
  unit: string | null;
  /** Per source, in source order: the figures stating this quantity, in text order. */
  perSource: ArticleFigure[][];
  /** How many sources state it. */
  sourceCount: number;
}

export interface ReportDisagreement {
  theme: ReportTheme | null;
  reason: string;
  figures: Array<{ article: number; paragraph: number; text: string; figure: ArticleFigure | null }>;
}

export interface ReportModel {
  title: string;
  generatedAt: Date;
  sources: ReportSource[];
  themes: ReportTheme[];
  /** Per source: the paragraphs no theme holds (title, headings, asides), junk left out. */
  outsideThemes: Paragraph[][];
  figureRows: ReportFigureRow[];
  /** Per source: the themes other sources cover and it does not, and the figures two or more other sources state and it does not. */
  leftOut: Array<{ themes: ReportTheme[]; figureRows: ReportFigureRow[] }>;
  disagreements: ReportDisagreement[];
}

/** The id of a figure where it stands in the text; the figures table links to it. */
export const figureAnchor = (f: Pick<ArticleFigure, 'article' | 'paragraph' | 'start'>): string => `fig-${f.article}-${f.paragraph}-${f.start}`;

export function buildReportModel(input: ExportInput): ReportModel {
  const { comparison } = input;
  const details = new Map(input.articles.map((a) => [a.id, a]));
  const sources: ReportSource[] = comparison.articles.map((a) => ({
    id: a.id,
    title: a.title,
    language: a.language,
    outlet: a.outlet,
    published: details.get(a.id)?.published ?? null,
    source: a.source,
    label: `#${a.id} ${excerpt(a.outlet || a.title || a.source, 40)} (${a.language})`,
    direction: textDirection(a.language),
    paragraphs: details.get(a.id)?.paragraphs ?? [],
  }));
  const column = new Map(sources.map((s, i) => [s.id, i]));
  const paragraphOf = (article: number, index: number) => sources[column.get(article) ?? -1]?.paragraphs.find((p) => p.index === index);

  const shares = new Map(comparison.coverage.matrix.map((row) => [row.theme, row.perArticle]));
  const onlyOne = new Set(comparison.coverage.onlyOneSource);
  const themed = new Set<string>();
  const themes: ReportTheme[] = comparison.themes.map((theme, t) => {
    const cells = sources.map((source) => ({ paragraphs: [] as Paragraph[], share: shares.get(theme.id)?.[String(source.id)] ?? 0 }));
    for (const member of theme.members) {
      const paragraph = paragraphOf(member.article, member.paragraph);
      const cell = cells[column.get(member.article) ?? -1];
      if (!paragraph || !cell || themed.has(`${member.article}:${member.paragraph}`)) continue;
      themed.add(`${member.article}:${member.paragraph}`);
      cell.paragraphs.push(paragraph);
    }
    for (const cell of cells) cell.paragraphs.sort((a, b) => a.index - b.index);
    return { id: theme.id, anchor: `theme-${t + 1}`, label: theme.label, onlyOneSource: onlyOne.has(theme.id), cells };
  });
  const outsideThemes = sources.map((s) => s.paragraphs.filter((p) => p.kind !== 'junk' && !themed.has(`${s.id}:${p.index}`)));

  const figureRows = figureRowsOf(comparison.figures, sources, column);
  const leftOut = sources.map((_, i) => ({
    themes: themes.filter((t) => t.cells[i]?.paragraphs.length === 0),
    figureRows: figureRows.filter((row) => row.perSource[i]?.length === 0 && row.sourceCount >= 2),
  }));

  const themeById = new Map(themes.map((t) => [t.id, t]));
  const disagreements = comparison.coverage.disagreements.map((d) => ({
    theme: themeById.get(d.theme) ?? null,
    reason: d.reason,
    figures: d.figures.map((ref) => ({
      ...ref,
      figure: comparison.figures.find((f) => f.article === ref.article && f.paragraph === ref.paragraph && f.text === ref.text) ?? null,
    })),
  }));

  return {
    title: input.title?.trim() || `Comparison of ${counted(sources.length, 'article')}`,
    generatedAt: input.generatedAt,
    sources,
    themes,
    outsideThemes,
    figureRows,
    leftOut,
    disagreements,
  };
}

/**
 * One row per group of figures stating the same quantity, the groups most sources share first,
 * then one row per figure stated once, in reading order.
 */
function figureRowsOf(figures: readonly ArticleFigure[], sources: readonly ReportSource[], column: ReadonlyMap<number, number>): ReportFigureRow[] {
  const readingOrder = (a: ArticleFigure, b: ArticleFigure) =>
    (column.get(a.article) ?? 0) - (column.get(b.article) ?? 0) || a.paragraph - b.paragraph || a.start - b.start;
  const sorted = figures.filter((f) => column.has(f.article)).sort(readingOrder);
  const grouped = new Map<string, ArticleFigure[]>();
  const alone: ArticleFigure[] = [];
  for (const figure of sorted) {
    if (figure.group === null) alone.push(figure);
    else grouped.set(figure.group, [...(grouped.get(figure.group) ?? []), figure]);
  }
  const row = (members: ArticleFigure[], group: string | null, anchor: string): ReportFigureRow => {
    const first = members[0] as ArticleFigure;
    const perSource = sources.map((s) => members.filter((f) => f.article === s.id));
    return { anchor, group, kind: first.kind, value: first.value, unit: first.unit, perSource, sourceCount: perSource.filter((list) => list.length > 0).length };
  };
  const groupRows = [...grouped].map(([group, members], i) => row(members, group, `figures-g${i + 1}`));
  // A stable sort: groups that as many sources share keep their reading order.
  groupRows.sort((a, b) => b.sourceCount - a.sourceCount);
  return [...groupRows, ...alone.map((figure, i) => row([figure], null, `figures-f${i + 1}`))];
}

/** A paragraph's figures in text order, without overlaps, so they can be wrapped in marks. */
export function figuresInParagraph(figures: readonly ArticleFigure[], article: number, paragraph: Paragraph): ArticleFigure[] {
  const inside = figures
    .filter((f) => f.article === article && f.paragraph === paragraph.index && f.start >= 0 && f.end <= paragraph.text.length && f.start < f.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ArticleFigure[] = [];
  for (const figure of inside) if (kept.length === 0 || figure.start >= (kept.at(-1) as ArticleFigure).end) kept.push(figure);
  return kept;
}
