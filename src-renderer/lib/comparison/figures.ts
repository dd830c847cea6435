/**
 * Figures of a comparison, arranged for the view: the normalised value in words a reader can
 * check, the table of quantities stated by several sources, and which figures disagree.
 */
import type { ArticleFigure, ComparisonResult } from '../../../src-main/api/contract.js';

const compact = (value: number, currency?: string): string => {
  try {
    const options: Intl.NumberFormatOptions = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 };
    if (currency) Object.assign(options, { style: 'currency', currency });
    return new Intl.NumberFormat('en', options).format(value);
  } catch {
    return `${new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 }).format(value)}${currency ? ` ${currency}` : ''}`;
  }
};

function number(value: number, figure: ArticleFigure): string {
  switch (figure.kind) {
    case 'money':
      return compact(value, figure.unit ?? undefined);
    case 'percent':
      return `${value}${figure.unit === 'pp' ? ' percentage points' : '%'}`;
    case 'ratio':
      return `×${value}`;
    case 'duration':
      return `${value} ${figure.unit ?? ''}${value === 1 ? '' : 's'}`.trim();
    case 'year':
      return String(value);
    default:
      return compact(value);
  }
}

/** "$1.4T", "between 2M and 1B", "12%": what the figure means once normalised. */
export function describeFigureValue(figure: ArticleFigure): string {
  const { value } = figure;
  if (value === null) return figure.text;
  if (typeof value === 'number') return number(value, figure);
  const { min, max } = value;
  if (min !== null && max !== null) return min === max ? number(min, figure) : `between ${number(min, figure)} and ${number(max, figure)}`;
  if (min !== null) return `at least ${number(min, figure)}`;
  if (max !== null) return `at most ${number(max, figure)}`;
  return figure.text;
}

export const figureKey = (figure: Pick<ArticleFigure, 'article' | 'paragraph' | 'start'>): string =>
  `${figure.article}:${figure.paragraph}:${figure.start}`;

/**
 * Figures named in a disagreement. Disagreements quote a figure by article, paragraph and text;
 * the text locates it inside the paragraph.
 */
export function disagreeingFigures(comparison: ComparisonResult): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const disagreement of comparison.coverage.disagreements) {
    for (const quoted of disagreement.figures) {
      const figure = comparison.figures.find((f) => f.article === quoted.article && f.paragraph === quoted.paragraph && f.text === quoted.text);
      if (figure) reasons.set(figureKey(figure), disagreement.reason);
    }
  }
  return reasons;
}

export interface FigureGroupRow {
  group: string;
  kind: ArticleFigure['kind'];
  value: string;
  /** Figures of the group, per article id (in the article's order). */
  perArticle: Map<number, ArticleFigure[]>;
  /** Sources that state it. */
  sources: number;
}

/** One row per quantity stated by at least two sources, most widely stated first. */
export function figureGroupRows(comparison: ComparisonResult): FigureGroupRow[] {
  const rows = new Map<string, FigureGroupRow>();
  for (const figure of comparison.figures) {
    if (!figure.group) continue;
    let row = rows.get(figure.group);
    if (!row) {
      row = { group: figure.group, kind: figure.kind, value: describeFigureValue(figure), perArticle: new Map(), sources: 0 };
      rows.set(figure.group, row);
    }
    const list = row.perArticle.get(figure.article) ?? [];
    if (list.length === 0) row.sources++;
    list.push(figure);
    row.perArticle.set(figure.article, list);
  }
  return [...rows.values()]
    .filter((row) => row.sources >= 2)
    .sort((a, b) => b.sources - a.sources || a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value));
}
