import { describe, expect, it } from 'vitest';
import { loadSampleStory, sharedAvailable } from '../../../scripts/bench/stories-bench.js';
import { compareArticles, type CompareArticle } from './themes.js';

const article = (id: number, language: string, texts: Array<[CompareArticle['paragraphs'][number]['kind'], string]>): CompareArticle => ({
  id,
  language,
  paragraphs: texts.map(([kind, text], index) => ({ index, kind, language, text })),
});

describe('compareArticles on small articles', () => {
  const a = article(1, 'en', [
    ['title', 'Acme raises money'],
    ['body', 'Acme Robotics raised $500 million from Northwind Capital to build warehouse robots in Ohio.'],
    ['heading', 'The factory'],
    ['body', 'The Ohio factory of Acme Robotics will employ 2,000 workers by 2027, said Dana Whitfield.'],
    ['junk', 'Read more'],
  ]);
  const b = article(2, 'fr', [
    ['body', 'Acme Robotics a levé 520 millions de dollars auprès de Northwind Capital pour ses robots.'],
    ['body', "L'usine de l'Ohio emploiera 2 000 salariés en 2027, selon Dana Whitfield."],
  ]);
  const result = compareArticles([a, b]);

  it('forms themes across languages from names and figures, keeping titles, headings and junk out', () => {
    expect(result.themes.length).toBeGreaterThan(0);
    const members = result.themes.flatMap((t) => t.members);
    expect(members.some((m) => m.article === 1 && [0, 2, 4].includes(m.paragraph))).toBe(false);
    const factory = result.themes.find((t) => t.members.some((m) => m.article === 1 && m.paragraph === 3));
    expect(factory?.members).toContainEqual({ article: 2, paragraph: 1 });
    expect(factory?.label).toMatch(/Whitfield|Ohio|2,000|2027/);
  });

  it('explains links with the shared anchors', () => {
    const link = result.links.find((l) => l.a.article === 1 && l.a.paragraph === 3);
    expect(link?.why.join(' ')).toMatch(/Whitfield|Ohio|2,000|2027/);
  });

  it('lists every name with its offsets and one entity across articles', () => {
    const whitfield = result.names.filter((n) => n.text.includes('Whitfield'));
    expect(new Set(whitfield.map((n) => n.article))).toEqual(new Set([1, 2]));
    expect(new Set(whitfield.map((n) => n.entity)).size).toBe(1);
    const texts = new Map([a, b].flatMap((x) => x.paragraphs.map((p) => [`${x.id}:${p.index}`, p.text] as const)));
    for (const n of result.names) expect(texts.get(`${n.article}:${n.paragraph}`)!.slice(n.start, n.end)).toBe(n.text);
    const entity = result.entities.find((e) => e.id === whitfield[0]!.entity);
    expect(entity?.articles).toEqual([1, 2]);
  });

  it('attaches headings and junk to their sections', () => {
    const section = result.sections.find((s) => s.article === 1 && s.heading === 2);
    expect(section?.body).toEqual([3]);
    expect(section?.attached).toEqual([2, 4]);
    expect(section?.theme).toBe(result.themes.find((t) => t.members.some((m) => m.article === 1 && m.paragraph === 3))?.id ?? null);
  });

  it('reports figures shared across articles and figures that disagree within a theme', () => {
    expect(result.figures.some((f) => f.articles.length === 2)).toBe(true);
    const money = result.coverage.disagreements.find((d) => d.figures.some((f) => f.kind === 'money'));
    expect(money?.figures.map((f) => f.text).join(' ')).toMatch(/500 million/);
    expect(money?.figures.map((f) => f.text).join(' ')).toMatch(/520 millions/);
  });

  it('gives a coverage matrix over every article', () => {
    for (const row of result.coverage.matrix) expect(Object.keys(row.perArticle).sort()).toEqual(['1', '2']);
  });

  it('is deterministic', () => {
    expect(compareArticles([a, b])).toEqual(result);
  });
});

describe.skipIf(!sharedAvailable().sample)('compareArticles on the sample story', () => {
  const story = loadSampleStory();
  const result = compareArticles(story.articles);

  it('finds themes that cut across articles and languages, with labels', () => {
    const multi = result.themes.filter((t) => t.articles.length >= 3);
    expect(multi.length).toBeGreaterThanOrEqual(3);
    for (const t of result.themes) expect(t.label.length).toBeGreaterThan(0);
    // Some theme joins the Hebrew article to an English one.
    expect(result.themes.some((t) => t.articles.includes(1) && (t.articles.includes(2) || t.articles.includes(5)))).toBe(true);
  });

  it('keeps every article in order inside a theme and only body paragraphs', () => {
    const kinds = new Map(story.articles.flatMap((a) => a.paragraphs.map((p) => [`${a.id}:${p.index}`, p.kind] as const)));
    for (const t of result.themes) {
      for (let i = 1; i < t.members.length; i++) {
        const [x, y] = [t.members[i - 1]!, t.members[i]!];
        expect(x.article < y.article || (x.article === y.article && x.paragraph < y.paragraph)).toBe(true);
      }
      for (const m of t.members) expect(kinds.get(`${m.article}:${m.paragraph}`)).toBe('body');
    }
  });

  it('reports the sections of every heading', () => {
    const headings = story.articles.flatMap((a) => a.paragraphs.filter((p) => p.kind === 'heading').map((p) => `${a.id}:${p.index}`));
    const sections = new Set(result.sections.filter((s) => s.heading !== null).map((s) => `${s.article}:${s.heading}`));
    for (const h of headings) expect(sections.has(h)).toBe(true);
  });

  it('gives a name one entity in every script, so a view can highlight it in every column', () => {
    const google = result.entities.find((e) => e.forms.includes('Google'));
    expect(google?.forms.some((f) => /\p{Script=Hebrew}/u.test(f))).toBe(true);
    const scripts = new Set(result.names.filter((n) => n.entity === google!.id).map((n) => (/\p{Script=Hebrew}/u.test(n.text) ? 'hebrew' : 'latin')));
    expect(scripts).toEqual(new Set(['hebrew', 'latin']));
  });

  it('writes labels in the interface language\'s script when the story has that form', () => {
    const hebrew = compareArticles(story.articles, { interfaceLanguage: 'he' });
    expect(hebrew.themes.some((t) => /\p{Script=Hebrew}/u.test(t.label))).toBe(true);
  });
});
