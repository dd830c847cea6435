import { describe, expect, it } from 'vitest';
import type { ArticleDetail } from '../../../src-main/api/contract.js';
import { translationRows } from './rows.js';

const article = (id: number, language: string, texts: string[]): ArticleDetail => ({
  id,
  source: `${id}.txt`,
  title: texts[0]!,
  language,
  outlet: null,
  published: null,
  words: 10,
  importedAt: '2026-01-01T00:00:00Z',
  paragraphs: texts.map((text, index) => ({ index, kind: 'body', language, text })),
});

describe('translationRows', () => {
  const original = article(1, 'de', ['Der Berg ist 4478 m hoch. Wir stiegen auf.', 'Es war kalt.']);
  const translation = article(2, 'fr', ['La montagne mesure 4487 m. Nous sommes montés.', 'Il faisait froid. Très froid.']);

  it('reads each side\'s sentences out of the paragraphs and names the link type', () => {
    const rows = translationRows(
      original,
      translation,
      [
        { source: [{ paragraph: 0, start: 0, end: 25 }], target: [{ paragraph: 0, start: 0, end: 26 }] },
        { source: [{ paragraph: 0, start: 26, end: 42 }], target: [{ paragraph: 0, start: 27, end: 46 }] },
        { source: [{ paragraph: 1, start: 0, end: 12 }], target: [{ paragraph: 1, start: 0, end: 17 }, { paragraph: 1, start: 18, end: 29 }] },
      ],
      [],
    );
    expect(rows.map((r) => r.type)).toEqual(['1-1', '1-1', '1-2']);
    expect(rows[0]!.source[0]!.text).toBe('Der Berg ist 4478 m hoch.');
    expect(rows[2]!.target.map((s) => s.text)).toEqual(['Il faisait froid.', 'Très froid.']);
  });

  it('attaches a finding to the row holding it, with its place inside each sentence', () => {
    const rows = translationRows(
      original,
      translation,
      [{ source: [{ paragraph: 0, start: 0, end: 25 }], target: [{ paragraph: 0, start: 0, end: 26 }] }],
      [{ kind: 'changed', source: { paragraph: 0, start: 13, end: 19, text: '4478 m' }, target: { paragraph: 0, start: 19, end: 25, text: '4487 m' }, detail: '4478 m ≠ 4487 m' }],
    );
    expect(rows[0]!.findings).toHaveLength(1);
    const mark = rows[0]!.source[0]!.marks[0]!;
    expect(rows[0]!.source[0]!.text.slice(mark.start, mark.end)).toBe('4478 m');
    const target = rows[0]!.target[0]!.marks[0]!;
    expect(rows[0]!.target[0]!.text.slice(target.start, target.end)).toBe('4487 m');
  });
});
