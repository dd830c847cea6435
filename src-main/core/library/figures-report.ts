/**
 * The figures of a set of articles, linked: the same quantity stated in several articles (in any
 * language) shares a group, and close but different values are reported as discrepancies.
 */
import type { ArticleFigure, FiguresReport } from '../../api/contract.js';
import { linkFigures } from '../figures/link-figures.js';
import type { StoredFigure } from './article-figures.js';

const keyOf = (f: { article: number; paragraph: number; start: number }) => `${f.article}:${f.paragraph}:${f.start}`;

export function figuresReport(figures: readonly StoredFigure[]): FiguresReport {
  const linked = linkFigures(figures.map((figure) => ({ key: keyOf(figure), figure, source: String(figure.article) })));
  const groupSize = new Map(linked.groups.map((group) => [group.id, group.members.length]));
  const reference = (key: string) => {
    const [article, paragraph, start] = key.split(':').map(Number) as [number, number, number];
    return { article, paragraph, start };
  };
  return {
    figures: figures.map(
      (f): ArticleFigure => {
        const group = linked.groupOf[keyOf(f)] ?? null;
        return {
          article: f.article,
          paragraph: f.paragraph,
          start: f.start,
          end: f.end,
          text: f.text,
          kind: f.kind,
          value: f.value,
          unit: f.unit,
          group: group && (groupSize.get(group) ?? 0) > 1 ? group : null,
        };
      },
    ),
    discrepancies: linked.discrepancies.map((d) => ({ a: reference(d.a), b: reference(d.b), reason: d.reason })),
  };
}
