/** Per-paragraph lookups the comparison's columns need, built once per comparison. */
import type { ArticleFigure, ComparisonName, SearchMatch } from '../../../src-main/api/contract.js';
import { paragraphKey } from './bands.js';

/** `article:paragraph` → that paragraph's figures (or names), in text order. */
export function byParagraph<T extends ArticleFigure | ComparisonName>(items: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const item of items) {
    const key = paragraphKey(item.article, item.paragraph);
    const list = grouped.get(key) ?? [];
    list.push(item);
    grouped.set(key, list);
  }
  for (const list of grouped.values()) list.sort((a, b) => a.start - b.start);
  return grouped;
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
