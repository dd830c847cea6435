/**
 * A figure's normalised value in words a reader checks at a glance: `1,400,000,000,000 USD`,
 * `11%`, `× 19`, `2025-08-01 – 2025-08-31`. Every export shows the same text, so a value read in
 * the HTML report can be found again in the CSV.
 */
import type { ArticleFigure, FigureKindName } from '../../api/contract.js';

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const dayMs = 86_400_000;

export const figureKindNames: Record<FigureKindName, string> = {
  money: 'money',
  count: 'count',
  percent: 'percentage',
  ratio: 'ratio',
  duration: 'duration',
  date: 'date',
  year: 'year',
  range: 'range',
  name: 'name',
};

/** The value with its unit; empty for a figure that has no value (a name, a date without a year). */
export function formatFigureValue(figure: Pick<ArticleFigure, 'kind' | 'value' | 'unit'>): string {
  const { kind, value, unit } = figure;
  if (value === null) return kind === 'date' ? 'year not stated' : '';
  const one = (n: number | null): string => (n === null ? '' : formatNumber(kind, n));
  const amount =
    typeof value === 'number'
      ? one(value)
      : value.min !== null && value.max !== null
        ? `${one(value.min)} – ${one(value.max)}`
        : value.min !== null
          ? `≥ ${one(value.min)}`
          : `≤ ${one(value.max)}`;
  return withUnit(kind, amount, unit, typeof value === 'number' ? value : null);
}

/** `money: 1,400,000,000,000 USD`, as the report's hover text and figure tables show it. */
export function describeFigure(figure: Pick<ArticleFigure, 'kind' | 'value' | 'unit'>): string {
  const value = formatFigureValue(figure);
  return value ? `${figureKindNames[figure.kind]}: ${value}` : figureKindNames[figure.kind];
}

/** The raw normalised value for machines (CSV): a number, `min..max` for an interval, empty for none. */
export function rawFigureValue(value: ArticleFigure['value']): string | number | null {
  if (value === null || typeof value === 'number') return value;
  return `${value.min ?? ''}..${value.max ?? ''}`;
}

function formatNumber(kind: FigureKindName, n: number): string {
  // Dates travel as days since 1970-01-01; years are years, never "2,026".
  if (kind === 'date') return new Date(n * dayMs).toISOString().slice(0, 10);
  if (kind === 'year') return String(n);
  return plain.format(n);
}

function withUnit(kind: FigureKindName, amount: string, unit: string | null, single: number | null): string {
  switch (kind) {
    case 'percent':
      return unit === 'pp' ? `${amount} percentage points` : `${amount}%`;
    case 'ratio':
      return `× ${amount}`;
    case 'duration':
      return unit ? `${amount} ${single === 1 ? unit : `${unit}s`}` : amount;
    default:
      return unit ? `${amount} ${unit}` : amount;
  }
}
