/** The library's stories (articles on the same event), as the library groups them. */
import type { StoryEditResult, StorySummary } from '../../src-main/api/contract.js';
import { api } from '../lib/api-client.js';
import { handleError } from '../lib/handle-error.js';
import { t } from '../lib/i18n/index.js';

/** An edit the story dialog asks for: rename or merge a story, or move an article to another story (or a new one). */
export type StoryEdit = { kind: 'rename'; story: string } | { kind: 'merge'; story: string } | { kind: 'move'; article: number };

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

  /** What the story dialog is doing, when it shows. */
  editing = $state.raw<StoryEdit | null>(null);

  /** Runs an edit of the story list; resolves to its result, or null when it failed (already reported). */
  async edit(run: () => Promise<StoryEditResult>, failure: string): Promise<StoryEditResult | null> {
    try {
      const result = await run();
      this.#sequence++;
      this.stories = result.stories;
      this.loaded = true;
      return result;
    } catch (error) {
      handleError(error, failure);
      return null;
    }
  }

  rename(story: string, label: string): Promise<StoryEditResult | null> {
    return this.edit(() => api.renameStory({ story, label }), t('error.renameStory'));
  }

  merge(into: string, from: string): Promise<StoryEditResult | null> {
    return this.edit(() => api.mergeStories({ into, from }), t('error.mergeStories'));
  }

  split(story: string, articleIds: number[]): Promise<StoryEditResult | null> {
    return this.edit(() => api.splitStory({ story, articleIds }), t('error.splitStory'));
  }

  move(article: number, story: string): Promise<StoryEditResult | null> {
    return this.edit(() => api.moveArticle({ article, story }), t('error.moveArticle'));
  }

  /** The story an article belongs to, if the stories are loaded. */
  storyOf(articleId: number): StorySummary | null {
    return this.stories.find((story) => story.articleIds.includes(articleId)) ?? null;
  }

  clear(): void {
    this.#sequence++;
    this.stories = [];
    this.editing = null;
    this.loaded = false;
    this.loading = false;
  }
}

export const stories = new StoriesStore();
