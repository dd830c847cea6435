import { describe, expect, it } from 'vitest';
import { exportComparison, exportFileName } from './export-comparison.js';

const date = new Date('2025-12-04T23:59:00Z');

describe('exportFileName', () => {
  it('names the story or the articles, and the day', () => {
    expect(exportFileName({ story: 's1' }, date, 'html')).toBe('parallax-story-s1-2025-12-04.html');
    expect(exportFileName({ ids: [3, 1, 2] }, date, 'csv')).toBe('parallax-articles-3-1-2-2025-12-04.csv');
    expect(exportFileName({ ids: Array.from({ length: 20 }, (_, i) => i + 1) }, date, 'md')).toBe('parallax-20-articles-2025-12-04.md');
  });

  it('keeps only characters every file system accepts', () => {
    expect(exportFileName({ story: '../../etc/passwd' }, date, 'md')).toBe('parallax-story-_etc_passwd-2025-12-04.md');
  });
});

describe('exportComparison', () => {
  const article = { id: 1, source: 'a.txt', title: 'A', language: 'en', outlet: null };
  const input = {
    comparison: { articles: [article], themes: [], figures: [], coverage: { matrix: [], onlyOneSource: [], disagreements: [] } },
    articles: [{ ...article, published: null, words: 1, importedAt: '', paragraphs: [] }],
    generatedAt: date,
  };

  it('gives each format its media type and extension', () => {
    expect(exportComparison(input, 'html', { ids: [1] })).toMatchObject({ fileName: 'parallax-articles-1-2025-12-04.html', mimeType: 'text/html;charset=utf-8' });
    expect(exportComparison(input, 'md', { ids: [1] })).toMatchObject({ fileName: 'parallax-articles-1-2025-12-04.md', mimeType: 'text/markdown;charset=utf-8' });
    const csv = exportComparison(input, 'csv', { ids: [1] });
    expect(csv).toMatchObject({ fileName: 'parallax-articles-1-2025-12-04.csv', mimeType: 'text/csv;charset=utf-8' });
    expect(csv.content.startsWith('\uFEFFtable,')).toBe(true);
  });
});
