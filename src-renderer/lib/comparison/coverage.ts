/** Who covered what: the heat map's cells and each source's omissions. */
import type { ComparisonResult } from '../../../src-main/api/contract.js';

export interface Omission {
  article: number;
  /** Themes other sources cover that this one does not. */
  themes: Array<{ id: string; label: string; coveredBy: number }>;
}

/** Coverage share of one article on one theme (0 when absent). */
export function share(comparison: ComparisonResult, theme: string, article: number): number {
  const row = comparison.coverage.matrix.find((entry) => entry.theme === theme);
  return row?.perArticle[String(article)] ?? 0;
}

/** Per article, the themes covered by at least one other source and not by it, widest first. */
export function omissions(comparison: ComparisonResult): Omission[] {
  return comparison.articles.map((article) => {
    const themes = comparison.themes
      .map((theme) => {
        const row = comparison.coverage.matrix.find((entry) => entry.theme === theme.id);
        const coveredBy = comparison.articles.filter((other) => (row?.perArticle[String(other.id)] ?? 0) > 0).length;
        const own = row?.perArticle[String(article.id)] ?? 0;
        return { id: theme.id, label: theme.label, coveredBy, own };
      })
      .filter((theme) => theme.own === 0 && theme.coveredBy > 0)
      .sort((a, b) => b.coveredBy - a.coveredBy)
      .map(({ id, label, coveredBy }) => ({ id, label, coveredBy }));
    return { article: article.id, themes };
  });
}

/** A heat level 0–4 for a share, so cells are told apart by more than colour (the level is also printed). */
export function heatLevel(value: number): 0 | 1 | 2 | 3 | 4 {
  if (value <= 0) return 0;
  if (value < 0.1) return 1;
  if (value < 0.25) return 2;
  if (value < 0.5) return 3;
  return 4;
}
