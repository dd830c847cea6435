/**
 * A library: one SQLite file holding articles, their paragraphs and the search index. This is the
 * core's front door; the API handlers, the CLI and the tests all go through it.
 */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type {
  AlignmentResult,
  ArticleDetail,
  ArticleSummary,
  ComparisonResult,
  ExportedFile,
  ExportFormat,
  FiguresReport,
  StorySummary,
  StoryEditResult,
  ImportReport,
  LibraryInfo,
  SearchMatch,
  SearchResult,
  TranslationPair,
  TranslationsResult,
} from '../../api/contract.js';
import { alignArticles, alignmentResult } from '../alignment/align-articles.js';
import { InvalidRequestError, NotFoundError } from '../errors.js';
import { exportComparison } from '../export/export-comparison.js';
import { fetchArticle } from '../importing/fetch-article.js';
import { prepareText } from '../importing/prepare-article.js';
import type { ImportInput } from '../importing/prepared-article.js';
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
import { analyseArticle, analyseItem, isProblem, maxArticleBytes, type ImportItem, type ItemAnalysis } from './analyse-article.js';
import { AnalysisPool } from './analysis-pool.js';
import { articleFigures, ensureFiguresCurrent } from './article-figures.js';
import { runPipeline, type ImportOptions, type PipelineItem } from './import-pipeline.js';
import { figuresReport } from './figures-report.js';
import { mergeStories, moveArticle, renameStory, splitStory } from '../stories/story-edits.js';
import { cachedComparison, currentStories, editStories, ensureStoryCacheCurrent } from './story-cache.js';
import { comparisonOf, storySummary } from './story-views.js';
import { storeArticle } from './store-article.js';
import { proposeTranslations } from './translation-proposals.js';
import { pairTranslation, translationPairs, unpairTranslation } from './translations.js';

export { maxArticleBytes } from './analyse-article.js';
export type { ImportOptions, ImportProgress } from './import-pipeline.js';

export interface LibraryOptions {
  /**
   * Worker threads that read and analyse imported files while this thread writes (and analyses
   * too, whenever a chunk is waiting). By default one per available core but this thread's, used
   * only for imports large enough to repay starting them; 0 analyses everything on this thread; a
   * number forces that many workers whatever the size.
   */
  importWorkers?: number;
  /**
   * The process also answers a window (Electron's main process, the web harness): imports keep
   * every step on this thread short, so no call waits long. Files are analysed on the workers
   * only (this thread never takes a chunk itself) whenever there are more than a handful, and
   * written a few per transaction, with a turn of the event loop between transactions.
   */
  responsive?: boolean;
}

/** Articles per transaction when the library must stay responsive (see `LibraryOptions.responsive`). */
const responsiveWriteBatch = 2;
/** Fewer files than this are analysed on this thread even when responsive: starting a worker costs more. */
const responsiveMinFilesForWorkers = 24;

/**
 * Imports smaller than this are analysed on the calling thread when the pool size is automatic: a
 * worker takes about a second of CPU to load its modules, about what one thread needs to analyse
 * this much text, and on a small machine the workers' start competes with the import itself.
 */
const minBytesForWorkers = 4 * 1024 * 1024;
/**
 * The calling thread writes and, between batches, analyses waiting chunks itself, so it counts as
 * one of the analysers: one worker fewer than the cores keeps every core busy without making
 * threads take turns on one.
 */
export function defaultImportWorkers(): number {
  return Math.max(0, availableParallelism() - 1);
}

export class Library {
  private readonly facts: ArticleFacts;
  private readonly pool: AnalysisPool;

  private constructor(
    readonly path: string,
    private readonly db: Database,
    private readonly options: LibraryOptions,
  ) {
    this.facts = new ArticleFacts(db);
    // A responsive library still has a worker on a single core: the thread that answers the window must not analyse.
    this.pool = new AnalysisPool(options.importWorkers ?? (options.responsive ? Math.max(1, defaultImportWorkers()) : defaultImportWorkers()));
  }

  static open(path: string, options: LibraryOptions = {}): Library {
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
    return new Library(path, db, options);
  }

  close(): void {
    void this.pool.close();
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
    return this.compareIds(this.selectArticles(selection).ids);
  }

  /**
   * The comparison as a file to save: a self-contained HTML report, Markdown or CSV (see
   * core/export). `generatedAt` is stamped in the file; tests pass a fixed one.
   */
  exportComparison(selection: { ids: number[] } | { story: string }, format: ExportFormat, generatedAt = new Date()): ExportedFile {
    const { ids, story } = this.selectArticles(selection);
    const comparison = this.compareIds(ids);
    const articles = ids.map((id) => this.getArticle(id));
    return exportComparison({ comparison, articles, generatedAt, ...(story ? { title: story.label } : {}) }, format, story ? { story: story.id } : { ids });
  }

  private selectArticles(selection: { ids: number[] } | { story: string }): { ids: number[]; story?: StorySummary } {
    if ('ids' in selection) return { ids: [...new Set(selection.ids)] };
    const story = this.stories().find((s) => s.id === selection.story);
    if (!story) throw new NotFoundError(`There is no story ${selection.story} in this library (see parallax stories).`);
    return { ids: story.articleIds, story };
  }

  /** The stored comparison of these articles; their texts are read only when it must be computed. */
  private compareIds(ids: number[]): ComparisonResult {
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
   * Files and folders from disk. Files are read and analysed on worker threads while this thread
   * writes them, a batch per transaction (each article inside it in its own savepoint): a failure
   * loses nothing else, a crash loses at most the batch being written, and cancelling through
   * `options.signal` keeps every batch already written.
   */
  async importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
    const { files, problems } = collectFiles(paths);
    const report: ImportReport = { imported: [], skipped: [...problems] };
    const items = files.map((file) => ({ item: { source: basename(file.path), file }, origin: { source: basename(file.path), sourcePath: file.path } }));
    await this.runImport(report, items, options);
    return report;
  }

  /** Files whose bytes arrive from the renderer (drag and drop, the file picker), or from a benchmark. */
  async importBuffers(inputs: readonly ImportInput[], options: ImportOptions = {}): Promise<ImportReport> {
    const report: ImportReport = { imported: [], skipped: [] };
    const items = inputs.map((input) => {
      const source = basename(input.source);
      return { item: { source, input: { ...input, source } }, origin: { source, sourcePath: null } };
    });
    await this.runImport(report, items, options);
    return report;
  }

  /** A web page: fetched (http and https only, with time, size and redirect limits), then read like a saved page. */
  async importUrl(url: string, options: { signal?: AbortSignal } = {}): Promise<ImportReport> {
    const report: ImportReport = { imported: [], skipped: [] };
    const fetched = await fetchArticle(url, options);
    if (!fetched.ok) report.skipped.push({ source: url, ...fetched.problem });
    else this.storeBatch(report, [{ analysis: analyseItem({ source: fetched.input.source, input: fetched.input }), origin: { source: fetched.finalUrl, sourcePath: null } }]);
    return report;
  }

  /** Pasted text; with `translationOf`, the new article is paired as a translation of that one. */
  importText(text: string, title?: string, options: { translationOf?: number } = {}): ImportReport {
    if (options.translationOf !== undefined) this.getArticle(options.translationOf);
    const report: ImportReport = { imported: [], skipped: [] };
    const source = `Pasted text, ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
    const prepared = prepareText(text, title);
    this.storeBatch(report, [{ analysis: 'reason' in prepared ? prepared : analyseArticle(prepared), origin: { source, sourcePath: null } }]);
    const imported = report.imported[0];
    if (options.translationOf !== undefined && imported && imported.id !== options.translationOf) pairTranslation(this.db, options.translationOf, imported.id);
    return report;
  }

  /** Marks `translation` as a translation of `original`, or (`paired` false) no longer. */
  setTranslation(original: number, translation: number, paired: boolean): { pairs: TranslationPair[] } {
    if (original === translation) throw new InvalidRequestError('An article cannot be a translation of itself.');
    this.getArticle(original);
    this.getArticle(translation);
    if (paired) pairTranslation(this.db, original, translation);
    else unpairTranslation(this.db, original, translation);
    return { pairs: translationPairs(this.db, original) };
  }

  /** The article's pairs (as original or translation) and the pairings proposed for it. */
  translations(id: number): TranslationsResult {
    this.getArticle(id);
    return { pairs: translationPairs(this.db, id), proposals: proposeTranslations(this.db, id, (other) => this.getArticle(other)) };
  }

  /** Two articles aligned sentence by sentence, with the figures and names the translation lost or changed. */
  align(original: number, translation: number): AlignmentResult {
    if (original === translation) throw new InvalidRequestError('An article cannot be aligned with itself.');
    return alignmentResult(alignArticles(this.getArticle(original), this.getArticle(translation)));
  }

  /** True once: the first time a new, empty library is opened by the app. */
  claimFirstRun(): boolean {
    if (readMeta(this.db, 'first-run-done')) return false;
    writeMeta(this.db, 'first-run-done', new Date().toISOString());
    return countArticles(this.db) === 0;
  }

  private async runImport(report: ImportReport, items: ReadonlyArray<PipelineItem<ArticleOrigin>>, options: ImportOptions): Promise<void> {
    // Files refused for their size are never read, so they do not count.
    const bytes = items.reduce((sum, { item }) => {
      const size = 'file' in item ? item.file.size : item.input.bytes.byteLength;
      return sum + (size > maxArticleBytes ? 0 : size);
    }, 0);
    const responsive = this.options.responsive === true;
    const automatic = this.options.importWorkers === undefined;
    const small = responsive ? items.length < responsiveMinFilesForWorkers : bytes < minBytesForWorkers;
    const workers = automatic && small ? 0 : this.pool.size;
    const { cancelled } = await runPipeline(
      items,
      {
        analyse: (chunk: ImportItem[]) => (workers > 0 ? this.pool.analyse(chunk) : Promise.resolve(chunk.map(analyseItem))),
        ...(responsive && workers > 0 ? {} : { analyseQueuedHere: () => this.pool.analyseQueuedHere() }),
        write: (batch) => this.storeBatch(report, batch),
      },
      // Enough chunks ahead that a worker finishing one always finds another queued.
      { ...options, chunksInFlight: (workers + 1) * 4, ...(responsive ? { writeBatch: responsiveWriteBatch } : {}) },
    );
    if (cancelled > 0) report.cancelled = cancelled;
  }

  private storeBatch(report: ImportReport, batch: ReadonlyArray<{ analysis: ItemAnalysis; origin: ArticleOrigin }>): void {
    this.db.transaction(() => {
      for (const { analysis, origin } of batch) this.storeAnalysed(report, analysis, origin);
    })();
    this.facts.added();
  }

  private storeAnalysed(report: ImportReport, analysis: ItemAnalysis, origin: ArticleOrigin): void {
    if (isProblem(analysis)) {
      report.skipped.push({ source: origin.source, ...analysis });
      return;
    }
    try {
      const outcome = storeArticle(this.db, analysis, origin);
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
