/** The library's stories (articles on the same event), as the library groups them. */
import type { StorySummary } from '../../src-main/api/contract.js';
import { api } from '../lib/api-client.js';
import { handleError } from '../lib/handle-error.js';
import { t } from '../lib/i18n/index.js';

class StoriesStore {
  stories = $state.raw<StorySummary[]>([]);
  loaded = $state(false);
  loading = $state(false);
  #sequence = 0;

  /** Stories of two or more articles come first: they are the ones worth comparing. */
  sorted: StorySummary[] = $derived([...this.stories].sort((a, b) => b.articleIds.length - a.articleIds.length || a.label.localeCompare(b.label)));

  async refresh(): Promise<void> {
    const sequence = ++this.#sequence;
    this.loading = true;
    try {
      const { stories } = await api.stories({});
      if (sequence === this.#sequence) this.stories = stories;
    } catch (error) {
      if (sequence === this.#sequence) handleError(error, t('error.groupStories'));
    } finally {
      if (sequence === this.#sequence) {
        this.loading = false;
        this.loaded = true;
      }
    }
  }

  /** The story an article belongs to, if the stories are loaded. */
  storyOf(articleId: number): StorySummary | null {
    return this.stories.find((story) => story.articleIds.includes(articleId)) ?? null;
  }

  clear(): void {
    this.#sequence++;
    this.stories = [];
    this.loaded = false;
    this.loading = false;
  }
}

export const stories = new StoriesStore();
