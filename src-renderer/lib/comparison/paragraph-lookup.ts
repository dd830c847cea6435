/** Per-paragraph lookups the comparison's columns need, built once per comparison. */
import type { ArticleFigure, SearchMatch } from '../../../src-main/api/contract.js';
import { paragraphKey } from './bands.js';

/** `article:paragraph` → that paragraph's figures, in text order. */
export function figuresByParagraph(figures: readonly ArticleFigure[]): Map<string, ArticleFigure[]> {
  const byParagraph = new Map<string, ArticleFigure[]>();
  for (const figure of figures) {
    const key = paragraphKey(figure.article, figure.paragraph);
    const list = byParagraph.get(key) ?? [];
    list.push(figure);
    byParagraph.set(key, list);
  }
  for (const list of byParagraph.values()) list.sort((a, b) => a.start - b.start);
  return byParagraph;
}

/** `article:paragraph` → the search matches in that paragraph. */
export function matchesByParagraph(matches: ReadonlyMap<number, readonly SearchMatch[]>): Map<string, SearchMatch[]> {
  const byParagraph = new Map<string, SearchMatch[]>();
  for (const [article, list] of matches) {
    for (const match of list) {
      const key = paragraphKey(article, match.paragraph);
      const entries = byParagraph.get(key) ?? [];
      entries.push(match);
      byParagraph.set(key, entries);
    }
  }
  return byParagraph;
}

export const none: readonly never[] = Object.freeze([]);
