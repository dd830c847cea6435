/**
 * Lays a comparison out in theme bands: one horizontal band per theme, one cell per article, each
 * cell holding that article's paragraphs on the theme in the article's own order.
 *
 * Paragraphs outside every theme are not dropped: a heading travels with the section it opens (the
 * next themed paragraph), and an unlinked body paragraph stays next to the themed paragraph before
 * it, marked as context, so nothing an outlet wrote disappears from the comparison.
 */
import type { ArticleDetail, ComparisonResult } from '../../../src-main/api/contract.js';

export interface BandParagraph {
  index: number;
  /** True for paragraphs outside the band's theme, shown for context (headings, unlinked text). */
  context: boolean;
}

export interface Band {
  /** The theme's id, or `unthemed` for articles that share no theme at all. */
  id: string;
  label: string;
  anchors: string[];
  /** Paragraph lists keyed by article id; an empty list is a theme this source does not cover. */
  cells: Map<number, BandParagraph[]>;
}

export const unthemedBandId = 'unthemed';

type Theme = ComparisonResult['themes'][number];

/** `article:paragraph` → theme id (the first theme listing it, if a paragraph sits in several). */
export function themeOfParagraph(themes: readonly Theme[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const theme of themes) {
    for (const member of theme.members) {
      const key = paragraphKey(member.article, member.paragraph);
      if (!owner.has(key)) owner.set(key, theme.id);
    }
  }
  return owner;
}

export const paragraphKey = (article: number, paragraph: number): string => `${article}:${paragraph}`;

/**
 * Themes in reading order: by the mean relative position (0 = top, 1 = bottom) of their paragraphs
 * in their articles, so a story's opening themes come first whatever the outlets' orders.
 */
export function orderThemes(themes: readonly Theme[], articles: readonly ArticleDetail[]): Theme[] {
  const lengths = new Map(articles.map((article) => [article.id, Math.max(1, article.paragraphs.length - 1)]));
  const position = (theme: Theme): number => {
    const spots = theme.members.filter((m) => lengths.has(m.article)).map((m) => m.paragraph / lengths.get(m.article)!);
    return spots.length === 0 ? 1 : spots.reduce((sum, spot) => sum + spot, 0) / spots.length;
  };
  return themes
    .map((theme, order) => ({ theme, order, position: position(theme) }))
    .sort((a, b) => a.position - b.position || a.order - b.order)
    .map((entry) => entry.theme);
}

/** Titles head their column and junk stays hidden: neither goes into a band. */
const shownInBands = (kind: string): boolean => kind === 'body' || kind === 'heading';

export function buildBands(comparison: ComparisonResult, articles: readonly ArticleDetail[]): Band[] {
  const owner = themeOfParagraph(comparison.themes);
  const ordered = orderThemes(comparison.themes, articles);
  const bands: Band[] = ordered.map((theme) => ({
    id: theme.id,
    label: theme.label,
    anchors: theme.anchors,
    cells: new Map(articles.map((article) => [article.id, [] as BandParagraph[]])),
  }));
  const byId = new Map(bands.map((band) => [band.id, band]));
  const unthemed: Band = { id: unthemedBandId, label: '', anchors: [], cells: new Map(articles.map((a) => [a.id, [] as BandParagraph[]])) };

  for (const article of articles) {
    const shown = article.paragraphs.filter((p) => shownInBands(p.kind));
    const themeAt = shown.map((p) => owner.get(paragraphKey(article.id, p.index)) ?? null);
    for (let i = 0; i < shown.length; i++) {
      const paragraph = shown[i]!;
      const own = themeAt[i];
      const theme = own ?? (paragraph.kind === 'heading' ? nextTheme(themeAt, i) ?? previousTheme(themeAt, i) : previousTheme(themeAt, i) ?? nextTheme(themeAt, i));
      const band = (theme && byId.get(theme)) || unthemed;
      band.cells.get(article.id)!.push({ index: paragraph.index, context: own === null });
    }
  }
  const hasUnthemed = [...unthemed.cells.values()].some((cell) => cell.length > 0);
  return hasUnthemed ? [...bands, unthemed] : bands;
}

function nextTheme(themes: readonly (string | null)[], from: number): string | null {
  for (let i = from + 1; i < themes.length; i++) if (themes[i]) return themes[i]!;
  return null;
}

function previousTheme(themes: readonly (string | null)[], from: number): string | null {
  for (let i = from - 1; i >= 0; i--) if (themes[i]) return themes[i]!;
  return null;
}

/** Whether a cell says something on its band's theme (context paragraphs alone do not count). */
export const coversTheme = (cell: readonly BandParagraph[] | undefined): boolean => !!cell?.some((p) => !p.context);
