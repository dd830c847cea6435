/**
 * Runs a query against the index. Ranking happens in SQL (BM25 over whole articles, titles weighed
 * more, ties broken by recency); decoration (best paragraphs, highlights, snippets) only for the
 * page of results returned: "rank before you decorate".
 */
import type { Database } from 'better-sqlite3';
import type { FacetCount, SearchHit, SearchMatch, SearchResult } from '../../api/contract.js';
import { findHighlights, makeSnippet, type Range } from './highlight.js';
import { indexLanguages } from './indexer.js';
import { compileQuery, type CompiledClause } from './match-expression.js';
import { hasStemmer } from './morphology.js';
import { foldFunction } from './sql-functions.js';
import { foldText } from '../text/fold.js';
import { parseQuery, type ParsedQuery } from './query-parser.js';

/** Weight of the title column against the body column in BM25. */
const titleWeight = 4;
/**
 * BM25 scores every match, and a word found in most of a 100,000-article library would cost
 * a tenth of a second to score. A query matching more articles than this ranks only the most
 * recently imported this many; counts and facets still cover every match. A word that common
 * says little on its own, and a second word narrows the matches below the window at once.
 */
export const rankingWindow = 3_000;

export function searchLibrary(db: Database, input: string, limit = 20, window = rankingWindow): SearchResult {
  const started = performance.now();
  const query = parseQuery(input);
  const finish = (total: number, hits: SearchHit[], facets = emptyFacets()): SearchResult => ({
    query: input,
    total,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    hits,
    facets,
  });
  const compiled = compileQuery(query, stemLanguages(db));
  const filters = filterSql(query);
  if (!compiled) {
    // Filters alone (`lang:he`) list the articles they select, newest first.
    if (!filters.where) return finish(0, []);
    const rows = db
      .prepare(`SELECT a.id FROM articles a WHERE 1 = 1 ${filters.where} ORDER BY a.published DESC, a.imported_at DESC, a.id DESC LIMIT ${limit}`)
      .all(filters.params) as Array<{ id: number }>;
    const counts = db.prepare(`SELECT a.language, a.outlet, count(*) AS n FROM articles a WHERE 1 = 1 ${filters.where} GROUP BY 1, 2`).all(filters.params) as FacetRow[];
    return finish(sum(counts), rows.map((row) => decorate(db, row.id, 0, [])), facetsOf(counts));
  }
  const params = { ...filters.params, match: compiled.match };
  const from = `FROM article_index JOIN articles a ON a.id = article_index.rowid WHERE article_index MATCH @match ${filters.where}`;
  // Walking the matches newest first is cheap; scoring them all is not. Past the window, only
  // the newest matches are scored (see rankingWindow).
  const edge = runSafely(() =>
    db.prepare(`SELECT article_index.rowid AS id ${from} ORDER BY article_index.rowid DESC LIMIT 1 OFFSET ${window - 1}`).all(params),
  ) as Array<{ id: number }>;
  const rows = runSafely(() =>
    db
      .prepare(
        `SELECT a.id, bm25(article_index, ${titleWeight}, 1) AS rank ${from} AND article_index.rowid >= @oldest
          ORDER BY rank, a.published DESC, a.imported_at DESC LIMIT ${limit}`,
      )
      .all({ ...params, oldest: edge[0]?.id ?? 0 }),
  ) as Array<{ id: number; rank: number }>;
  if (rows.length === 0) return finish(0, []);
  const counts = runSafely(() => db.prepare(`SELECT a.language, a.outlet, count(*) AS n ${from} GROUP BY 1, 2`).all(params)) as FacetRow[];
  return finish(sum(counts), rows.map((row) => decorate(db, row.id, -row.rank, compiled.highlight)), facetsOf(counts));
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

interface FacetRow {
  language: string;
  outlet: string | null;
  n: number;
}

function sum(rows: readonly FacetRow[]): number {
  return rows.reduce((total, row) => total + row.n, 0);
}

function emptyFacets(): SearchResult['facets'] {
  return { languages: [], outlets: [] };
}

function facetsOf(rows: readonly FacetRow[]): SearchResult['facets'] {
  const tally = (key: 'language' | 'outlet'): FacetCount[] => {
    const counts = new Map<string | null, number>();
    for (const row of rows) counts.set(row[key], (counts.get(row[key]) ?? 0) + row.n);
    return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
  };
  return { languages: tally('language'), outlets: tally('outlet') };
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

function paragraphHighlights(db: Database, articleId: number, clauses: readonly CompiledClause[]): HighlightedParagraph[] {
  const paragraphs = db
    .prepare("SELECT idx, language, text FROM paragraphs WHERE article_id = ? AND kind != 'junk' ORDER BY idx")
    .all(articleId) as Array<{ idx: number; language: string; text: string }>;
  return paragraphs.map((p) => ({ paragraph: p.idx, text: p.text, ...findHighlights(p.text, p.language, clauses) }));
}

function decorate(db: Database, articleId: number, score: number, clauses: readonly CompiledClause[]): SearchHit {
  const article = db.prepare('SELECT id, source, title, language, outlet FROM articles WHERE id = ?').get(articleId) as {
    id: number;
    source: string;
    title: string;
    language: string;
    outlet: string | null;
  };
  const highlighted = clauses.length ? paragraphHighlights(db, articleId, clauses) : [];
  const matches = highlighted.flatMap(({ paragraph, text, ranges }) =>
    ranges.map((range) => ({ paragraph, start: range.start, end: range.end, text: text.slice(range.start, range.end) })),
  );
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

function firstBodyParagraph(db: Database, articleId: number): { paragraph: number; text: string; ranges: Range[] } {
  const row = db
    .prepare("SELECT idx, text FROM paragraphs WHERE article_id = ? AND kind != 'junk' ORDER BY kind = 'body' DESC, idx LIMIT 1")
    .get(articleId) as { idx: number; text: string } | undefined;
  return { paragraph: row?.idx ?? 0, text: row?.text ?? '', ranges: [] };
}
