/** The translation view's state: an original and its translation, aligned sentence by sentence, and the fidelity findings. */
import type { ArticleDetail } from '../../src-main/api/contract.js';
import { api } from '../lib/api-client.js';
import { errorMessage, handleError } from '../lib/handle-error.js';
import { t } from '../lib/i18n/index.js';
import { translationRows, type AlignmentFinding, type TranslationRow } from '../lib/translation/rows.js';

class TranslationStore {
  original = $state.raw<ArticleDetail | null>(null);
  translation = $state.raw<ArticleDetail | null>(null);
  rows = $state.raw<TranslationRow[]>([]);
  findings = $state.raw<AlignmentFinding[]>([]);
  loading = $state(false);
  failure = $state<string | null>(null);
  /** The row looked at (hovered, focused or chosen from the findings), or -1. */
  active = $state(-1);
  #sequence = 0;

  async load(original: number, translation: number): Promise<void> {
    const sequence = ++this.#sequence;
    this.loading = true;
    this.failure = null;
    this.active = -1;
    try {
      const [source, target, alignment] = await Promise.all([api.getArticle({ id: original }), api.getArticle({ id: translation }), api.align({ original, translation })]);
      if (sequence !== this.#sequence) return;
      this.original = source;
      this.translation = target;
      this.findings = alignment.findings;
      this.rows = translationRows(source, target, alignment.links, alignment.findings);
    } catch (error) {
      if (sequence !== this.#sequence) return;
      this.failure = errorMessage(error);
      handleError(error, t('translation.errorAlign'));
    } finally {
      if (sequence === this.#sequence) this.loading = false;
    }
  }

  clear(): void {
    this.#sequence++;
    this.original = null;
    this.translation = null;
    this.rows = [];
    this.findings = [];
    this.loading = false;
    this.failure = null;
    this.active = -1;
  }
}

export const translation = new TranslationStore();
