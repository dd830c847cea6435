/**
 * Search as you type: each keystroke restarts a short debounce; every request carries a sequence
 * number and only the newest one's answer is kept, so a slow early reply never overwrites a later one.
 */
import type { FacetCount, SearchHit, SearchResult } from '../../src-main/api/contract.js';
import { api } from '../lib/api-client.js';
import { handleError } from '../lib/handle-error.js';
import { t } from '../lib/i18n/index.js';
import { parseFilters, type ParsedFilters } from '../lib/query-filters.js';

export const searchDebounceMs = 150;
/** The results list's element id, for the search box's aria-controls. */
export const searchResultsListId = 'search-results-list';
/** The element id of the hit at `index`, for aria-activedescendant. */
export const searchHitId = (index: number): string => `search-hit-${index}`;
const resultLimit = 30;
const maxQueryLength = 10_000;

const normalise = (query: string): string => query.trim().slice(0, maxQueryLength);

class SearchStore {
  query = $state('');
  result = $state.raw<SearchResult | null>(null);
  /** A request is scheduled or in flight. */
  pending = $state(false);
  /** Index of the hit chosen with the arrow keys; -1 when none is. */
  active = $state(-1);
  /** The query (as sent) that `result` answers. */
  resultFor = $state('');
  /** Bumped to ask the search box to take focus. */
  focusRequests = $state(0);
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  hits: SearchHit[] = $derived(this.result?.hits ?? []);
  hasQuery = $derived(this.query.trim() !== '');
  /** The filters typed or added by facets, and the words left once they are taken out. */
  parsed: ParsedFilters = $derived(parseFilters(this.query));
  languageFacets: FacetCount[] = $derived(this.result?.facets?.languages ?? []);
  outletFacets: FacetCount[] = $derived(this.result?.facets?.outlets ?? []);
  /** The result on screen belongs to what is typed now. */
  current = $derived(this.result !== null && this.resultFor === normalise(this.query));

  /** `immediate`: search now rather than after the debounce (a facet or a chip was clicked). */
  setQuery(query: string, immediate = false): void {
    this.query = query;
    clearTimeout(this.#timer);
    const sequence = ++this.#sequence;
    if (!this.hasQuery) {
      this.result = null;
      this.resultFor = '';
      this.pending = false;
      this.active = -1;
      return;
    }
    this.pending = true;
    if (immediate) void this.#run(sequence);
    else this.#timer = setTimeout(() => void this.#run(sequence), searchDebounceMs);
  }

  /** Runs the current query now (Enter before the debounce elapsed, or after the library changed). */
  async refresh(): Promise<void> {
    clearTimeout(this.#timer);
    if (!this.hasQuery) return;
    this.pending = true;
    await this.#run(++this.#sequence);
  }

  move(delta: number): void {
    const count = this.hits.length;
    if (count === 0) return;
    if (this.active < 0) this.active = delta > 0 ? 0 : count - 1;
    else this.active = Math.min(count - 1, Math.max(0, this.active + delta));
  }

  moveTo(index: number): void {
    if (this.hits.length > 0) this.active = Math.min(this.hits.length - 1, Math.max(0, index));
  }

  /** The hit Enter opens: the chosen one, else the first. */
  get chosen(): SearchHit | null {
    return this.hits[this.active] ?? this.hits[0] ?? null;
  }

  requestFocus(): void {
    this.focusRequests++;
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#sequence++;
    this.query = '';
    this.result = null;
    this.resultFor = '';
    this.pending = false;
    this.active = -1;
  }

  async #run(sequence: number): Promise<void> {
    const query = normalise(this.query);
    try {
      const result = await api.search({ query, limit: resultLimit });
      if (sequence !== this.#sequence) return;
      this.result = result;
      this.resultFor = query;
      this.active = -1;
    } catch (error) {
      if (sequence !== this.#sequence) return;
      this.result = null;
      handleError(error, t('error.search'));
    } finally {
      if (sequence === this.#sequence) this.pending = false;
    }
  }
}

export const search = new SearchStore();
