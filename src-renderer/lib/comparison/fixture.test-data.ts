/** A small made-up comparison (two articles, two themes) shared by this folder's tests. */
import type { ArticleDetail, ArticleFigure, ComparisonResult, Paragraph } from '../../../src-main/api/contract.js';

const paragraph = (index: number, kind: Paragraph['kind'], text: string, language: string): Paragraph => ({ index, kind, text, language });

const article = (id: number, language: string, paragraphs: Paragraph[]): ArticleDetail => ({
  id,
  source: `${id}.txt`,
  title: paragraphs[0]!.text,
  language,
  outlet: `Outlet ${id}`,
  published: null,
  words: 100,
  importedAt: '2026-01-01T00:00:00Z',
  paragraphs,
});

export const articles: ArticleDetail[] = [
  article(1, 'en', [
    paragraph(0, 'title', 'Harbour bridge costs soar', 'en'),
    paragraph(1, 'body', 'The bridge will cost $2.5 billion, the city said.', 'en'),
    paragraph(2, 'heading', 'Traffic', 'en'),
    paragraph(3, 'body', 'Traffic will fall by 30% once it opens.', 'en'),
    paragraph(4, 'body', 'Residents were not asked.', 'en'),
    paragraph(5, 'junk', 'Subscribe now', 'en'),
  ]),
  article(2, 'he', [
    paragraph(0, 'title', 'עלות הגשר מזנקת', 'he'),
    paragraph(1, 'body', 'הגשר יעלה 2.5 מיליארד דולר.', 'he'),
    paragraph(2, 'body', 'ראש העיר אמר כי יעלה 3 מיליארד דולר.', 'he'),
  ]),
];

const figure = (article: number, paragraphIndex: number, start: number, text: string, value: number, group: string | null): ArticleFigure => ({
  article,
  paragraph: paragraphIndex,
  start,
  end: start + text.length,
  text,
  kind: 'money',
  value,
  unit: 'USD',
  group,
});

export const comparison: ComparisonResult = {
  articles: articles.map(({ id, source, title, language, outlet }) => ({ id, source, title, language, outlet })),
  themes: [
    { id: 't2', label: 'traffic', members: [{ article: 1, paragraph: 3 }], anchors: ['percent'] },
    {
      id: 't1',
      label: 'cost',
      members: [
        { article: 1, paragraph: 1 },
        { article: 2, paragraph: 1 },
        { article: 2, paragraph: 2 },
      ],
      anchors: ['money'],
    },
  ],
  figures: [figure(1, 1, 20, '$2.5 billion', 2.5e9, 'g1'), figure(2, 1, 9, '2.5 מיליארד דולר', 2.5e9, 'g1'), figure(2, 2, 20, '3 מיליארד דולר', 3e9, null)],
  coverage: {
    matrix: [
      { theme: 't1', perArticle: { '1': 0.4, '2': 1 } },
      { theme: 't2', perArticle: { '1': 0.3, '2': 0 } },
    ],
    onlyOneSource: ['t2'],
    disagreements: [
      { theme: 't1', reason: '$2.5 billion ≠ 3 billion', figures: [{ article: 1, paragraph: 1, text: '$2.5 billion' }, { article: 2, paragraph: 2, text: '3 מיליארד דולר' }] },
    ],
  },
};
