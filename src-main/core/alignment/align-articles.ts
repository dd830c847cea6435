/**
 * An article and its translation, aligned sentence by sentence: each paragraph (junk left out) is
 * split into sentences in its own language, the two lists are aligned, and every sentence is
 * given back as its paragraph index and UTF-16 offsets into that paragraph's text, as `getArticle`
 * returns them. The fidelity check then runs over the links.
 */
import type { AlignmentSummary, ParagraphKind } from '../../api/contract.js';
import { extractFigures } from '../figures/extract-figures.js';
import { alignSentencesWithCoverage } from './align-sentences.js';
import { checkFidelity, namesOfPair, type ArticleLink, type Finding, type PlacedFigure, type SentenceRef } from './fidelity.js';
import { splitSentences } from './split-sentences.js';

export interface ArticleText {
  language: string;
  paragraphs: ReadonlyArray<{ kind: ParagraphKind; language: string; text: string }>;
}

export interface ArticleAlignmentResult {
  links: ArticleLink[];
  findings: Finding[];
  summary: AlignmentSummary;
}

export function articleSentences(article: ArticleText): { refs: SentenceRef[]; texts: string[] } {
  const refs: SentenceRef[] = [];
  const texts: string[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === 'junk') return;
    for (const span of splitSentences(paragraph.text, paragraph.language || article.language)) {
      refs.push({ paragraph: index, start: span.start, end: span.end });
      texts.push(paragraph.text.slice(span.start, span.end));
    }
  });
  return { refs, texts };
}

function figuresOf(article: ArticleText): PlacedFigure[] {
  return article.paragraphs.flatMap((p, paragraph) => (p.kind === 'junk' ? [] : extractFigures(p.text, p.language || article.language).map((f) => ({ ...f, paragraph }))));
}

/**
 * Aligns `translation` with `original`. Figures may be given (the library stores them); otherwise
 * they are extracted here.
 */
export function alignArticles(original: ArticleText, translation: ArticleText, figures?: { original: PlacedFigure[]; translation: PlacedFigure[] }): ArticleAlignmentResult {
  const source = articleSentences(original);
  const target = articleSentences(translation);
  const { links: sentenceLinks, coverage, contrast } = alignSentencesWithCoverage({ source: source.texts, target: target.texts, sourceLanguage: original.language, targetLanguage: translation.language });
  const links: ArticleLink[] = sentenceLinks.map((link) => ({ source: link.source.map((i) => source.refs[i]!), target: link.target.map((j) => target.refs[j]!) }));
  const placed = figures ?? { original: figuresOf(original), translation: figuresOf(translation) };
  const names = namesOfPair(original.paragraphs, translation.paragraphs);
  const findings = checkFidelity(
    links,
    { figures: placed.original, names: names.original, paragraphs: original.paragraphs.map((p) => p.text) },
    { figures: placed.translation, names: names.translation, paragraphs: translation.paragraphs.map((p) => p.text) },
  );
  const figureFindings = findings.filter((f) => f.item === 'figure');
  const totalFigures = placed.original.length + placed.translation.length;
  const unexplained = figureFindings.filter((f) => f.kind !== 'changed').length + 2 * figureFindings.filter((f) => f.kind === 'changed').length;
  return {
    links,
    findings,
    summary: {
      sourceSentences: source.texts.length,
      targetSentences: target.texts.length,
      oneToOne: sentenceLinks.filter((l) => l.source.length === 1 && l.target.length === 1).length,
      unaligned: sentenceLinks.filter((l) => l.source.length === 0 || l.target.length === 0).length,
      coverage,
      contrast,
      figures: totalFigures,
      matchedFigures: Math.max(0, totalFigures - unexplained),
    },
  };
}
