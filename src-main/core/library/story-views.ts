/**
 * Stories and comparisons over the library's articles, computed on request from the pure
 * stories module (core/stories). Nothing is cached yet: a comparison of a handful of articles
 * takes well under a second.
 */
import type { ArticleDetail, ComparisonResult, FiguresReport, StorySummary } from '../../api/contract.js';
import { groupIntoStories } from '../stories/stories.js';
import { compareArticles } from '../stories/themes.js';

export function storiesOf(articles: readonly ArticleDetail[]): StorySummary[] {
  return groupIntoStories(
    articles.map((a) => ({ id: a.id, language: a.language, published: a.published, paragraphs: a.paragraphs })),
  ).map(({ id, label, articleIds }) => ({ id, label, articleIds }));
}

export function comparisonOf(articles: readonly ArticleDetail[], figures: FiguresReport): ComparisonResult {
  const comparison = compareArticles(articles.map((a) => ({ id: a.id, language: a.language, paragraphs: a.paragraphs })));
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
  };
}
