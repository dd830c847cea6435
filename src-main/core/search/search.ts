/**
 * Runs a parsed query against the index and decorates the best results. Ranking happens in SQL
 * (BM25, titles weighed more), grouping and decoration (snippets, highlight spans) only for the
 * page of results returned, following "rank before you decorate".
 */
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchResult } from '../../api/contract.js';
import { findHighlights, makeSnippet } from './highlight.js';
import { isEmptyQuery, parseQuery, toMatchExpression, type ParsedQuery, type TermClause } from './query-parser.js';

/** Weight of the title column against the body column in BM25. */
const titleWeight = 4;
/** Most paragraphs read per clause group; enough to rank articles, bounded for common words. */
const maxParagraphRows = 50_000;

interface ParagraphRank {
  articleId: number;
  paragraph: number;
  rank: number;
}

interface Candidate {
  articleId: number;
  score: number;
  paragraphs: Map<number, number>;
  published: string | null;
  importedAt: string;
}

export function searchLibrary(db: Database, input: string, limit = 20): SearchResult {
  const started = performance.now();
  const query = parseQuery(input);
  const done = (total: number, hits: SearchHit[]): SearchResult => ({
    query: input,
    total,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
    hits,
  });
  if (isEmptyQuery(query)) return done(0, []);

  const candidates = rankArticles(db, query);
  const ordered = [...candidates.values()].sort(
    (a, b) =>
      b.score - a.score ||
      (b.published ?? '').localeCompare(a.published ?? '') ||
      b.importedAt.localeCompare(a.importedAt) ||
      b.articleId - a.articleId,
  );
  const clauses = query.required.flat();
  return done(
    ordered.length,
    ordered.slice(0, limit).map((candidate) => decorate(db, candidate, clauses)),
  );
}

function rankArticles(db: Database, query: ParsedQuery): Map<number, Candidate> {
  const { where, params } = filterSql(query);
  const statement = db.prepare(
    `SELECT p.article_id AS articleId, p.idx AS paragraph, bm25(paragraph_index, ${titleWeight}, 1) AS rank,
            a.published AS published, a.imported_at AS importedAt
       FROM paragraph_index
       JOIN paragraphs p ON p.id = paragraph_index.rowid
       JOIN articles a ON a.id = p.article_id
      WHERE paragraph_index MATCH @match ${where}
      ORDER BY rank
      LIMIT ${maxParagraphRows}`,
  );
  let candidates: Map<number, Candidate> | null = null;
  // Every group must match somewhere in the article, not necessarily in the same paragraph.
  for (const group of query.required) {
    const rows = runMatch(statement, { ...params, match: toMatchExpression([group]) }) as Array<ParagraphRank & { published: string | null; importedAt: string }>;
    const next = new Map<number, Candidate>();
    for (const row of rows) {
      const previous = candidates ? candidates.get(row.articleId) : undefined;
      if (candidates && !previous) continue;
      let candidate = next.get(row.articleId);
      if (!candidate) {
        candidate = previous
          ? { ...previous, paragraphs: new Map(previous.paragraphs) }
          : { articleId: row.articleId, score: 0, paragraphs: new Map(), published: row.published, importedAt: row.importedAt };
        // BM25 in FTS5 is negative, smaller is better; the best paragraph of each group counts.
        candidate.score += -row.rank;
        next.set(row.articleId, candidate);
      }
      candidate.paragraphs.set(row.paragraph, Math.min(candidate.paragraphs.get(row.paragraph) ?? 0, row.rank));
    }
    candidates = next;
    if (candidates.size === 0) break;
  }
  const result = candidates ?? new Map<number, Candidate>();
  for (const articleId of excludedArticles(db, query.excluded)) result.delete(articleId);
  return result;
}

function excludedArticles(db: Database, excluded: readonly TermClause[]): Set<number> {
  if (excluded.length === 0) return new Set();
  const rows = runMatch(
    db.prepare(
      `SELECT DISTINCT p.article_id AS articleId FROM paragraph_index JOIN paragraphs p ON p.id = paragraph_index.rowid
        WHERE paragraph_index MATCH @match`,
    ),
    { match: excluded.map((clause) => toMatchExpression([[clause]])).join(' OR ') },
  ) as Array<{ articleId: number }>;
  return new Set(rows.map((row) => row.articleId));
}

function runMatch(statement: ReturnType<Database['prepare']>, params: Record<string, unknown>): unknown[] {
  try {
    return statement.all(params);
  } catch (error) {
    // The parser quotes every term, so this should not happen; if it does, a search finds nothing
    // rather than showing a person an SQL error.
    console.error('[parallax] search failed:', params.match, error);
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
    clauses.push(`(${outlets.map((_, i) => `instr(lower(coalesce(a.outlet, '')), @outlet${i}) > 0`).join(' OR ')})`);
    outlets.forEach((outlet, i) => (params[`outlet${i}`] = outlet));
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

function decorate(db: Database, candidate: Candidate, clauses: readonly TermClause[]): SearchHit {
  const article = db
    .prepare('SELECT id, source, title, language, outlet FROM articles WHERE id = ?')
    .get(candidate.articleId) as { id: number; source: string; title: string; language: string; outlet: string | null };
  const indexes = [...candidate.paragraphs.keys()].sort((a, b) => a - b);
  const paragraphs = db
    .prepare(`SELECT idx, language, text FROM paragraphs WHERE article_id = ? AND idx IN (${indexes.map(() => '?').join(', ')}) ORDER BY idx`)
    .all(candidate.articleId, ...indexes) as Array<{ idx: number; language: string; text: string }>;
  const matches: SearchHit['matches'] = [];
  let best = paragraphs[0]!;
  let bestRanges = findHighlights(best.text, best.language, clauses);
  for (const paragraph of paragraphs) {
    const ranges = paragraph === best ? bestRanges : findHighlights(paragraph.text, paragraph.language, clauses);
    for (const range of ranges) matches.push({ paragraph: paragraph.idx, start: range.start, end: range.end, text: paragraph.text.slice(range.start, range.end) });
    if ((candidate.paragraphs.get(paragraph.idx) ?? 0) < (candidate.paragraphs.get(best.idx) ?? 0)) {
      best = paragraph;
      bestRanges = ranges;
    }
  }
  const snippet = makeSnippet(best.text, bestRanges);
  return {
    id: article.id,
    source: article.source,
    title: article.title,
    language: article.language,
    outlet: article.outlet,
    score: Math.round(candidate.score * 1000) / 1000,
    snippet: snippet.snippet,
    snippetMatches: snippet.ranges,
    snippetParagraph: best.idx,
    matches,
  };
}
