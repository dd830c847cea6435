/**
 * State-based routing: what the main area shows, and a stack of where we came from (with the
 * scroll position to restore). No URLs: the renderer is served from disk in Electron.
 */
import type { SearchMatch } from '../../src-main/api/contract.js';

/** Where to land when an article is opened from a search hit. */
export interface ReaderFocus {
  paragraph: number;
  matches: SearchMatch[];
}

/** What a comparison shows: a story, or articles the user picked. */
export type CompareTarget = { story: string } | { ids: number[] };

export type Route =
  | { name: 'library' }
  | { name: 'search' }
  | { name: 'reader'; id: number; focus: ReaderFocus | null }
  | { name: 'compare'; target: CompareTarget }
  | { name: 'translation'; original: number; translation: number };

interface HistoryEntry {
  route: Route;
  scrollTop: number;
}

const maxHistory = 50;

class RouterStore {
  current = $state.raw<Route>({ name: 'library' });
  /** Scroll position the main area should take after the last navigation (0 for new views). */
  restoreScrollTop = $state(0);
  #history = $state.raw<HistoryEntry[]>([]);
  #scroller: HTMLElement | null = null;

  canGoBack = $derived(this.#history.length > 0);
  previous = $derived(this.#history.at(-1)?.route ?? null);

  /** The element whose scroll position is remembered per history entry. */
  attachScroller(element: HTMLElement | null): void {
    this.#scroller = element;
  }

  go(route: Route): void {
    if (sameRoute(route, this.current)) return;
    const entry = { route: this.current, scrollTop: this.#scroller?.scrollTop ?? 0 };
    this.#history = [...this.#history, entry].slice(-maxHistory);
    this.restoreScrollTop = 0;
    this.current = route;
  }

  /** Changes the view without adding a history entry. */
  replace(route: Route): void {
    this.restoreScrollTop = 0;
    this.current = route;
  }

  back(): boolean {
    const entry = this.#history.at(-1);
    if (!entry) return false;
    this.#history = this.#history.slice(0, -1);
    this.restoreScrollTop = entry.scrollTop;
    this.current = entry.route;
    return true;
  }

  /** Drops history entries pointing at an article that no longer exists. */
  forgetArticle(id: number): void {
    const shows = (route: Route): boolean =>
      (route.name === 'reader' && route.id === id) || (route.name === 'translation' && (route.original === id || route.translation === id));
    this.#history = this.#history.filter((entry) => !shows(entry.route));
  }

  /** Drops history entries pointing at a story that no longer exists (merged away, or emptied). */
  forgetStory(id: string): void {
    this.#history = this.#history.filter((entry) => !(entry.route.name === 'compare' && 'story' in entry.route.target && entry.route.target.story === id));
  }

  clear(): void {
    this.#history = [];
    this.restoreScrollTop = 0;
    this.current = { name: 'library' };
  }
}

function sameRoute(a: Route, b: Route): boolean {
  if (a.name !== b.name) return false;
  if (a.name === 'reader' && b.name === 'reader') return a.id === b.id && a.focus === b.focus;
  if (a.name === 'compare' && b.name === 'compare') return sameTarget(a.target, b.target);
  if (a.name === 'translation' && b.name === 'translation') return a.original === b.original && a.translation === b.translation;
  return true;
}

export function sameTarget(a: CompareTarget, b: CompareTarget): boolean {
  if ('story' in a || 'story' in b) return 'story' in a && 'story' in b && a.story === b.story;
  return a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]);
}

export const router = new RouterStore();
