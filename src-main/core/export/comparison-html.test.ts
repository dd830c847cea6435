import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleFigure } from '../../api/contract.js';
import { hostile, hostileInput, sampleStoryInput } from '../../../tests/support/export-fixtures.js';
import { createTempLibrary, type TempLibrary } from '../../../tests/support/temp-library.js';
import { comparisonToHtml } from './comparison-html.js';
import { describeFigure } from './figure-value.js';
import type { ExportInput } from './report-model.js';

const parse = (html: string) => new JSDOM(html).window.document;

/** Every way a document could run code or reach the network. */
function activeContent(document: Document): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'LINK', 'BASE', 'FORM', 'svg', 'VIDEO', 'AUDIO', 'SOURCE'].includes(element.tagName)) found.push(element.tagName);
    for (const attribute of element.attributes) {
      if (/^on/iu.test(attribute.name) || attribute.name === 'src' || attribute.name === 'srcset') found.push(`${element.tagName}[${attribute.name}]`);
      if (attribute.name === 'href' && !attribute.value.startsWith('#')) found.push(`${element.tagName}[href=${attribute.value}]`);
      if (attribute.name === 'style') found.push(`${element.tagName}[style]`);
    }
  }
  return found;
}

describe('the HTML report of the sample story', () => {
  let temp: TempLibrary;
  let input: ExportInput;
  let html: string;
  let document: Document;
  beforeAll(async () => {
    temp = createTempLibrary();
    input = (await sampleStoryInput(temp)).input;
    html = comparisonToHtml(input);
    document = parse(html);
  });
  afterAll(() => temp.dispose());

  it('is one document that runs nothing and loads nothing', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(activeContent(document)).toEqual([]);
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).toMatch(/^default-src 'none';/u);
    expect(policy).not.toMatch(/script-src|unsafe-inline|unsafe-eval/u);
    const styles = document.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    const sheet = styles[0]?.textContent ?? '';
    expect(sheet).not.toMatch(/url\(|@import|@font-face/u);
    // The policy allows exactly this sheet: its hash must be the sheet's.
    const hash = createHash('sha256').update(sheet, 'utf8').digest('base64');
    expect(policy).toContain(`style-src 'sha256-${hash}'`);
  });

  it('names fonts that cover Hebrew, Arabic and Chinese', () => {
    const sheet = document.querySelector('style')?.textContent ?? '';
    for (const face of ['Noto Sans Hebrew', 'Noto Sans Arabic', 'Noto Sans SC', 'system-ui']) expect(sheet).toContain(face);
  });

  it('has one column per article, headed by its title, with the article’s language and direction', () => {
    const headers = [...document.querySelectorAll('table.grid thead th')];
    expect(headers).toHaveLength(input.comparison.articles.length);
    input.comparison.articles.forEach((article, i) => {
      const header = headers[i] as Element;
      expect(header.querySelector('.source-title')?.textContent).toBe(article.title);
      expect(header.getAttribute('lang')).toBe(article.language);
      expect(header.getAttribute('dir')).toBe(article.language === 'he' ? 'rtl' : 'ltr');
    });
    const hebrew = input.comparison.articles.findIndex((a) => a.language === 'he');
    expect(hebrew).toBeGreaterThanOrEqual(0);
    const hebrewCells = [...document.querySelectorAll('table.grid tbody tr:not(.band-label):not(.band-alert)')].map((row) => row.children[hebrew] as Element);
    const covered = hebrewCells.filter((cell) => !cell.classList.contains('absent'));
    expect(covered.length).toBeGreaterThan(0);
    for (const cell of covered) {
      expect(cell.getAttribute('dir')).toBe('rtl');
      for (const paragraph of cell.querySelectorAll('p')) expect(paragraph.getAttribute('dir')).toBe('rtl');
    }
  });

  it('has a band for every theme, labelled, with "not covered" where a source is silent', () => {
    const bands = [...document.querySelectorAll('tbody.band:not(.outside)')];
    expect(bands.map((band) => band.querySelector('.theme-label')?.textContent)).toEqual(input.comparison.themes.map((t) => t.label));
    input.comparison.themes.forEach((theme, t) => {
      const cells = [...(bands[t]?.querySelectorAll('td.cell') ?? [])];
      expect(cells).toHaveLength(input.comparison.articles.length);
      input.comparison.articles.forEach((article, i) => {
        const members = theme.members.filter((m) => m.article === article.id).length;
        const cell = cells[i] as Element;
        if (members === 0) expect(cell.textContent).toBe('not covered');
        else expect(cell.querySelectorAll('p')).toHaveLength(members);
      });
    });
  });

  it('shows every paragraph but junk exactly once', () => {
    for (const [i, article] of input.articles.entries()) {
      const column = [...document.querySelectorAll('table.grid tbody tr:not(.band-label):not(.band-alert)')].map((row) => row.children[i] as Element);
      const shown = column.flatMap((cell) => [...cell.querySelectorAll('p')].map((p) => p.textContent));
      const expected = article.paragraphs.filter((p) => p.kind !== 'junk').map((p) => `¶${p.index}${p.text}`);
      expect(shown.sort()).toEqual(expected.sort());
    }
  });

  it('marks every figure by kind with its normalised value, and every internal link lands on an element', () => {
    const marks = [...document.querySelectorAll('mark.fig')];
    expect(marks.length).toBeGreaterThan(20);
    for (const figure of input.comparison.figures) {
      const mark = document.getElementById(`fig-${figure.article}-${figure.paragraph}-${figure.start}`);
      expect(mark?.tagName, figure.text).toBe('MARK');
      expect(mark?.classList.contains(`kind-${figure.kind}`)).toBe(true);
      expect(mark?.getAttribute('title')).toBe(describeFigure(figure));
      expect(mark?.textContent).toBe(figure.text);
    }
    const links = [...document.querySelectorAll('a[href^="#"]')];
    expect(links.length).toBeGreaterThan(marks.length);
    for (const link of links) expect(document.getElementById(link.getAttribute('href')?.slice(1) ?? ''), link.getAttribute('href') ?? '').not.toBeNull();
    expect(new Set([...document.querySelectorAll('[id]')].map((e) => e.id)).size).toBe(document.querySelectorAll('[id]').length);
  });

  it('links the figures of one group to each other through their row in the figures table', () => {
    const groups = new Map<string, ArticleFigure[]>();
    for (const f of input.comparison.figures) if (f.group !== null) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
    const acrossSources = [...groups.values()].filter((members) => new Set(members.map((f) => f.article)).size > 1);
    expect(acrossSources.length).toBeGreaterThan(0);
    for (const members of acrossSources) {
      const rows = new Set(members.map((f) => document.getElementById(`fig-${f.article}-${f.paragraph}-${f.start}`)?.querySelector('a')?.getAttribute('href')));
      expect(rows.size).toBe(1);
      const row = document.getElementById([...rows][0]?.slice(1) ?? '');
      expect(row?.tagName).toBe('TR');
      const targets = [...(row?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
      expect(targets.sort()).toEqual(members.map((f) => `#fig-${f.article}-${f.paragraph}-${f.start}`).sort());
      // The style sheet outlines the whole group when one of its figures is the target.
      const group = [...(row?.classList ?? [])][0];
      expect(document.querySelector('style')?.textContent).toContain(`:root:has(#${row?.id}:target, mark.${group}:target) mark.${group}`);
    }
  });

  it('shades a coverage heat map and says what each source leaves out', () => {
    const heatRows = document.querySelectorAll('table.heat tbody tr');
    expect(heatRows).toHaveLength(input.comparison.themes.length);
    const shares = input.comparison.coverage.matrix.flatMap((row) => input.comparison.articles.map((a) => row.perArticle[String(a.id)] ?? 0));
    const cells = [...document.querySelectorAll('table.heat td')];
    expect(cells.map((c) => (c.className === 'heat-0' ? 0 : Number(c.className.replace('heat-', ''))) > 0)).toEqual(shares.map((share) => share > 0));
    expect(document.querySelectorAll('ul.left-out li')).toHaveLength(input.comparison.articles.length);
  });

  it('is the same file for the same comparison and date', () => {
    expect(comparisonToHtml(input)).toBe(html);
  });
});

describe('the HTML report of hostile articles', () => {
  let temp: TempLibrary;
  let input: ExportInput;
  let document: Document;
  beforeAll(() => {
    ({ temp, input } = hostileInput());
    document = parse(comparisonToHtml(input));
  });
  afterAll(() => temp.dispose());

  it('shows markup from articles as text and runs none of it', () => {
    expect(activeContent(document)).toEqual([]);
    const text = document.body.textContent ?? '';
    expect(text).toContain(hostile.script);
    expect(text).toContain(hostile.attribute);
    expect(text).toContain('[x](javascript:alert(3))');
    expect(document.querySelector('.source-title')?.textContent).toBe(input.comparison.articles[0]?.title);
  });

  it('keeps a right-to-left override inside the element that holds it', () => {
    const walker = document.createTreeWalker(document.body, 4 /* text nodes */);
    let overrides = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes('\u202E')) continue;
      overrides++;
      // An element with `dir`, or a <bdi>, isolates its content from the text around it.
      expect(node.parentElement?.closest('[dir], bdi, td, th, li, p')).not.toBeNull();
      expect(node.parentElement?.closest('[dir], bdi')).not.toBeNull();
    }
    expect(overrides).toBeGreaterThan(5);
    expect(document.title).not.toContain('\u202E');
  });

  it('flags the figures that disagree, in their band and in the list', () => {
    const band = document.querySelector('tbody.band');
    expect(band?.querySelector('.band-alert')?.textContent).toContain(input.comparison.coverage.disagreements[0]?.reason);
    const disputed = [...document.querySelectorAll('mark.fig.disputed')].map((m) => m.textContent);
    expect(disputed.sort()).toEqual(input.comparison.coverage.disagreements[0]?.figures.map((f) => f.text).sort());
    expect(document.querySelectorAll('ul.disagreements li')).toHaveLength(input.comparison.coverage.disagreements.length);
  });
});

describe('the HTML report of a comparison without themes or figures', () => {
  it('still says so in a readable page', () => {
    const article = { id: 1, source: 'a.txt', title: 'Only one', language: 'und', outlet: null, published: null, words: 2, importedAt: '' };
    const html = comparisonToHtml({
      comparison: { articles: [article], themes: [], figures: [], coverage: { matrix: [], onlyOneSource: [], disagreements: [] } },
      articles: [{ ...article, paragraphs: [{ index: 0, kind: 'body', language: 'und', text: 'Two words' }] }],
      generatedAt: new Date(0),
    });
    const document = parse(html);
    expect(document.querySelector('h1')?.textContent).toBe('Comparison of 1 article');
    expect(document.body.textContent).toContain('No figures in these articles.');
    expect(document.querySelector('table.grid td p')?.getAttribute('dir')).toBe('auto');
  });
});
