import { describe, expect, it } from 'vitest';
import type { ArticleAlignment } from './align-articles.js';
import type { FidelitySentence } from './fidelity.js';
import type { SentenceLink } from './links.js';
import { looksLikeTranslation, translationEvidence } from './translation-likelihood.js';

const sentence = (text: string, paragraph: number): FidelitySentence => ({ paragraph, start: 0, end: text.length, text });

function alignment(source: string[], target: string[], links: SentenceLink[]): ArticleAlignment {
  return { links: [], findings: [], sentenceLinks: links, sourceSentences: source.map(sentence), targetSentences: target.map(sentence) };
}

const oneToOne = (n: number): SentenceLink[] => Array.from({ length: n }, (_, i) => ({ source: [i], target: [i] }));
/** Sentences of these many words, with a figure in some: what a translation keeps in step. */
const words = (count: number, seed: string) => Array.from({ length: count }, (_, i) => seed + String.fromCharCode(97 + (i % 26))).join(' ') + '.';
const lengths = [4, 18, 9, 30, 6, 22, 12, 40];

describe('translationEvidence', () => {
  it('sees a translation in one-to-one links whose lengths rise and fall together', () => {
    const source = lengths.map((n, i) => words(n, 'wort') + (i === 2 ? ' 1250 Meter.' : ''));
    const target = lengths.map((n, i) => words(Math.round(n * 1.2), 'mot') + (i === 2 ? ' 1 250 mètres.' : ''));
    const aligned = alignment(source, target, oneToOne(lengths.length));
    const evidence = translationEvidence(aligned, 'de', 'fr');
    expect(evidence.oneToOne).toBe(1);
    expect(evidence.lengthCorrelation).toBeGreaterThan(0.95);
    expect(evidence.figuresKept).toBe(1);
    expect(looksLikeTranslation(evidence, aligned)).toBe(true);
  });

  it('does not when the linked lengths are unrelated, or when links are rarely one to one', () => {
    const source = lengths.map((n) => words(n, 'word'));
    const shuffled = [30, 6, 40, 4, 22, 9, 18, 12].map((n) => words(n, 'mot'));
    const unrelated = alignment(source, shuffled, oneToOne(lengths.length));
    expect(looksLikeTranslation(translationEvidence(unrelated, 'en', 'fr'), unrelated)).toBe(false);
    const target = lengths.map((n) => words(n, 'mot'));
    const merged: SentenceLink[] = [{ source: [0, 1], target: [0] }, { source: [2], target: [1, 2] }, { source: [3, 4], target: [3, 4] }, { source: [5], target: [5] }, { source: [6, 7], target: [6, 7] }];
    const loose = alignment(source, target, merged);
    expect(translationEvidence(loose, 'en', 'fr').oneToOne).toBeCloseTo(0.2);
    expect(looksLikeTranslation(translationEvidence(loose, 'en', 'fr'), loose)).toBe(false);
  });

  it('does not judge articles of fewer than four sentences', () => {
    const short = alignment(['One.', 'Two here.', 'Three words here.'], ['Un.', 'Deux ici.', 'Trois mots ici.'], oneToOne(3));
    expect(looksLikeTranslation(translationEvidence(short, 'en', 'fr'), short)).toBe(false);
  });
});
