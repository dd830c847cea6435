/**
 * A library: one SQLite file holding articles, their paragraphs and the search index. This is the
 * core's front door; the API handlers, the CLI and the tests all go through it.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type {
  ArticleDetail,
  ArticleSummary,
  ComparisonResult,
  FiguresReport,
  StorySummary,
  StoryEditResult,
  ImportReport,
  LibraryInfo,
  SearchMatch,
  SearchResult,
} from '../../api/contract.js';
import { NotFoundError } from '../errors.js';
import { fetchArticle } from '../importing/fetch-article.js';
import { prepareArticle, prepareText } from '../importing/prepare-article.js';
import type { ImportInput, ImportProblem, PreparedArticle } from '../importing/prepared-article.js';
import { searchInArticle, searchLibrary } from '../search/search.js';
import { registerSearchFunctions } from '../search/sql-functions.js';
import { ArticleFacts } from '../search/article-facts.js';
import { ensureSearchIndexCurrent, reindexArticle, unindexArticle } from '../search/indexer.js';
import {
  countArticles,
  deleteArticle,
  findArticleDetail,
  findArticleSummary,
  listArticleSummaries,
  readMeta,
  updateArticleMetadata,
  writeMeta,
  type ArticlePatch,
} from '../storage/articles-store.js';
import { createBackup } from '../storage/backups.js';
import { openDatabase, schemaVersion, type Database } from '../storage/database.js';
import { collectFiles } from './collect-files.js';
import { articleFigures, ensureFiguresCurrent } from './article-figures.js';
import { figuresReport } from './figures-report.js';
import { mergeStories, moveArticle, renameStory, splitStory } from '../stories/story-edits.js';
import { cachedComparison, currentStories, editStories, ensureStoryCacheCurrent } from './story-cache.js';
import { comparisonOf, storySummary } from './story-views.js';
import { storeArticle } from './store-article.js';

/** News articles are kilobytes; anything this large is not one, and reading it would only hurt. */
export const maxArticleBytes = 16 * 1024 * 1024;

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export class Library {
  private readonly facts: ArticleFacts;

  private constructor(
    readonly path: string,
    private readonly db: Database,
  ) {
    this.facts = new ArticleFacts(db);
  }

  static open(path: string): Library {
    const db = openDatabase(path);
    try {
      registerSearchFunctions(db);
      ensureSearchIndexCurrent(db);
      ensureFiguresCurrent(db);
      ensureStoryCacheCurrent(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new Library(path, db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  info(): LibraryInfo {
    return { path: this.path, articles: countArticles(this.db), schemaVersion: schemaVersion(this.db) };
  }

  listArticles(): ArticleSummary[] {
    return listArticleSummaries(this.db);
  }

  getArticle(id: number): ArticleDetail {
    const article = findArticleDetail(this.db, id);
    if (!article) throw new NotFoundError(`There is no article ${id} in this library.`);
    return article;
  }

  updateArticle(id: number, patch: ArticlePatch): ArticleDetail {
    this.getArticle(id);
    this.db.transaction(() => {
      updateArticleMetadata(this.db, id, patch);
      if (patch.language) reindexArticle(this.db, id);
    })();
    this.facts.invalidate();
    return this.getArticle(id);
  }

  removeArticle(id: number): boolean {
    const removed = this.db.transaction(() => {
      unindexArticle(this.db, id);
      return deleteArticle(this.db, id);
    })();
    this.facts.invalidate();
    return removed;
  }

  search(query: string, limit?: number): SearchResult {
    return searchLibrary(this.db, this.facts, query, limit);
  }

  /** Writes a consistent copy of the library (to `target`, or into its backups folder) and returns its path. */
  backup(target?: string): string {
    return createBackup(this.db, this.path, 'manual', target);
  }

  /** The library's articles grouped into stories (stored; grouped again after articles change). */
  stories(): StorySummary[] {
    return currentStories(this.db).map(storySummary);
  }

  renameStory(story: string, label: string): StoryEditResult {
    return this.editStories((stories) => ({ stories: renameStory(stories, story, label), story }));
  }

  /** Story `from`'s articles join story `into`. */
  mergeStories(into: string, from: string): StoryEditResult {
    return this.editStories((stories) => ({ stories: mergeStories(stories, into, from), story: into }));
  }

  /** These articles of `story` leave it for a new story. */
  splitStory(story: string, articleIds: readonly number[]): StoryEditResult {
    return this.editStories((stories) => {
      const { stories: next, created } = splitStory(stories, story, articleIds);
      return { stories: next, story: created };
    });
  }

  moveArticle(article: number, story: string): StoryEditResult {
    if (!findArticleSummary(this.db, article)) throw new NotFoundError(`There is no article ${article} in this library.`);
    return this.editStories((stories) => ({ stories: moveArticle(stories, article, story), story }));
  }

  private editStories(edit: Parameters<typeof editStories>[1]): StoryEditResult {
    const { story, stories } = editStories(this.db, edit);
    return { story: storySummary(story), stories: stories.map(storySummary) };
  }

  /** Themes, figures and coverage across these articles, or across a story's. */
  compare(selection: { ids: number[] } | { story: string }): ComparisonResult {
    let ids: number[];
    if ('ids' in selection) ids = [...new Set(selection.ids)];
    else {
      const story = this.stories().find((s) => s.id === selection.story);
      if (!story) throw new NotFoundError(`There is no story ${selection.story} in this library (see parallax stories).`);
      ids = story.articleIds;
    }
    for (const id of ids) if (!findArticleSummary(this.db, id)) throw new NotFoundError(`There is no article ${id} in this library.`);
    return cachedComparison(this.db, ids, () => comparisonOf(ids.map((id) => this.getArticle(id)), this.figures(ids)));
  }

  /** The figures of these articles, linked across them. */
  figures(ids: readonly number[]): FiguresReport {
    for (const id of ids) this.getArticle(id);
    return figuresReport(articleFigures(this.db, [...new Set(ids)]));
  }

  searchArticle(id: number, query: string): SearchMatch[] {
    this.getArticle(id);
    return searchInArticle(this.db, id, query);
  }

  /**
   * Files and folders from disk. Files are read and prepared a batch at a time, and each batch is
   * written in one transaction (each article inside it in its own savepoint): a failure loses
   * nothing else, and a crash loses at most the batch being written.
   */
  importPaths(paths: readonly string[], options: ImportOptions = {}): ImportReport {
    const { files, problems } = collectFiles(paths);
    const report: ImportReport = { imported: [], skipped: [...problems] };
    for (let start = 0; start < files.length; start += importBatchSize) {
      const batch: Array<{ prepared: PreparedArticle | ImportProblem; origin: ArticleOrigin }> = [];
      for (const file of files.slice(start, start + importBatchSize)) {
        const source = basename(file.path);
        if (options.signal?.aborted) {
          report.skipped.push({ source, reason: 'invalid', message: `${source} was not imported: the import was cancelled.` });
          continue;
        }
        options.onProgress?.({ done: start + batch.length, total: files.length, current: file.path });
        batch.push({ prepared: readAndPrepare(file.path, file.size, source), origin: { source, sourcePath: file.path } });
      }
      this.storeBatch(report, batch);
    }
    options.onProgress?.({ done: files.length, total: files.length, current: '' });
    return report;
  }

  /** Files whose bytes arrive from the renderer (drag and drop, the file picker). */
  importBuffers(inputs: readonly ImportInput[]): ImportReport {
    const report: ImportReport = { imported: [], skipped: [] };
    for (let start = 0; start < inputs.length; start += importBatchSize) {
      this.storeBatch(
        report,
        inputs.slice(start, start + importBatchSize).map((input) => {
          const source = basename(input.source);
          const prepared = input.bytes.byteLength > maxArticleBytes ? tooLarge(source, input.bytes.byteLength) : safePrepare({ ...input, source });
          return { prepared, origin: { source, sourcePath: null } };
        }),
      );
    }
    return report;
  }

  /** A web page: fetched (http and https only, with time, size and redirect limits), then read like a saved page. */
  async importUrl(url: string, options: { signal?: AbortSignal } = {}): Promise<ImportReport> {
    const report: ImportReport = { imported: [], skipped: [] };
    const fetched = await fetchArticle(url, options);
    if (!fetched.ok) report.skipped.push({ source: url, ...fetched.problem });
    else this.storeBatch(report, [{ prepared: safePrepare(fetched.input), origin: { source: fetched.finalUrl, sourcePath: null } }]);
    return report;
  }

  importText(text: string, title?: string): ImportReport {
    const report: ImportReport = { imported: [], skipped: [] };
    const source = `Pasted text, ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
    this.storeBatch(report, [{ prepared: prepareText(text, title), origin: { source, sourcePath: null } }]);
    return report;
  }

  /** True once: the first time a new, empty library is opened by the app. */
  claimFirstRun(): boolean {
    if (readMeta(this.db, 'first-run-done')) return false;
    writeMeta(this.db, 'first-run-done', new Date().toISOString());
    return countArticles(this.db) === 0;
  }

  private storeBatch(report: ImportReport, batch: ReadonlyArray<{ prepared: PreparedArticle | ImportProblem; origin: ArticleOrigin }>): void {
    this.db.transaction(() => {
      for (const { prepared, origin } of batch) this.storePrepared(report, prepared, origin);
    })();
    this.facts.invalidate();
  }

  private storePrepared(report: ImportReport, prepared: PreparedArticle | ImportProblem, origin: ArticleOrigin): void {
    if ('reason' in prepared) {
      report.skipped.push({ source: origin.source, ...prepared });
      return;
    }
    try {
      const outcome = storeArticle(this.db, prepared, origin);
      if ('imported' in outcome) report.imported.push(outcome.imported);
      else report.skipped.push(outcome.skipped);
    } catch (error) {
      report.skipped.push({ source: origin.source, reason: 'invalid', message: `${origin.source} could not be saved: ${(error as Error).message}` });
    }
  }
}

interface ArticleOrigin {
  source: string;
  sourcePath: string | null;
}

/** Articles written per transaction. */
const importBatchSize = 100;

function tooLarge(source: string, bytes: number): ImportProblem {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return { reason: 'too-large', message: `${source} is ${mb} MB; Parallax imports articles up to ${maxArticleBytes / 1024 / 1024} MB.` };
}

function readAndPrepare(path: string, size: number, source: string): PreparedArticle | ImportProblem {
  // The size is checked before reading: a 200 MB file is refused without being loaded.
  if (size > maxArticleBytes) return tooLarge(source, size);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { reason: 'unreadable', message: `${source} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` };
  }
  return safePrepare({ source, bytes });
}

/** A bug in one file's extraction must not end the batch. */
function safePrepare(input: ImportInput): PreparedArticle | ImportProblem {
  try {
    return prepareArticle(input);
  } catch (error) {
    // Thousands of nested elements exhaust the HTML reader's stack; say so in words.
    if (error instanceof RangeError) return { reason: 'invalid', message: `${input.source} is nested too deeply (thousands of elements inside one another) to be read safely.` };
    return { reason: 'invalid', message: `${input.source} could not be read as an article: ${(error as Error).message}` };
  }
}
