/**
 * The comparison on screen: the story's comparison and its articles' texts, the user's column
 * arrangement (order, hidden, pinned), the layout, and search within the story.
 */
import type { ArticleDetail, ComparisonResult, SearchMatch } from '../../src-main/api/contract.js';
import { api } from '../lib/api-client.js';
import { buildBands, type Band } from '../lib/comparison/bands.js';
import { disagreeingFigures, figureGroupRows, type FigureGroupRow } from '../lib/comparison/figures.js';
import { errorMessage, handleError } from '../lib/handle-error.js';
import { i18n, t } from '../lib/i18n/index.js';
import type { CompareTarget } from './router.svelte.js';
import { settings } from './settings.svelte.js';
import { stories } from './stories.svelte.js';

export type ComparisonLayout = 'bands' | 'flow';
export type ComparisonPanel = 'none' | 'figures' | 'coverage';

export const storySearchDebounceMs = 200;

class ComparisonStore {
  target = $state.raw<CompareTarget | null>(null);
  result = $state.raw<ComparisonResult | null>(null);
  /** The story's name; empty for articles the user picked (the view counts them in the interface language). */
  label = $state('');
  articles = $state.raw<ArticleDetail[]>([]);
  loading = $state(false);
  failure = $state<string | null>(null);
  layout = $state<ComparisonLayout>(settings.comparison.layout);
  panel = $state<ComparisonPanel>('none');
  /** The Export comparison dialog is showing. */
  exportOpen = $state(false);
  /** Bumped to ask the story search box to take focus (Find from the menu). */
  searchFocusRequests = $state(0);
  /** Article ids, left to right (in reading order: right to left in a right-to-left interface). */
  order = $state.raw<number[]>([]);
  hidden = $state.raw<ReadonlySet<number>>(new Set());
  pinned = $state.raw<ReadonlySet<number>>(new Set());
  query = $state('');
  /** Search matches per article id, for the query in `matchesFor`. */
  matches = $state.raw<ReadonlyMap<number, SearchMatch[]>>(new Map());
  matchesFor = $state('');
  #sequence = 0;
  #searchSequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  bands: Band[] = $derived(this.result ? buildBands(this.result, this.articles) : []);
  figureRows: FigureGroupRow[] = $derived(this.result ? figureGroupRows(this.result, i18n.locale) : []);
  /** Figure key → why it disagrees with another source. */
  disagreements: ReadonlyMap<string, string> = $derived(this.result ? disagreeingFigures(this.result) : new Map());
  byId: ReadonlyMap<number, ArticleDetail> = $derived(new Map(this.articles.map((article) => [article.id, article])));
  /** Columns on screen: pinned ones first (they stay put while the others scroll), in the user's order. */
  columns: ArticleDetail[] = $derived.by(() => {
    const shown = this.order.filter((id) => !this.hidden.has(id)).map((id) => this.byId.get(id)).filter((a) => a !== undefined);
    return [...shown.filter((a) => this.pinned.has(a.id)), ...shown.filter((a) => !this.pinned.has(a.id))];
  });
  hiddenArticles: ArticleDetail[] = $derived(this.order.filter((id) => this.hidden.has(id)).map((id) => this.byId.get(id)).filter((a) => a !== undefined));
  matchCount = $derived([...this.matches.values()].reduce((sum, list) => sum + list.length, 0));

  async load(target: CompareTarget): Promise<void> {
    const sequence = ++this.#sequence;
    this.target = target;
    this.loading = true;
    this.failure = null;
    this.clearSearch();
    try {
      // The story's articles are known from the library view: fetch their texts alongside the comparison.
      const known = 'story' in target ? stories.stories.find((s) => s.id === target.story) : undefined;
      const ids = 'ids' in target ? target.ids : known?.articleIds;
      const texts = ids ? Promise.all(ids.map((id) => api.getArticle({ id }))) : null;
      const [result, listed] = await Promise.all([
        api.compare('story' in target ? { story: target.story } : { ids: target.ids }),
        'story' in target && !known ? api.stories({}) : Promise.resolve(null),
      ]);
      const fetched = texts ? await texts : [];
      const byId = new Map(fetched.map((article) => [article.id, article]));
      const articles = await Promise.all(result.articles.map((article) => byId.get(article.id) ?? api.getArticle({ id: article.id })));
      if (sequence !== this.#sequence) return;
      const story = 'story' in target ? (known ?? listed?.stories.find((s) => s.id === target.story)) : undefined;
      this.label = story?.label ?? '';
      this.result = result;
      this.articles = articles;
      this.order = articles.map((article) => article.id);
      this.hidden = new Set();
      this.pinned = new Set();
    } catch (error) {
      if (sequence !== this.#sequence) return;
      this.result = null;
      this.articles = [];
      this.failure = errorMessage(error);
      handleError(error, t('error.compare'));
    } finally {
      if (sequence === this.#sequence) this.loading = false;
    }
  }

  setLayout(layout: ComparisonLayout): void {
    this.layout = layout;
  }

  togglePanel(panel: Exclude<ComparisonPanel, 'none'>): void {
    this.panel = this.panel === panel ? 'none' : panel;
  }

  /** Moves a column one place left (-1) or right (+1) among all columns. */
  move(id: number, delta: -1 | 1): void {
    const from = this.order.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= this.order.length) return;
    const order = [...this.order];
    [order[from], order[to]] = [order[to]!, order[from]!];
    this.order = order;
  }

  hide(id: number): void {
    // At least one column stays: an empty comparison is never what the user meant.
    if (this.columns.length <= 1) return;
    this.hidden = new Set([...this.hidden, id]);
  }

  show(id: number): void {
    const hidden = new Set(this.hidden);
    hidden.delete(id);
    this.hidden = hidden;
  }

  togglePin(id: number): void {
    const pinned = new Set(this.pinned);
    if (!pinned.delete(id)) pinned.add(id);
    this.pinned = pinned;
  }

  /** Search within the story: every article is searched with the library's own query language. */
  setQuery(query: string): void {
    this.query = query;
    clearTimeout(this.#timer);
    const sequence = ++this.#searchSequence;
    if (query.trim() === '') {
      this.matches = new Map();
      this.matchesFor = '';
      return;
    }
    this.#timer = setTimeout(() => void this.#search(sequence, query.trim()), storySearchDebounceMs);
  }

  async #search(sequence: number, query: string): Promise<void> {
    try {
      const answers = await Promise.all(this.articles.map(async (article) => [article.id, (await api.searchArticle({ id: article.id, query })).matches] as const));
      if (sequence !== this.#searchSequence) return;
      this.matches = new Map(answers);
      this.matchesFor = query;
    } catch (error) {
      if (sequence === this.#searchSequence) handleError(error, t('error.searchStory'));
    }
  }

  clearSearch(): void {
    clearTimeout(this.#timer);
    this.#searchSequence++;
    this.query = '';
    this.matches = new Map();
    this.matchesFor = '';
  }

  clear(): void {
    this.#sequence++;
    this.clearSearch();
    this.target = null;
    this.label = '';
    this.result = null;
    this.articles = [];
    this.loading = false;
    this.failure = null;
    this.panel = 'none';
    this.exportOpen = false;
    this.order = [];
    this.hidden = new Set();
    this.pinned = new Set();
    this.layout = settings.comparison.layout;
  }
}

export const comparison = new ComparisonStore();
