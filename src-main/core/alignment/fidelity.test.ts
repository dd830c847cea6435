import { describe, expect, it } from 'vitest';
import { alignArticles, type ArticleText } from './align-articles.js';

const article = (language: string, ...paragraphs: string[]): ArticleText => ({ language, paragraphs: paragraphs.map((text) => ({ kind: 'body' as const, language, text })) });

const original = article(
  'en',
  'The company said on Tuesday that it would invest $1.4 trillion in data centres over eight years. Its chief executive, Maria Lindqvist, called it the largest investment in its history.',
  'Shares fell 3% in New York. The first centre will open in Helsinki in 2027.',
);

describe('fidelity check', () => {
  it('finds nothing to report in a faithful translation', () => {
    const faithful = article(
      'fr',
      'L’entreprise a annoncé mardi qu’elle investirait 1 400 milliards de dollars dans des centres de données sur huit ans. Sa directrice générale, Maria Lindqvist, a parlé du plus grand investissement de son histoire.',
      'L’action a perdu 3 % à New York. Le premier centre ouvrira à Helsinki en 2027.',
    );
    expect(alignArticles(original, faithful).findings).toEqual([]);
  });

  it('flags a changed amount, a missing figure, an added one and a dropped name, with offsets on each side', () => {
    const unfaithful = article(
      'fr',
      'L’entreprise a annoncé mardi qu’elle investirait 14 milliards de dollars dans des centres de données. Sa directrice générale a parlé du plus grand investissement de son histoire.',
      'L’action a perdu 3 % à New York, soit 12 milliards de dollars. Le premier centre ouvrira à Helsinki en 2027.',
    );
    const result = alignArticles(original, unfaithful);
    const summary = result.findings.map((f) => `${f.kind} ${f.item} ${f.source?.text ?? '—'} → ${f.target?.text ?? '—'}`);
    expect(summary).toEqual([
      'changed figure $1.4 trillion → 14 milliards de dollars',
      'missing figure eight years → —',
      'missing name Maria Lindqvist → —',
      'added figure — → 12 milliards de dollars',
    ]);
    const changed = result.findings[0]!;
    expect(original.paragraphs[changed.source!.paragraph]!.text.slice(changed.source!.start, changed.source!.end)).toBe('$1.4 trillion');
    expect(unfaithful.paragraphs[changed.target!.paragraph]!.text.slice(changed.target!.start, changed.target!.end)).toBe('14 milliards de dollars');
    expect(changed.detail).toMatch(/rendered as/u);
    // Each finding points at the link it belongs to, and the link holds its sentence.
    const link = result.links[changed.link]!;
    expect(link.source.some((s) => s.paragraph === changed.source!.paragraph && s.start <= changed.source!.start && changed.source!.end <= s.end)).toBe(true);
  });

  it('returns each sentence as paragraph index and UTF-16 offsets into the paragraph', () => {
    const translation = article('he', 'החברה הודיעה ביום שלישי כי תשקיע 1.4 טריליון דולר במרכזי נתונים במשך שמונה שנים. המנכ״לית, מריה לינדקוויסט, כינתה זאת ההשקעה הגדולה בתולדותיה.', 'המניה ירדה ב-3% בניו יורק. המרכז הראשון ייפתח בהלסינקי ב-2027.');
    const result = alignArticles(original, translation);
    expect(result.links.map((l) => [l.source.length, l.target.length])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    expect(result.links.map((l) => translation.paragraphs[l.target[0]!.paragraph]!.text.slice(l.target[0]!.start, l.target[0]!.end))).toEqual([
      'החברה הודיעה ביום שלישי כי תשקיע 1.4 טריליון דולר במרכזי נתונים במשך שמונה שנים.',
      'המנכ״לית, מריה לינדקוויסט, כינתה זאת ההשקעה הגדולה בתולדותיה.',
      'המניה ירדה ב-3% בניו יורק.',
      'המרכז הראשון ייפתח בהלסינקי ב-2027.',
    ]);
    expect(result.findings.filter((f) => f.item === 'figure')).toEqual([]);
  });
});
