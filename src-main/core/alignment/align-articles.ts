/**
 * Aligns two articles, an original and its translation: their titles, headings and body
 * paragraphs cut into sentences (junk left out), the sentence aligner run over each article as a
 * whole (a translator may merge or split paragraphs), the links mapped back to paragraph offsets,
 * and the fidelity check run over the aligned sentences.
 */
import type { AlignedSpan, AlignmentResult, Paragraph } from '../../api/contract.js';
import { alignSentences } from './align-sentences.js';
import { checkFidelity, type FidelitySentence } from './fidelity.js';
import type { SentenceLink } from './links.js';
import { splitSentences } from './split-sentences.js';

export interface AlignableArticle {
  language: string;
  paragraphs: readonly Paragraph[];
}

/** The article's sentences in reading order: a title is one sentence; junk is none. */
export function articleSentences(article: AlignableArticle): FidelitySentence[] {
  const out: FidelitySentence[] = [];
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind === 'junk') continue;
    const spans = paragraph.kind === 'title' ? wholeParagraph(paragraph.text) : splitSentences(paragraph.text, paragraph.language);
    for (const span of spans) out.push({ paragraph: paragraph.index, start: span.start, end: span.end, text: paragraph.text.slice(span.start, span.end), kind: paragraph.kind });
  }
  return out;
}

function wholeParagraph(text: string): Array<{ start: number; end: number }> {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? [{ start, end }] : [];
}

export interface ArticleAlignment extends AlignmentResult {
  /** The links by sentence number, for measures over the alignment (pairing proposals). */
  sentenceLinks: SentenceLink[];
  sourceSentences: FidelitySentence[];
  targetSentences: FidelitySentence[];
}

export function alignArticles(original: AlignableArticle, translation: AlignableArticle): ArticleAlignment {
  const sourceSentences = articleSentences(original);
  const targetSentences = articleSentences(translation);
  const sentenceLinks = alignSentences({
    source: sourceSentences.map((s) => s.text),
    target: targetSentences.map((s) => s.text),
    sourceLanguage: original.language,
    targetLanguage: translation.language,
  });
  const span = (s: FidelitySentence): AlignedSpan => ({ paragraph: s.paragraph, start: s.start, end: s.end });
  const links = sentenceLinks.map((link) => ({ source: link.source.map((i) => span(sourceSentences[i]!)), target: link.target.map((j) => span(targetSentences[j]!)) }));
  const findings = checkFidelity({ source: { language: original.language, sentences: sourceSentences }, target: { language: translation.language, sentences: targetSentences }, links: sentenceLinks });
  return { links, findings, sentenceLinks, sourceSentences, targetSentences };
}

/** What the contract carries: links and findings, without the sentence-number view. */
export function alignmentResult(alignment: ArticleAlignment): AlignmentResult {
  return { links: alignment.links, findings: alignment.findings };
}
