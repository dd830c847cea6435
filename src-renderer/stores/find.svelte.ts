/**
 * Find in the open article: the library finds every match of a query in one article with the same
 * tokeniser, stems and Hebrew prefixes as the library search. Typing restarts a short debounce and
 * only the newest request's answer is kept, as in the search store.
 */
import type { SearchMatch } from '../../src-main/api/contract.js';
import { api } from '../lib/api-client.js';
import { handleError } from '../lib/handle-error.js';
import { t } from '../lib/i18n/index.js';

export const findDebounceMs = 120;
const maxQueryLength = 10_000;

/** A place in the article: matches at or after it come first. */
export interface FindAnchor {
  paragraph: number;
  start: number;
}

const normalise = (query: string): string => query.trim().slice(0, maxQueryLength);
const compare = (a: FindAnchor, b: FindAnchor): number => a.paragraph - b.paragraph || a.start - b.start;

class FindStore {
  /** The find bar is showing, for `articleId`. */
  open = $state(false);
  articleId = $state<number | null>(null);
  /** Kept when the bar closes, so it opens again on the last search (as browsers do). */
  query = $state('');
  /** Matches in reading order, for the query `resultFor`. */
  matches = $state.raw<SearchMatch[]>([]);
  resultFor = $state('');
  /** Index of the match being looked at; -1 when none is. */
  current = $state(-1);
  /** A request is scheduled or in flight. */
  pending = $state(false);
  /** Bumped whenever the current match changes, to bring it into view; `smooth` for steps. */
  scrollRequest = $state.raw({ count: 0, smooth: false });
  /** Bumped to ask the find input to take focus. */
  focusRequests = $state(0);
  /** Bumped to ask the open reader to open its find bar, as Ctrl/Cmd+F does (the menu's Find in Article). */
  openRequests = $state(0);
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #anchor: FindAnchor | null = null;

  hasQuery = $derived(this.query.trim() !== '');
  /** The matches on screen belong to what is typed now. */
  settled = $derived(!this.pending && this.resultFor === normalise(this.query));
  currentMatch: SearchMatch | null = $derived(this.matches[this.current] ?? null);

  /**
   * Opens the bar on an article. `query` replaces the last search when given; `anchor` is where
   * the reader is, so the first match shown is the next one from there.
   */
  show(articleId: number, options: { query?: string; anchor?: FindAnchor | null } = {}): void {
    const reopened = this.open && this.articleId === articleId;
    this.open = true;
    this.focusRequests++;
    if (reopened && options.query === undefined) return;
    this.articleId = articleId;
    this.#anchor = options.anchor ?? null;
    this.#reset();
    if (options.query !== undefined) this.query = options.query;
    if (this.hasQuery) {
      this.pending = true;
      void this.#run(++this.#sequence);
    }
  }

  setQuery(query: string): void {
    this.query = query;
    clearTimeout(this.#timer);
    const sequence = ++this.#sequence;
    // Typing on from where the current match is keeps the reader in place.
    if (this.currentMatch) this.#anchor = { paragraph: this.currentMatch.paragraph, start: this.currentMatch.start };
    if (!this.hasQuery || this.articleId === null) {
      this.#reset();
      return;
    }
    this.pending = true;
    this.#timer = setTimeout(() => void this.#run(sequence), findDebounceMs);
  }

  /** Runs the typed query now (Enter before the debounce elapsed). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (!this.hasQuery || this.articleId === null) return;
    this.pending = true;
    await this.#run(++this.#sequence);
  }

  /** Steps through the matches, wrapping around at either end. */
  step(delta: number): void {
    const count = this.matches.length;
    if (count === 0) return;
    const from = this.current < 0 ? (delta > 0 ? -1 : 0) : this.current;
    this.current = (((from + delta) % count) + count) % count;
    this.scrollRequest = { count: this.scrollRequest.count + 1, smooth: true };
  }

  requestOpen(): void {
    this.openRequests++;
  }

  /** Hides the bar and its highlights; the query is kept for next time. */
  close(): void {
    clearTimeout(this.#timer);
    this.#sequence++;
    this.open = false;
    this.pending = false;
    this.matches = [];
    this.resultFor = '';
    this.current = -1;
    this.#anchor = null;
  }

  clear(): void {
    this.close();
    this.articleId = null;
    this.query = '';
    this.focusRequests = 0;
    this.openRequests = 0;
    this.scrollRequest = { count: 0, smooth: false };
  }

  #reset(): void {
    clearTimeout(this.#timer);
    this.pending = false;
    this.matches = [];
    this.resultFor = '';
    this.current = -1;
  }

  async #run(sequence: number): Promise<void> {
    const query = normalise(this.query);
    const id = this.articleId;
    if (id === null) return;
    try {
      const { matches } = await api.searchArticle({ id, query });
      if (sequence !== this.#sequence || !this.open) return;
      const ordered = [...matches].sort(compare);
      const anchor = this.#anchor;
      const next = anchor ? ordered.findIndex((match) => compare(match, anchor) >= 0) : 0;
      this.matches = ordered;
      this.resultFor = query;
      this.current = ordered.length === 0 ? -1 : Math.max(0, next);
      this.scrollRequest = { count: this.scrollRequest.count + 1, smooth: false };
    } catch (error) {
      if (sequence !== this.#sequence) return;
      this.matches = [];
      this.resultFor = '';
      this.current = -1;
      handleError(error, t('error.find'));
    } finally {
      if (sequence === this.#sequence) this.pending = false;
    }
  }
}

export const find = new FindStore();
