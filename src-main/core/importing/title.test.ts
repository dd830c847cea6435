import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentPlainText } from './segment.js';
import { inferTitle, nameWithoutExtension, shorten } from './title.js';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/code-red/${name}`, import.meta.url), 'utf8');

describe('inferTitle', () => {
  it('takes the title paragraph when there is one', () => {
    const paragraphs = segmentPlainText(corpus('003_f06ce34e67cddb2b.txt'));
    expect(inferTitle(paragraphs, '003.txt')).toBe('Sam Altman (OpenAI) déclenche une opération Code Red sur ChatGPT');
  });

  it('takes a heading that comes first, past leading junk', () => {
    expect(
      inferTitle(
        [
          { kind: 'junk', text: '|' },
          { kind: 'heading', text: 'A Heading First' },
          { kind: 'body', text: 'Body.' },
        ],
        'x.txt',
      ),
    ).toBe('A Heading First');
  });

  it('does not take a heading that follows body text', () => {
    expect(
      inferTitle(
        [
          { kind: 'body', text: 'Short opening sentence. And more.' },
          { kind: 'heading', text: 'Later Heading' },
        ],
        'x.txt',
      ),
    ).toBe('Short opening sentence');
  });

  it('shortens the first sentence of the first paragraph at a word boundary', () => {
    const title = inferTitle(segmentPlainText(corpus('001_380dfcd3d742354b.txt')), '001.txt');
    expect(title).toBe('According to the Financial Times, OpenAI, which once held an absolute leading position in…');
    expect(Array.from(title).length).toBeLessThanOrEqual(90);
  });

  it('shortens Hebrew the same way', () => {
    const title = inferTitle(segmentPlainText(corpus('000_be4929c85bf45a3d.txt')), '000.txt');
    expect(title.endsWith('…')).toBe(true);
    expect(Array.from(title).length).toBeLessThanOrEqual(90);
    expect(corpus('000_be4929c85bf45a3d.txt').startsWith(title.slice(0, -1))).toBe(true);
  });

  it('keeps a short first sentence whole, without its full stop', () => {
    const paragraphs = segmentPlainText(corpus('004_5afbe78166aab86d.txt'));
    expect(inferTitle([{ kind: 'body', text: 'Prices rose again. Nobody was surprised.' }], 'x')).toBe('Prices rose again');
    expect(inferTitle(paragraphs, '004.txt').endsWith('…')).toBe(true);
  });

  it('drops a bullet marker from the first paragraph', () => {
    expect(inferTitle([{ kind: 'body', text: '• First point made here.' }], 'x')).toBe('First point made here');
  });

  it('falls back on the file name without its extension', () => {
    expect(inferTitle([], '/home/me/News/Code Red.txt')).toBe('Code Red');
    expect(inferTitle([{ kind: 'junk', text: '|' }], 'C:\\Users\\me\\story.final.html')).toBe('story.final');
    expect(inferTitle([], 'https://example.com/2025/12/code-red%20story.html?x=1')).toBe('code-red story');
    expect(inferTitle([], 'README')).toBe('README');
  });
});

describe('shorten', () => {
  it('leaves short text alone', () => {
    expect(shorten('Short enough', 90)).toBe('Short enough');
  });

  it('cuts text without spaces anywhere', () => {
    const zh = '人'.repeat(100);
    expect(shorten(zh, 90)).toBe(`${'人'.repeat(89)}…`);
  });

  it('does not leave a dangling comma before the ellipsis', () => {
    expect(shorten('alpha beta, gamma delta epsilon', 14)).toBe('alpha beta…');
  });
});

describe('nameWithoutExtension', () => {
  it('uses the host of a URL without a path', () => {
    expect(nameWithoutExtension('https://www.example.com/')).toBe('www.example.com');
  });
});
