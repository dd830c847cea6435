/**
 * Connectors between linked paragraphs of neighbouring columns in the original-flow layout: each
 * paragraph on a theme is tied to the paragraph on the same theme in the next column that sits at
 * the nearest relative position, so a theme spread over several paragraphs draws a few lines, not
 * every pair.
 */
export interface PlacedParagraph {
  theme: string;
  /** Position of the paragraph within its article, 0…1. */
  position: number;
  key: string;
}

export interface Connector {
  from: string;
  to: string;
  theme: string;
}

export function connectNeighbours(left: readonly PlacedParagraph[], right: readonly PlacedParagraph[]): Connector[] {
  const byTheme = new Map<string, PlacedParagraph[]>();
  for (const paragraph of right) {
    const list = byTheme.get(paragraph.theme) ?? [];
    list.push(paragraph);
    byTheme.set(paragraph.theme, list);
  }
  const connectors: Connector[] = [];
  const seen = new Set<string>();
  const add = (from: PlacedParagraph, to: PlacedParagraph): void => {
    const id = `${from.key}>${to.key}`;
    if (seen.has(id)) return;
    seen.add(id);
    connectors.push({ from: from.key, to: to.key, theme: from.theme });
  };
  const nearest = (target: PlacedParagraph, candidates: readonly PlacedParagraph[]): PlacedParagraph =>
    candidates.reduce((best, candidate) => (Math.abs(candidate.position - target.position) < Math.abs(best.position - target.position) ? candidate : best));

  for (const paragraph of left) {
    const candidates = byTheme.get(paragraph.theme);
    if (candidates) add(paragraph, nearest(paragraph, candidates));
  }
  // Every right-hand paragraph on a shared theme gets at least one line too.
  const leftByTheme = new Map<string, PlacedParagraph[]>();
  for (const paragraph of left) leftByTheme.set(paragraph.theme, [...(leftByTheme.get(paragraph.theme) ?? []), paragraph]);
  for (const paragraph of right) {
    const candidates = leftByTheme.get(paragraph.theme);
    if (candidates && !connectors.some((c) => c.to === paragraph.key)) add(nearest(paragraph, candidates), paragraph);
  }
  return connectors;
}
