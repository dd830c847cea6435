import { describe, expect, it } from 'vitest';
import type { ArticleDetail, ArticleFigure, ComparisonResult } from '../../api/contract.js';
import { buildReportModel, figuresInParagraph } from './report-model.js';

const figure = (article: number, paragraph: number, start: number, text: string, group: string | null, kind: ArticleFigure['kind'] = 'count'): ArticleFigure => ({
  article,
  paragraph,
  start,
  end: start + text.length,
  text,
  kind,
  value: Number.parseFloat(text) || null,
  unit: null,
  group,
});

const detail = (id: number, language: string, texts: string[]): ArticleDetail => ({
  id,
  source: `${id}.txt`,
  title: `Article ${id}`,
  language,
  outlet: null,
  published: null,
  words: 10,
  importedAt: '2025-01-01T00:00:00Z',
  paragraphs: texts.map((text, index) => ({ index, kind: index === 0 ? 'title' : text === '|' ? 'junk' : 'body', language, text })),
});

// Three sources; a theme all but the third cover, a theme only the third covers.
const articles = [detail(1, 'en', ['Title one', '5 ships and 7 ports', '|']), detail(2, 'he', ['כותרת', '5 ספינות']), detail(3, 'fr', ['Titre', '7 ports', 'Et 9 quais'])];
const comparison: ComparisonResult = {
  articles: articles.map(({ id, source, title, language, outlet }) => ({ id, source, title, language, outlet })),
  themes: [
    { id: 't1', label: 'ships', members: [{ article: 1, paragraph: 1 }, { article: 2, paragraph: 1 }], anchors: [] },
    { id: 't2', label: 'quays', members: [{ article: 3, paragraph: 2 }, { article: 1, paragraph: 1 }], anchors: [] },
  ],
  figures: [figure(3, 2, 3, '9', null), figure(1, 1, 0, '5', 'g-five'), figure(2, 1, 0, '5', 'g-five'), figure(1, 1, 12, '7', 'g-seven'), figure(3, 1, 0, '7', 'g-seven')],
  coverage: { matrix: [{ theme: 't1', perArticle: { '1': 1, '2': 1, '3': 0 } }], onlyOneSource: ['t2'], disagreements: [] },
};
const model = buildReportModel({ comparison, articles, generatedAt: new Date(0) });

describe('buildReportModel', () => {
  it('keeps the sources in the comparison’s order, with short unique labels and directions', () => {
    expect(model.sources.map((s) => [s.label, s.direction])).toEqual([
      ['#1 Article 1 (en)', 'ltr'],
      ['#2 Article 2 (he)', 'rtl'],
      ['#3 Article 3 (fr)', 'ltr'],
    ]);
    expect(model.title).toBe('Comparison of 3 articles');
  });

  it('places each paragraph in one theme only, and keeps the rest but junk outside the themes', () => {
    expect(model.themes[0]?.cells.map((c) => c.paragraphs.map((p) => p.index))).toEqual([[1], [1], []]);
    // Article 1's paragraph 1 is in the first theme already.
    expect(model.themes[1]?.cells.map((c) => c.paragraphs.map((p) => p.index))).toEqual([[], [], [2]]);
    expect(model.outsideThemes.map((list) => list.map((p) => p.index))).toEqual([[0], [0], [0, 1]]);
    expect(model.themes.map((t) => t.onlyOneSource)).toEqual([false, true]);
    expect(model.themes[1]?.cells.map((c) => c.share)).toEqual([0, 0, 0]);
  });

  it('gives one figures row per group, groups before single figures, each figure under its source', () => {
    expect(model.figureRows.map((r) => [r.anchor, r.group, r.sourceCount])).toEqual([
      ['figures-g1', 'g-five', 2],
      ['figures-g2', 'g-seven', 2],
      ['figures-f1', null, 1],
    ]);
    expect(model.figureRows[1]?.perSource.map((list) => list.map((f) => f.text))).toEqual([['7'], [], ['7']]);
  });

  it('says what each source leaves out: themes others cover, figures two others state', () => {
    expect(model.leftOut.map((l) => l.themes.map((t) => t.id))).toEqual([['t2'], ['t2'], ['t1']]);
    expect(model.leftOut.map((l) => l.figureRows.map((r) => r.group))).toEqual([[], ['g-seven'], ['g-five']]);
  });
});

describe('figuresInParagraph', () => {
  it('keeps a paragraph’s figures in order, dropping overlaps and spans outside the text', () => {
    const paragraph = { index: 0, kind: 'body' as const, language: 'en', text: 'about 5 to 7 ships' };
    const figures = [figure(1, 0, 11, '7', null), figure(1, 0, 6, '5 to 7', null, 'range'), figure(1, 0, 6, '5', null), figure(1, 0, 40, 'far', null), figure(2, 0, 6, '5', null)];
    expect(figuresInParagraph(figures, 1, paragraph).map((f) => f.text)).toEqual(['5 to 7']);
  });
});
