/** The article open in the reader, and the reader's own toggles. */
import type { ApiArgs, ArticleDetail } from '../../src-main/api/contract.js';
import { api } from '../lib/api-client.js';
import { errorMessage, handleError } from '../lib/handle-error.js';
import { t } from '../lib/i18n/index.js';

export type ArticleChanges = Omit<ApiArgs<'updateArticle'>, 'id'>;

class ReaderStore {
  article = $state.raw<ArticleDetail | null>(null);
  loading = $state(false);
  /** Why the last load failed, shown in place of the article. */
  failure = $state<string | null>(null);
  showJunk = $state(false);
  editing = $state(false);
  saving = $state(false);
  #sequence = 0;

  async load(id: number): Promise<void> {
    const sequence = ++this.#sequence;
    if (this.article?.id !== id) this.article = null;
    this.loading = true;
    this.failure = null;
    this.editing = false;
    this.showJunk = false;
    try {
      const article = await api.getArticle({ id });
      if (sequence === this.#sequence) this.article = article;
    } catch (error) {
      if (sequence !== this.#sequence) return;
      this.failure = errorMessage(error);
      handleError(error, t('error.openArticle'));
    } finally {
      if (sequence === this.#sequence) this.loading = false;
    }
  }

  /** Saves metadata; resolves to the updated article, or null when saving failed (already reported). */
  async save(changes: ArticleChanges): Promise<ArticleDetail | null> {
    const current = this.article;
    if (!current) return null;
    this.saving = true;
    try {
      const updated = await api.updateArticle({ id: current.id, ...changes });
      if (this.article?.id === updated.id) this.article = updated;
      this.editing = false;
      return updated;
    } catch (error) {
      handleError(error, t('error.saveDetails'));
      return null;
    } finally {
      this.saving = false;
    }
  }

  clear(): void {
    this.#sequence++;
    this.article = null;
    this.loading = false;
    this.failure = null;
    this.showJunk = false;
    this.editing = false;
    this.saving = false;
  }
}

export const reader = new ReaderStore();
