/**
 * The sample story (../shared/corpus/code-red: Hebrew, English ×3, French): every figure of every
 * paragraph, linked across the five articles.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures.js';
import { linkFigures, type LinkItem } from './link-figures.js';

const dir = fileURLToPath(new URL('../../../../shared/corpus/code-red/', import.meta.url));
const languages: Record<string, string> = { '000': 'he', '001': 'en', '002': 'en', '003': 'fr', '004': 'en' };

function load(): LinkItem[] {
  const items: LinkItem[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const article = file.slice(0, 3);
    const paragraphs = readFileSync(`${dir}${file}`, 'utf8').split(/\n/);
    paragraphs.forEach((p, paragraph) => {
      for (const figure of extractFigures(p, languages[article] ?? 'und')) items.push({ key: `${article}:${paragraph}:${figure.start}`, figure, source: article });
    });
  }
  return items;
}

describe.skipIf(!existsSync(dir))('the sample story', () => {
  const items = load();
  const result = linkFigures(items);
  const byText = (article: string, text: string): LinkItem => {
    const it = items.find((x) => x.source === article && x.figure.text === text);
    if (!it) throw new Error(`no figure "${text}" in ${article}`);
    return it;
  };
  const groupOf = (article: string, text: string): string => result.groupOf[byText(article, text).key] as string;

  it('links $1.4 trillion in English and Hebrew', () => {
    expect(groupOf('004', '$1.4 trillion')).toBe(groupOf('000', '1.4 טריליון דולר'));
    expect(groupOf('004', '$1.4 trillion')).toBe('money:USD:1400000000000');
  });

  it('links $500 billion across the three English articles', () => {
    const g = result.groups.find((x) => x.id === 'money:USD:500000000000');
    expect(g?.sources).toEqual(['001', '002', '004']);
  });

  it('links the names across all the articles that cite them', () => {
    expect(result.groups.find((x) => x.id === 'name:gpt4o')?.sources).toEqual(['000', '002', '004']);
    expect(result.groups.find((x) => x.id === 'name:gemini3')?.sources).toEqual(['000', '001', '003', '004']);
    expect(groupOf('000', 'GPT 4o')).toBe(groupOf('002', 'GPT-4o'));
  });

  it('links "hundreds of millions" with "מאות מיליונים" and finds "800 million" compatible with both', () => {
    expect(groupOf('001', 'hundreds of millions')).toBe(groupOf('000', 'מאות מיליונים'));
    const precise = byText('004', '800 million').key;
    expect(result.compatible.some((r) => r.b === precise && r.a === byText('000', 'מאות מיליונים').key)).toBe(true);
    expect(groupOf('001', 'hundreds of millions')).not.toBe(groupOf('004', '800 million'));
  });

  it('keeps apart figures that only look alike', () => {
    expect(groupOf('002', '$14 billion')).not.toBe(groupOf('004', '$1.4 trillion'));
    expect(groupOf('004', 'eight weeks')).not.toBe(groupOf('000', 'פי שמונה'));
    expect(groupOf('002', '20 times')).not.toBe(groupOf('000', 'פי 19'));
    expect(byText('000', 'פי שמונה').figure).toMatchObject({ kind: 'ratio', value: 8 });
    expect(byText('004', 'eight weeks').figure).toMatchObject({ kind: 'duration', value: 8, unit: 'week' });
  });

  it('reads the French article without counting its "une"', () => {
    const fr = items.filter((x) => x.source === '003').map((x) => [x.figure.kind, x.figure.text]);
    expect(fr).toEqual([
      ['name', 'Gemini 3'],
      ['count', 'trois'],
    ]);
  });

  it('finds no figure with the model names’ digits', () => {
    expect(items.some((x) => x.figure.kind !== 'name' && /^(4o|3|5\.2|120b)$/.test(x.figure.text))).toBe(false);
  });
});
