/** The article list: what the library holds, and how the library view sorts and filters it. */
import type { ArticleSummary } from '../../src-main/api/contract.js';
import { api } from '../lib/api-client.js';
import { handleError } from '../lib/handle-error.js';
import { i18n, t, type PlainKey } from '../lib/i18n/index.js';
import { languageName } from '../lib/languages.js';

export type SortKey = 'title' | 'outlet' | 'language' | 'imported' | 'published';
export type SortDirection = 'asc' | 'desc';

export const sortOptions: ReadonlyArray<{ key: SortKey; label: PlainKey }> = [
  { key: 'imported', label: 'library.sort.imported' },
  { key: 'published', label: 'library.sort.published' },
  { key: 'title', label: 'library.sort.title' },
  { key: 'outlet', label: 'library.sort.outlet' },
  { key: 'language', label: 'library.sort.language' },
];

/** Filter value meaning "articles without an outlet". */
export const noOutlet = '\u0000none';

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

const collators = new Map<string, Intl.Collator>();

/** Titles and names sort as the interface language sorts them. */
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return collator;
}

function compareNullable(a: string | null, b: string | null, direction: number, compare: (x: string, y: string) => number): number {
  // Missing values sort last whichever way the column is sorted.
  if (a === b) return 0;
  if (a === null || a === '') return 1;
  if (b === null || b === '') return -1;
  return compare(a, b) * direction;
}

function defaultDirection(key: SortKey): SortDirection {
  return key === 'imported' || key === 'published' ? 'desc' : 'asc';
}

class LibraryStore {
  articles = $state.raw<ArticleSummary[]>([]);
  loaded = $state(false);
  loading = $state(false);
  sortKey = $state<SortKey>('imported');
  sortDirection = $state<SortDirection>('desc');
  /** Language code to show, or '' for all. */
  language = $state('');
  /** Outlet to show, `noOutlet`, or '' for all. */
  outlet = $state('');
  /** Articles ticked in the list, to compare side by side. */
  selected = $state.raw<ReadonlySet<number>>(new Set());
  /** The article last opened from the list, to put focus back on its row. */
  lastOpenedId = $state<number | null>(null);

  languages: FilterOption[] = $derived.by(() => {
    const counts = new Map<string, number>();
    for (const article of this.articles) counts.set(article.language, (counts.get(article.language) ?? 0) + 1);
    const collator = collatorFor(i18n.locale);
    return [...counts]
      .map(([value, count]) => ({ value, count, label: t('library.languageOption', { language: languageName(value, i18n.locale), code: value }) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  });

  outlets: FilterOption[] = $derived.by(() => {
    const counts = new Map<string, number>();
    for (const article of this.articles) {
      const key = article.outlet?.trim() ? article.outlet : noOutlet;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const collator = collatorFor(i18n.locale);
    return [...counts]
      .map(([value, count]) => ({ value, count, label: value === noOutlet ? t('library.noOutlet') : value }))
      .sort((a, b) => (a.value === noOutlet ? 1 : b.value === noOutlet ? -1 : collator.compare(a.label, b.label)));
  });

  filtered = $derived(this.language !== '' || this.outlet !== '');

  visible: ArticleSummary[] = $derived.by(() => {
    const direction = this.sortDirection === 'asc' ? 1 : -1;
    const locale = i18n.locale;
    const collator = collatorFor(locale);
    const byText = (a: string, b: string) => collator.compare(a, b);
    const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const selected = this.articles.filter((article) => {
      if (this.language && article.language !== this.language) return false;
      if (this.outlet === noOutlet) return !article.outlet?.trim();
      if (this.outlet && article.outlet !== this.outlet) return false;
      return true;
    });
    const compare = (a: ArticleSummary, b: ArticleSummary): number => {
      switch (this.sortKey) {
        case 'title':
          return byText(a.title, b.title) * direction;
        case 'outlet':
          return compareNullable(a.outlet, b.outlet, direction, byText);
        case 'language':
          return byText(languageName(a.language, locale), languageName(b.language, locale)) * direction;
        case 'published':
          return compareNullable(a.published, b.published, direction, byCode);
        case 'imported':
          return byCode(a.importedAt, b.importedAt) * direction;
      }
    };
    // Ties fall back to the newest import, then the id, so the order never flickers.
    return selected.sort((a, b) => compare(a, b) || byCode(b.importedAt, a.importedAt) || b.id - a.id);
  });

  async refresh(): Promise<void> {
    this.loading = true;
    try {
      this.articles = await api.listArticles({});
      if (this.language && !this.articles.some((article) => article.language === this.language)) this.language = '';
      if (this.outlet && !this.outlets.some((option) => option.value === this.outlet)) this.outlet = '';
    } catch (error) {
      handleError(error, t('error.loadLibrary'));
    } finally {
      this.loading = false;
      this.loaded = true;
    }
  }

  /** Puts a changed article's summary in place without a round trip. */
  upsert(article: ArticleSummary): void {
    const summary: ArticleSummary = {
      id: article.id,
      source: article.source,
      title: article.title,
      language: article.language,
      outlet: article.outlet,
      published: article.published,
      words: article.words,
      importedAt: article.importedAt,
    };
    const index = this.articles.findIndex((existing) => existing.id === summary.id);
    this.articles = index === -1 ? [...this.articles, summary] : this.articles.with(index, summary);
  }

  toggleSelected(id: number): void {
    const selected = new Set(this.selected);
    if (!selected.delete(id)) selected.add(id);
    this.selected = selected;
  }

  /** Ticks every visible article, or unticks them all when they all are. */
  toggleAllVisible(): void {
    const visible = this.visible.map((article) => article.id);
    const all = visible.length > 0 && visible.every((id) => this.selected.has(id));
    this.selected = all ? new Set([...this.selected].filter((id) => !visible.includes(id))) : new Set([...this.selected, ...visible]);
  }

  clearSelection(): void {
    this.selected = new Set();
  }

  forget(id: number): void {
    if (this.selected.has(id)) this.toggleSelected(id);
    this.articles = this.articles.filter((article) => article.id !== id);
    if (this.lastOpenedId === id) this.lastOpenedId = null;
  }

  /** Sorting by the current key flips its direction; a new key starts in its natural direction. */
  sortBy(key: SortKey): void {
    if (this.sortKey === key) this.sortDirection = this.sortDirection === 'asc' ? 'desc' : 'asc';
    else {
      this.sortKey = key;
      this.sortDirection = defaultDirection(key);
    }
  }

  setSortKey(key: SortKey): void {
    this.sortKey = key;
    this.sortDirection = defaultDirection(key);
  }

  toggleDirection(): void {
    this.sortDirection = this.sortDirection === 'asc' ? 'desc' : 'asc';
  }

  clearFilters(): void {
    this.language = '';
    this.outlet = '';
  }

  clear(): void {
    this.articles = [];
    this.loaded = false;
    this.loading = false;
    this.sortKey = 'imported';
    this.sortDirection = 'desc';
    this.lastOpenedId = null;
    this.selected = new Set();
    this.clearFilters();
  }
}

export const library = new LibraryStore();
