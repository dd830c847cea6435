import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../api/contract.js';
import { alignArticles, articleSentences } from './align-articles.js';

const paragraph = (index: number, kind: Paragraph['kind'], language: string, text: string): Paragraph => ({ index, kind, language, text });

const original = {
  language: 'en',
  paragraphs: [
    paragraph(0, 'title', 'en', 'Glacier loses a fifth of its ice. A decade of records'),
    paragraph(1, 'body', 'en', 'The Aletsch glacier lost 20% of its volume since 2010. Scientists measured it every summer.'),
    paragraph(2, 'junk', 'en', 'Subscribe. Share. Print.'),
    paragraph(3, 'body', 'en', 'The melting cost the valley $1.4 trillion in damages, according to Dr. Keller. Tourism fell by 3,000 visitors.'),
  ],
};
const translation = {
  language: 'fr',
  paragraphs: [
    paragraph(0, 'title', 'fr', 'Le glacier perd un cinquième de sa glace. Une décennie de relevés'),
    paragraph(1, 'body', 'fr', "Le glacier d'Aletsch a perdu 20 % de son volume depuis 2010. Les scientifiques l'ont mesuré chaque été."),
    paragraph(2, 'body', 'fr', 'La fonte a coûté 14 milliards de dollars de dégâts à la vallée, selon le Dr Keller. Le tourisme a perdu 3 000 visiteurs.'),
  ],
};

describe('articleSentences', () => {
  it('keeps a title as one sentence, splits the body and leaves junk out', () => {
    const sentences = articleSentences(original);
    expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Glacier loses a fifth of its ice. A decade of records'],
      [1, 'The Aletsch glacier lost 20% of its volume since 2010.'],
      [1, 'Scientists measured it every summer.'],
      [3, 'The melting cost the valley $1.4 trillion in damages, according to Dr. Keller.'],
      [3, 'Tourism fell by 3,000 visitors.'],
    ]);
  });
});

describe('alignArticles', () => {
  const result = alignArticles(original, translation);

  it('links sentences one to one across paragraphs of different numbers, with offsets into each paragraph', () => {
    expect(result.links).toHaveLength(5);
    for (const link of result.links) {
      expect(link.source).toHaveLength(1);
      expect(link.target).toHaveLength(1);
    }
    const last = result.links[4]!;
    const lastText = original.paragraphs[3]!.text;
    const start = lastText.indexOf('Tourism');
    expect(last.source[0]).toEqual({ paragraph: 3, start, end: lastText.length });
    expect(translation.paragraphs[2]!.text.slice(last.target[0]!.start, last.target[0]!.end)).toBe('Le tourisme a perdu 3 000 visiteurs.');
  });

  it('reports the changed amount and nothing else', () => {
    expect(result.findings.map((f) => [f.kind, f.source?.text, f.target?.text])).toEqual([['changed', '$1.4 trillion', '14 milliards de dollars']]);
    expect(result.findings[0]!.source!.paragraph).toBe(3);
    expect(result.findings[0]!.target!.paragraph).toBe(2);
  });
});
