/**
 * The API's view of a comparison (core/stories/themes.ts): the contract's shape, with the
 * library's figures report of the same articles.
 */
import type { ArticleDetail, ComparisonResult, FiguresReport, StorySummary } from '../../api/contract.js';
import type { StoredStory } from '../storage/stories-store.js';
import { compareArticles } from '../stories/themes.js';

export function storySummary({ id, label, articleIds, edited }: StoredStory): StorySummary {
  return { id, label, articleIds, edited };
}

export function comparisonOf(articles: readonly ArticleDetail[], figures: FiguresReport): ComparisonResult {
  const comparison = compareArticles(articles.map((a) => ({ id: a.id, language: a.language, paragraphs: a.paragraphs })));
  const themeOf = new Map<string, string>();
  for (const t of comparison.themes) for (const m of t.members) themeOf.set(`${m.article}:${m.paragraph}`, t.id);
  return {
    articles: articles.map(({ id, source, title, language, outlet }) => ({ id, source, title, language, outlet })),
    themes: comparison.themes.map(({ id, label, members, anchors }) => ({ id, label, members, anchors })),
    figures: figures.figures,
    coverage: {
      matrix: comparison.coverage.matrix.map(({ theme, perArticle }) => ({ theme, perArticle: Object.fromEntries(Object.entries(perArticle)) })),
      onlyOneSource: comparison.coverage.onlyOneSource,
      disagreements: comparison.coverage.disagreements.map((d) => ({
        theme: d.theme,
        reason: d.reason,
        figures: d.figures.map((f) => ({ article: f.ref.article, paragraph: f.ref.paragraph, text: f.text })),
      })),
    },
    links: comparison.links.map(({ a, b, score, why }) => ({ theme: themeOf.get(`${a.article}:${a.paragraph}`)!, a, b, score, why })),
    names: comparison.names,
    entities: comparison.entities,
  };
}
