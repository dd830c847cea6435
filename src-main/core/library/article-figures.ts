/**
 * Figures of every paragraph, extracted at import and stored beside the paragraphs. What is stored
 * depends on the extractor: bump `figuresExtractorVersion` when it changes, and every library
 * recomputes its figures the next time it is opened.
 */
import type { Database } from 'better-sqlite3';
import type { ParagraphKind } from '../../api/contract.js';
import { extractFigures } from '../figures/extract-figures.js';
import type { Figure, FigureValue } from '../figures/types.js';
import { readMeta, writeMeta } from '../storage/articles-store.js';
import { cachedStatement } from '../storage/statements.js';

export const figuresExtractorVersion = 1;
const versionKey = 'figures-extractor-version';

export interface StoredFigure extends Figure {
  article: number;
  paragraph: number;
}

/** The interval of values a figure's text allows: its value plus or minus its rounding. */
export function valueBounds(figure: Pick<Figure, 'value' | 'precision'>): { low: number | null; high: number | null } {
  const value = figure.value;
  if (typeof value === 'number') return { low: value - figure.precision, high: value + figure.precision };
  if (value && typeof value === 'object') return { low: value.min, high: value.max };
  return { low: null, high: null };
}

/**
 * A figure as its row in the figures table (without the article id), built where the figure is
 * found. An import finds figures on worker threads and hands them to the writer; a flat row of
 * numbers and strings crosses between threads at a third of the cost of the figure object.
 */
export type FigureTuple = [
  paragraph: number,
  start: number,
  end: number,
  text: string,
  kind: string,
  value: string,
  low: number | null,
  high: number | null,
  precision: number,
  approximate: 0 | 1,
  bound: string | null,
  unit: string | null,
  iso: string | null,
  confidence: number,
];

/** The figures of an article's paragraphs as rows, junk left out. Pure, so it can run on a worker thread. */
export function figureTuplesOf(paragraphs: ReadonlyArray<{ kind: ParagraphKind; language: string; text: string }>): FigureTuple[] {
  const rows: FigureTuple[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === 'junk') return;
    for (const f of extractFigures(paragraph.text, paragraph.language)) {
      const { low, high } = valueBounds(f);
      const row: FigureTuple = [index, f.start, f.end, f.text, f.kind, JSON.stringify(f.value), low, high, f.precision, f.approximate ? 1 : 0, f.bound, f.unit, f.iso, f.confidence];
      rows.push(row);
    }
  });
  return rows;
}

export function writeArticleFigures(db: Database, articleId: number, rows: readonly FigureTuple[]): void {
  const insert = cachedStatement(
    db,
    `INSERT INTO figures (article_id, paragraph, start, end, text, kind, value, low, high, precision, approximate, bound, unit, iso, confidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of rows) insert.run(articleId, ...row);
}

export function insertArticleFigures(db: Database, articleId: number, paragraphs: ReadonlyArray<{ kind: ParagraphKind; language: string; text: string }>): number {
  const rows = figureTuplesOf(paragraphs);
  writeArticleFigures(db, articleId, rows);
  return rows.length;
}

interface FigureRow {
  article_id: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  kind: Figure['kind'];
  value: string | null;
  precision: number;
  approximate: number;
  bound: Figure['bound'];
  unit: string | null;
  iso: string | null;
  confidence: number;
}

export function toStoredFigure(row: FigureRow): StoredFigure {
  return {
    article: row.article_id,
    paragraph: row.paragraph,
    start: row.start,
    end: row.end,
    text: row.text,
    kind: row.kind,
    value: row.value === null ? null : (JSON.parse(row.value) as FigureValue),
    precision: row.precision,
    approximate: row.approximate === 1,
    bound: row.bound,
    unit: row.unit,
    iso: row.iso,
    confidence: row.confidence,
    lead: row.start,
  };
}

export function articleFigures(db: Database, articleIds: readonly number[]): StoredFigure[] {
  const select = db.prepare('SELECT * FROM figures WHERE article_id = ? ORDER BY paragraph, start');
  return articleIds.flatMap((id) => (select.all(id) as FigureRow[]).map(toStoredFigure));
}

/** An article's figures whose allowed values overlap [low, high], of one kind and unit. */
export function figuresOfArticleInRange(db: Database, articleId: number, kind: string, unit: string | null, low: number, high: number): StoredFigure[] {
  const rows = db
    .prepare('SELECT * FROM figures WHERE article_id = ? AND kind = ? AND unit IS ? AND low <= ? AND high >= ? ORDER BY paragraph, start')
    .all(articleId, kind, unit, high, low) as FigureRow[];
  return rows.map(toStoredFigure);
}

/** Recomputes every figure if they were extracted by another version of the extractor. */
export function ensureFiguresCurrent(db: Database): boolean {
  if (readMeta(db, versionKey) === String(figuresExtractorVersion)) return false;
  db.transaction(() => {
    db.prepare('DELETE FROM figures').run();
    const paragraphsOf = db.prepare('SELECT kind, language, text FROM paragraphs WHERE article_id = ? ORDER BY idx');
    for (const id of db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]) {
      insertArticleFigures(db, id, paragraphsOf.all(id) as Array<{ kind: ParagraphKind; language: string; text: string }>);
    }
    writeMeta(db, versionKey, String(figuresExtractorVersion));
  })();
  return true;
}
