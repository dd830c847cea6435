/**
 * Runs a query against the index. Ranking happens in SQL (BM25 over whole articles, titles weighed
 * more, ties broken by recency); decoration (best paragraphs, highlights, snippets) only for the
 * page of results returned: "rank before you decorate".
 */
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchMatch, SearchResult } from '../../api/contract.js';
import type { ArticleFacts } from './article-facts.js';
import { findHighlights, makeSnippet, mergeRanges, type Range } from './highlight.js';
import { figureSpansIn, findFigureQueries, readingWithMostArticles } from './figure-clauses.js';
import { indexLanguages } from './indexer.js';
import { compileQuery, type CompiledClause } from './match-expression.js';
import { hasStemmer } from './morphology.js';
import { foldFunction } from './sql-functions.js';
import { foldText } from '../text/fold.js';
import { parseQuery, type ParsedQuery } from './query-parser.js';
import { cachedStatement } from '../storage/statements.js';

/** Weight of the title column against the body column in BM25. */
const titleWeight = 4;
/**
 * BM25 scores every match, and a word found in most of a 100,000-article library would cost
 * a tenth of a second to score. A query matching more articles than this ranks only the most
 * recently imported this many; counts and facets still cover every match. A word that common
 * says little on its own, and a second word narrows the matches below the window at once.
 */
export const rankingWindow = 1_000;

export function searchLibrary(db: Database, facts: ArticleFacts, input: string, limit = 20, window = rankingWindow): SearchResult {
  const started = performance.now();
  const languages = indexLanguages(db);
  const reading = readingWithMostArticles(db, findFigureQueries(input, languages));
  const byFigure = reading?.articles ?? null;
  const query = parseQuery(reading?.query.rest ?? input);
  const finish = (ids: readonly number[], hits: SearchHit[]): SearchResult => ({
    query: input,
    total: ids.length,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    hits,
    facets: facts.facets(ids),
  });
  const compiled = compileQuery(query, languages.filter(hasStemmer), indexedTerm(db));
  const filters = filterSql(query);
  const figureSpans = (id: number) => (reading ? figureSpansIn(db, id, reading.query.figures) : []);
  const figureCount = (id: number) => byFigure?.get(id) ?? 0;

  if (!compiled) {
    if (byFigure) {
      // Quantities alone: the articles stating them, those stating them most often first.
      const ids = facts.filter([...byFigure.keys()].sort((a, b) => b - a), query.filters);
      const ranked = [...ids].sort((a, b) => figureCount(b) - figureCount(a) || b - a).slice(0, limit);
      return finish(ids, ranked.map((id) => decorate(db, id, figureCount(id), [], figureSpans(id))));
    }
    // Filters alone (`lang:he`) list the articles they select, newest first.
    if (!filters.where) return finish([], []);
    const all = cachedStatement(db, 'SELECT id FROM articles ORDER BY id DESC').pluck().all() as number[];
    const selected = facts.filter(all, query.filters);
    const rows = db
      .prepare(`SELECT a.id FROM articles a WHERE 1 = 1 ${filters.where} ORDER BY a.published DESC, a.imported_at DESC, a.id DESC LIMIT ${limit}`)
      .pluck()
      .all(filters.params) as number[];
    return finish(selected, rows.map((id) => decorate(db, id, 0, [], [])));
  }
  // Every match, newest first: cheap for FTS5, which walks its lists in rowid order. Filters and
  // facets are then applied in memory (article-facts.ts).
  let matched = facts.filter(matchingIds(db, compiled.match), query.filters);
  if (byFigure) matched = matched.filter((id) => byFigure.has(id));
  if (matched.length === 0) return finish([], []);
  // Scoring is the expensive part: past the window, only the newest matches are scored. The
  // filters were applied above, so the scoring query needs no join; when they removed anything,
  // it returns the whole window and the kept ids are picked from it.
  const oldest = matched.length > window ? matched[window - 1]! : 0;
  const narrowed = filters.where || byFigure ? new Set(matched.length > window ? matched.slice(0, window) : matched) : null;
  const rows = (
    runSafely(() =>
      cachedStatement(
        db,
        `SELECT rowid AS id, bm25(article_index, ${titleWeight}, 1) AS rank FROM article_index
          WHERE article_index MATCH @match AND rowid >= @oldest ORDER BY rank, rowid DESC LIMIT @count`,
      ).all({ match: compiled.match, oldest, count: narrowed ? window : limit }),
    ) as Array<{ id: number; rank: number }>
  )
    .filter((row) => !narrowed || narrowed.has(row.id))
    .slice(0, limit);
  return finish(matched, rows.map((row) => decorate(db, row.id, -row.rank, compiled.highlight, figureSpans(row.id))));
}

/**
 * The ids of every matching article, newest first. A common word matches tens of thousands of
 * articles, and handing each id to JavaScript as a row costs three times what SQLite takes to
 * join them into one string, which is read back here in one pass.
 */
function matchingIds(db: Database, match: string): number[] {
  const [joined] = runSafely(() => [cachedStatement(db, 'SELECT group_concat(rowid) FROM article_index WHERE article_index MATCH ?').pluck().get(match)]) as [string | null | undefined];
  if (!joined) return [];
  const ids: number[] = [];
  let value = 0;
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 0x2c) {
      ids.push(value);
      value = 0;
    } else value = value * 10 + (c - 0x30);
  }
  ids.push(value);
  // FTS5 yields rows in rowid order; SQLite does not promise that order to group_concat, so it is checked.
  for (let i = 1; i < ids.length; i++) if (ids[i - 1]! >= ids[i]!) return ids.sort((a, b) => b - a);
  return ids.reverse();
}

/** One probe of the index per form: a few microseconds, where scoring a form no article holds costs far more. */
function indexedTerm(db: Database): (form: string) => boolean {
  const probe = cachedStatement(db, 'SELECT 1 FROM article_index WHERE article_index MATCH ? LIMIT 1').pluck();
  return (form) => {
    try {
      return probe.get(`"${form}"`) !== undefined;
    } catch {
      return true;
    }
  };
}

/** Every match of a query inside one article, for "find in article". */
export function searchInArticle(db: Database, articleId: number, input: string): SearchMatch[] {
  const compiled = compileQuery(parseQuery(input), stemLanguages(db));
  if (!compiled) return [];
  return paragraphHighlights(db, articleId, compiled.highlight).flatMap(({ paragraph, text, ranges }) =>
    ranges.map((range) => ({ paragraph, start: range.start, end: range.end, text: text.slice(range.start, range.end) })),
  );
}

function stemLanguages(db: Database): string[] {
  return indexLanguages(db).filter(hasStemmer);
}

function runSafely(run: () => unknown[]): unknown[] {
  try {
    return run();
  } catch (error) {
    // Every term is quoted, so this should not happen; if it does, a search finds nothing rather
    // than showing a person an SQL error.
    console.error('[parallax] search failed:', error);
    return [];
  }
}

function filterSql(query: ParsedQuery): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  const { languages, outlets, after, before } = query.filters;
  if (languages.length) {
    clauses.push(`a.language IN (${languages.map((_, i) => `@lang${i}`).join(', ')})`);
    languages.forEach((language, i) => (params[`lang${i}`] = language));
  }
  if (outlets.length) {
    clauses.push(`(${outlets.map((_, i) => `instr(${foldFunction}(a.outlet), @outlet${i}) > 0`).join(' OR ')})`);
    outlets.forEach((outlet, i) => (params[`outlet${i}`] = foldText(outlet)));
  }
  if (after) {
    clauses.push('a.published >= @after');
    params.after = after;
  }
  if (before) {
    clauses.push('a.published <= @before');
    params.before = before;
  }
  return { where: clauses.map((c) => `AND ${c}`).join(' '), params };
}

interface HighlightedParagraph {
  paragraph: number;
  text: string;
  ranges: Range[];
  clausesMatched: number;
}

/**
 * A hit lists its matches up to this many; a word on every line of a long article would otherwise
 * cost more to highlight than the search itself. Find in article (searchInArticle) lists them all.
 */
export const maxMatchesPerHit = 64;

function paragraphHighlights(db: Database, articleId: number, clauses: readonly CompiledClause[], maxMatches = Infinity): HighlightedParagraph[] {
  const paragraphs = cachedStatement(db, "SELECT idx, language, text FROM paragraphs WHERE article_id = ? AND kind != 'junk' ORDER BY idx").all(articleId) as Array<{ idx: number; language: string; text: string }>;
  const out: HighlightedParagraph[] = [];
  let found = 0;
  for (const p of paragraphs) {
    if (found >= maxMatches) break;
    const highlights = findHighlights(p.text, p.language, clauses);
    found += highlights.ranges.length;
    out.push({ paragraph: p.idx, text: p.text, ...highlights });
  }
  return out;
}

function decorate(db: Database, articleId: number, score: number, clauses: readonly CompiledClause[], figures: ReadonlyArray<{ paragraph: number; start: number; end: number }>): SearchHit {
  const article = cachedStatement(db, 'SELECT id, source, title, language, outlet FROM articles WHERE id = ?').get(articleId) as {
    id: number;
    source: string;
    title: string;
    language: string;
    outlet: string | null;
  };
  const highlighted = withFigures(db, articleId, clauses.length ? paragraphHighlights(db, articleId, clauses, maxMatchesPerHit) : [], figures);
  const matches = highlighted
    .flatMap(({ paragraph, text, ranges }) => ranges.map((range) => ({ paragraph, start: range.start, end: range.end, text: text.slice(range.start, range.end) })))
    .slice(0, maxMatchesPerHit);
  // The best paragraph answers most of the query, then holds most matches; the earliest wins ties.
  let best = highlighted.find((p) => p.ranges.length > 0);
  for (const p of highlighted) {
    if (best && (p.clausesMatched > best.clausesMatched || (p.clausesMatched === best.clausesMatched && p.ranges.length > best.ranges.length))) best = p;
  }
  const fallback = best ?? firstBodyParagraph(db, articleId);
  const snippet = makeSnippet(fallback.text, fallback.ranges);
  return {
    id: article.id,
    source: article.source,
    title: article.title,
    language: article.language,
    outlet: article.outlet,
    score: Math.round(score * 1000) / 1000,
    snippet: snippet.snippet,
    snippetMatches: snippet.ranges,
    snippetParagraph: fallback.paragraph,
    matches,
  };
}

/** Adds the spans of the figures the query asked for to the paragraphs' highlights. */
function withFigures(
  db: Database,
  articleId: number,
  highlighted: HighlightedParagraph[],
  figures: ReadonlyArray<{ paragraph: number; start: number; end: number }>,
): HighlightedParagraph[] {
  if (figures.length === 0) return highlighted;
  const byParagraph = new Map(highlighted.map((p) => [p.paragraph, p]));
  for (const figure of figures) {
    let entry = byParagraph.get(figure.paragraph);
    if (!entry) {
      const text = cachedStatement(db, 'SELECT text FROM paragraphs WHERE article_id = ? AND idx = ?').pluck().get(articleId, figure.paragraph) as string | undefined;
      if (text === undefined) continue;
      entry = { paragraph: figure.paragraph, text, ranges: [], clausesMatched: 0 };
      byParagraph.set(figure.paragraph, entry);
    }
    entry.ranges = mergeRanges([...entry.ranges, { start: figure.start, end: figure.end }]);
    entry.clausesMatched++;
  }
  return [...byParagraph.values()].sort((a, b) => a.paragraph - b.paragraph);
}

function firstBodyParagraph(db: Database, articleId: number): { paragraph: number; text: string; ranges: Range[] } {
  const row = cachedStatement(db, "SELECT idx, text FROM paragraphs WHERE article_id = ? AND kind != 'junk' ORDER BY kind = 'body' DESC, idx LIMIT 1").get(articleId) as { idx: number; text: string } | undefined;
  return { paragraph: row?.idx ?? 0, text: row?.text ?? '', ranges: [] };
}
