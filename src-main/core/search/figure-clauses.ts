/**
 * Quantities in a query. `$1.4 trillion`, `1 400 milliards de dollars` and `1.4 טריליון דולר` are
 * the same quantity, so a query holding one finds every article that states it, in any language,
 * through the figures recognised at import, not through its words.
 */
import type { Database } from 'better-sqlite3';
import { detectLanguage } from '../importing/language.js';
import { extractFigures } from '../figures/extract-figures.js';
import { figuresMatch } from '../figures/link-figures.js';
import type { Figure } from '../figures/types.js';
import { figuresOfArticleInRange, valueBounds, type StoredFigure } from '../library/article-figures.js';

export interface FigureQuery {
  figures: Figure[];
  /** The query without the figures' text, for the word search. */
  rest: string;
}

/** Figures that are quantities worth finding as such: not names, years or a bare small number. */
function isQuantity(figure: Figure): boolean {
  if (figure.kind === 'money' || figure.kind === 'percent' || figure.kind === 'ratio' || figure.kind === 'duration') return true;
  // A count is searched as a quantity when it is large enough to be news ("800 million users"),
  // not a dozen or ten, which are better found as words.
  return figure.kind === 'count' && /\p{L}/u.test(figure.text) && !figure.approximate && typeof figure.value === 'number' && figure.value >= 1_000;
}

/**
 * The query's quantities, read in each language that could explain them. `billion` is 10^9 in
 * English and 10^12 in French or German; a two-word query rarely says which language it is in, so
 * every reading that explains as much of the query as the best one is kept, and the search keeps
 * the reading the library bears out (`readingWithMostArticles`).
 */
export function findFigureQueries(query: string, libraryLanguages: readonly string[]): FigureQuery[] {
  if (!/[\p{N}]/u.test(query)) return [];
  const candidates = [...new Set([detectLanguage(query), ...libraryLanguages, 'und'])];
  const readings = new Map<string, { figures: Figure[]; covered: number }>();
  for (const language of candidates) {
    const figures = extractFigures(query, language).filter(isQuantity);
    const covered = figures.reduce((sum, f) => sum + (f.end - f.start), 0);
    const key = JSON.stringify(figures.map((f) => [f.start, f.end, f.kind, f.unit, f.value]));
    if (covered > 0 && !readings.has(key)) readings.set(key, { figures, covered });
  }
  const most = Math.max(0, ...[...readings.values()].map((r) => r.covered));
  return [...readings.values()].filter((r) => r.covered === most).map(({ figures }) => ({ figures, rest: withoutFigures(query, figures) }));
}

function withoutFigures(query: string, figures: readonly Figure[]): string {
  let rest = query;
  for (const figure of [...figures].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, figure.lead)} ${rest.slice(figure.end)}`;
  return rest;
}

/** Of several readings of the query's quantities, the one stated by most articles (the first on a tie). */
export function readingWithMostArticles(db: Database, readings: readonly FigureQuery[]): { query: FigureQuery; articles: Map<number, number> } | null {
  let best: { query: FigureQuery; articles: Map<number, number> } | null = null;
  for (const reading of readings) {
    const articles = articlesStating(db, reading.figures);
    if (articles && (!best || articles.size > best.articles.size)) best = { query: reading, articles };
  }
  return best;
}

/**
 * The articles stating every one of the query's quantities, with how many times. Counted in SQL
 * over the figures' value bounds (a common quantity is stated thousands of times in a large
 * library); the exact comparison is left to `figureSpansIn`, for the hits shown.
 */
export function articlesStating(db: Database, figures: readonly Figure[]): Map<number, number> | null {
  let result: Map<number, number> | null = null;
  const count = db.prepare(
    `SELECT article_id AS id, count(*) AS n FROM figures
      WHERE kind = ? AND unit IS ? AND approximate = ? AND low <= ? AND high >= ? GROUP BY article_id`,
  );
  for (const wanted of figures) {
    const { low, high } = valueBounds(wanted);
    if (low === null || high === null) continue;
    const found = new Map<number, number>();
    for (const row of count.all(wanted.kind, wanted.unit, wanted.approximate ? 1 : 0, high, low) as Array<{ id: number; n: number }>) {
      if (!result || result.has(row.id)) found.set(row.id, row.n + (result?.get(row.id) ?? 0));
    }
    result = found;
  }
  return result;
}

/** Where an article states the query's quantities, for highlighting. */
export function figureSpansIn(db: Database, articleId: number, figures: readonly Figure[]): StoredFigure[] {
  return figures.flatMap((wanted) => {
    const { low, high } = valueBounds(wanted);
    if (low === null || high === null) return [];
    return figuresOfArticleInRange(db, articleId, wanted.kind, wanted.unit, low, high).filter((stored) => figuresMatch(wanted, stored));
  });
}
