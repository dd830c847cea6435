/**
 * What the user can do, across stores: components call these rather than juggling stores
 * themselves, so navigation and refresh rules live in one place.
 */
import type { ArticleSummary, ImportReport, SearchHit } from '../../src-main/api/contract.js';
import { api } from './api-client.js';
import { handleError } from './handle-error.js';
import { t } from './i18n/index.js';
import { removeFilterAt, toggleFilter, type FilterKey, type QueryFilter } from './query-filters.js';
import { importer } from '../stores/importer.svelte.js';
import { library } from '../stores/library.svelte.js';
import { reader, type ArticleChanges } from '../stores/reader.svelte.js';
import { router, type CompareTarget, type ReaderFocus } from '../stores/router.svelte.js';
import { search } from '../stores/search.svelte.js';
import { status } from '../stores/status.svelte.js';
import { stories } from '../stores/stories.svelte.js';
import { toasts } from '../stores/toasts.svelte.js';

export function openArticle(id: number, focus: ReaderFocus | null = null): void {
  library.lastOpenedId = id;
  importer.dismissReport();
  router.go({ name: 'reader', id, focus });
}

/** Opens an article beside its translation, aligned sentence by sentence. */
export function openTranslation(original: number, translation: number): void {
  importer.dismissReport();
  router.go({ name: 'translation', original, translation });
}

/** Opens a story's sources side by side (or articles the user picked). */
export function openComparison(target: CompareTarget): void {
  importer.dismissReport();
  router.go({ name: 'compare', target });
}

export function openHit(hit: SearchHit): void {
  openArticle(hit.id, { paragraph: hit.snippetParagraph, matches: hit.matches });
}

/** Typing shows the results; an emptied box goes back to where the search started. */
export function updateSearch(query: string): void {
  search.setQuery(query);
  if (search.hasQuery && router.current.name !== 'search') router.go({ name: 'search' });
  else if (!search.hasQuery && router.current.name === 'search') leaveSearch();
}

/** A facet adds its filter to the query, or takes it out again; the results follow at once. */
export function toggleSearchFilter(key: FilterKey, value: string): void {
  replaceSearchQuery(toggleFilter(search.query, key, value));
}

/** A chip's remove button: that filter leaves the query. */
export function removeSearchFilter(filter: QueryFilter): void {
  replaceSearchQuery(removeFilterAt(search.query, filter));
}

function replaceSearchQuery(query: string): void {
  search.setQuery(query, true);
  if (search.hasQuery) return;
  // The last filter went and nothing is left to search for: as when the box is emptied.
  if (router.current.name === 'search') leaveSearch();
  search.requestFocus();
}

export function clearSearch(): void {
  search.clear();
  if (router.current.name === 'search') leaveSearch();
}

function leaveSearch(): void {
  if (!router.back() || router.current.name === 'search') router.replace({ name: 'library' });
}

/** Back button, Alt+Left and Escape. Leaving the results also empties the search box. */
export function goBack(): boolean {
  if (router.current.name === 'search') {
    clearSearch();
    return true;
  }
  return router.back();
}

export function goHome(): void {
  search.clear();
  router.clear();
}

/** After anything that changes the library: the list, open results and the status bar follow. */
export async function refreshAfterChange(): Promise<void> {
  await Promise.all([library.refresh(), search.refresh(), status.refresh(), stories.refresh()]);
}

/** The summary panel tells what happened; the views catch up with the library. */
function afterImport(report: ImportReport | null): void {
  if (report) void refreshAfterChange();
}

export async function importFiles(files: readonly File[]): Promise<void> {
  if (importer.busy) {
    toasts.info(t('import.busy'));
    return;
  }
  const accepted = files.filter((file) => file.size > 0 || file.type !== '' || /\.\w+$/.test(file.name));
  if (accepted.length === 0) {
    toasts.info(t('import.nothing'));
    return;
  }
  afterImport(await importer.importFiles(accepted));
}

export async function importText(text: string, title?: string, translationOf?: number): Promise<boolean> {
  const report = await importer.importText(text, title, translationOf);
  afterImport(report);
  return report !== null;
}

/** A web page by its address; true when it is in the library (the summary shows it). */
export async function importUrl(url: string): Promise<boolean> {
  const report = await importer.importUrl(url);
  afterImport(report);
  return report !== null;
}

/** An import the desktop app's main process ran (its native dialog, the command line, the Dock). */
export function showImportReport(report: ImportReport): void {
  importer.showReport(report);
  afterImport(report);
}

export async function removeArticle(article: ArticleSummary): Promise<boolean> {
  try {
    const { removed } = await api.removeArticle({ id: article.id });
    library.forget(article.id);
    router.forgetArticle(article.id);
    if (router.current.name === 'reader' && router.current.id === article.id && !router.back()) router.replace({ name: 'library' });
    if (reader.article?.id === article.id) reader.clear();
    toasts.success(t(removed ? 'remove.done' : 'remove.alreadyGone', { title: article.title }));
    void refreshAfterChange();
    return true;
  } catch (error) {
    handleError(error, t('error.removeArticle'));
    return false;
  }
}

export async function saveArticleDetails(changes: ArticleChanges): Promise<boolean> {
  const updated = await reader.save(changes);
  if (!updated) return false;
  library.upsert(updated);
  toasts.success(t('reader.saved'));
  if (search.hasQuery) void search.refresh();
  return true;
}
