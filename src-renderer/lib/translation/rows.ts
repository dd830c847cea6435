/**
 * Turns a sentence alignment into rows for the translation view: each link becomes one row with
 * the original's sentences on one side and the translation's on the other, read out of the
 * paragraphs by their UTF-16 offsets; findings are attached to the rows whose sentences hold them.
 */
import type { ArticleDetail } from '../../../src-main/api/contract.js';

export interface SentenceSpan {
  paragraph: number;
  start: number;
  end: number;
}

export interface FindingSide extends SentenceSpan {
  text: string;
}

export interface AlignmentFinding {
  kind: 'missing' | 'added' | 'changed';
  source: FindingSide | null;
  target: FindingSide | null;
  detail: string;
}

export interface AlignmentLink {
  source: SentenceSpan[];
  target: SentenceSpan[];
}

export interface RowSentence extends SentenceSpan {
  text: string;
  /** Where findings lie inside this sentence (offsets into `text`). */
  marks: Array<{ start: number; end: number; kind: AlignmentFinding['kind'] }>;
}

export interface TranslationRow {
  index: number;
  source: RowSentence[];
  target: RowSentence[];
  findings: AlignmentFinding[];
  /** `1-1`, `2-1`, `1-0`…: how many sentences on each side. */
  type: string;
}

const contains = (span: SentenceSpan, side: FindingSide): boolean => side.paragraph === span.paragraph && side.start >= span.start && side.end <= span.end;

function sentence(article: ArticleDetail, span: SentenceSpan): RowSentence {
  const paragraph = article.paragraphs.find((p) => p.index === span.paragraph);
  return { ...span, text: paragraph?.text.slice(span.start, span.end) ?? '', marks: [] };
}

export function translationRows(original: ArticleDetail, translation: ArticleDetail, links: readonly AlignmentLink[], findings: readonly AlignmentFinding[]): TranslationRow[] {
  const rows = links.map((link, index) => ({
    index,
    source: link.source.map((span) => sentence(original, span)),
    target: link.target.map((span) => sentence(translation, span)),
    findings: [] as AlignmentFinding[],
    type: `${link.source.length}-${link.target.length}`,
  }));
  for (const finding of findings) {
    const row = rows.find((r) => (finding.source && r.source.some((s) => contains(s, finding.source!))) || (finding.target && r.target.some((s) => contains(s, finding.target!))));
    if (!row) continue;
    row.findings.push(finding);
    for (const [side, sentences] of [
      [finding.source, row.source],
      [finding.target, row.target],
    ] as const) {
      const holder = side ? sentences.find((s) => contains(s, side)) : undefined;
      if (side && holder) holder.marks.push({ start: side.start - holder.start, end: side.end - holder.start, kind: finding.kind });
    }
  }
  return rows;
}
