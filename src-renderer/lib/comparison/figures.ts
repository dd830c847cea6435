/**
 * Figures of a comparison, arranged for the view: the normalised value in words a reader can
 * check, the table of quantities stated by several sources, and which figures disagree.
 */
import type { ArticleFigure, ComparisonResult } from '../../../src-main/api/contract.js';
import type { Locale } from '../i18n/locales.js';
import { translate } from '../i18n/translate.js';

const compact = (value: number, locale: Locale, currency?: string): string => {
  try {
    const options: Intl.NumberFormatOptions = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 };
    if (currency) Object.assign(options, { style: 'currency', currency });
    return new Intl.NumberFormat(locale, options).format(value);
  } catch {
    return `${new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value)}${currency ? ` ${currency}` : ''}`;
  }
};

/** Time units `Intl` can spell in every language; the library's others have catalog entries. */
const intlDurationUnits = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);

function duration(value: number, unit: string | null, locale: Locale): string {
  if (unit && intlDurationUnits.has(unit)) return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  if (unit === 'decade') return translate(locale, 'figures.decades', { count: value });
  if (unit === 'century') return translate(locale, 'figures.centuries', { count: value });
  return `${new Intl.NumberFormat(locale).format(value)} ${unit ?? ''}`.trim();
}

function number(value: number, figure: ArticleFigure, locale: Locale): string {
  switch (figure.kind) {
    case 'money':
      return compact(value, locale, figure.unit ?? undefined);
    case 'percent':
      // The library marks percentage points `points` (the contract's `pp` is read the same way).
      return figure.unit === 'points' || figure.unit === 'pp'
        ? translate(locale, 'figures.points', { count: value })
        : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
    case 'ratio':
      return `×${new Intl.NumberFormat(locale).format(value)}`;
    case 'duration':
      return duration(value, figure.unit, locale);
    case 'year':
      return String(value);
    default:
      return compact(value, locale);
  }
}

/** "$1.4T", "between 2M and 1B", "12%": what the figure means once normalised, in the interface language. */
export function describeFigureValue(figure: ArticleFigure, locale: Locale = 'en'): string {
  const { value } = figure;
  if (value === null) return figure.text;
  if (typeof value === 'number') return number(value, figure, locale);
  const { min, max } = value;
  if (min !== null && max !== null) {
    return min === max ? number(min, figure, locale) : translate(locale, 'figures.between', { min: number(min, figure, locale), max: number(max, figure, locale) });
  }
  if (min !== null) return translate(locale, 'figures.atLeast', { value: number(min, figure, locale) });
  if (max !== null) return translate(locale, 'figures.atMost', { value: number(max, figure, locale) });
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

/** One row per quantity stated by at least two sources, most widely stated first; values in `locale`. */
export function figureGroupRows(comparison: ComparisonResult, locale: Locale = 'en'): FigureGroupRow[] {
  const rows = new Map<string, FigureGroupRow>();
  for (const figure of comparison.figures) {
    if (!figure.group) continue;
    let row = rows.get(figure.group);
    if (!row) {
      row = { group: figure.group, kind: figure.kind, value: describeFigureValue(figure, locale), perArticle: new Map(), sources: 0 };
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
