import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extensionOf, prepareArticle, prepareText } from './prepare-article.js';
import type { ImportProblem, PreparedArticle } from './prepared-article.js';

const corpusFile = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/code-red/${name}`, import.meta.url), 'utf8');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function article(result: PreparedArticle | ImportProblem): PreparedArticle {
  if ('reason' in result) throw new Error(`expected an article, got ${result.reason}: ${result.message}`);
  return result;
}

function problem(result: PreparedArticle | ImportProblem): ImportProblem {
  if (!('reason' in result)) throw new Error(`expected a problem, got the article "${result.title}"`);
  return result;
}

const kinds = (a: PreparedArticle): string => a.paragraphs.map((p) => p.kind[0]).join('');

describe('prepareArticle on the sample articles', () => {
  it.each([
    ['000_be4929c85bf45a3d.txt', 'he', 14, 'bhbbbhbbbbhbbb', null],
    ['001_380dfcd3d742354b.txt', 'en', 12, 'bjhbbhbbbbhb', 'According to the Financial Times, OpenAI, which once held an absolute leading position in…'],
    ['002_ca75966250647529.txt', 'en', 30, `tb${'hbbb'.repeat(7)}`, "OpenAI's Crossroads: The Identity Crisis and Industry Restructuring Behind the $14 Billion Loss Prediction"],
    ['003_f06ce34e67cddb2b.txt', 'fr', 9, 'tbbbhbbbj', 'Sam Altman (OpenAI) déclenche une opération Code Red sur ChatGPT'],
    ['004_5afbe78166aab86d.txt', 'en', 24, 'bbbbbhbbbbhbbbbhbbbhbbbj', null],
  ])('%s', (file, language, count, expectedKinds, title) => {
    const text = corpusFile(file);
    const result = article(prepareArticle({ source: `/home/reader/code-red/${file}`, bytes: utf8(text) }));
    expect(result.language).toBe(language);
    expect(result.paragraphs).toHaveLength(count);
    expect(kinds(result)).toBe(expectedKinds);
    expect(result.paragraphs.every((p) => p.language === language)).toBe(true);
    expect(result.originalText).toBe(text);
    expect(result.outlet).toBeNull();
    expect(result.published).toBeNull();
    if (title) expect(result.title).toBe(title);
    expect(Array.from(result.title).length).toBeLessThanOrEqual(120);
    expect(result.title.length).toBeGreaterThan(10);
  });

  it('gives the Hebrew article a title cut from its first sentence', () => {
    const result = article(prepareArticle({ source: '000.txt', bytes: utf8(corpusFile('000_be4929c85bf45a3d.txt')) }));
    expect(result.title.startsWith('הסערה סביב OpenAI')).toBe(true);
    expect(result.title.endsWith('…')).toBe(true);
  });
});

describe('prepareArticle: encodings end to end', () => {
  const hebrew = corpusFile('000_be4929c85bf45a3d.txt');
  const french = corpusFile('003_f06ce34e67cddb2b.txt');

  it.each([
    ['Hebrew in windows-1255', hebrew, (t: string) => iconv.encode(t, 'windows-1255'), 'he'],
    ['French in windows-1252', french, (t: string) => iconv.encode(t, 'windows-1252'), 'fr'],
    ['Hebrew in UTF-16LE with a BOM', hebrew, (t: string) => new Uint8Array([0xff, 0xfe, ...iconv.encode(t, 'utf-16le')]), 'he'],
    ['French in UTF-16BE without a BOM', french, (t: string) => iconv.encode(t, 'utf-16be'), 'fr'],
    ['French in UTF-8 with a BOM and CRLF line ends', french, (t: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(t.replace(/\n/gu, '\r\n'))]), 'fr'],
  ])('%s', (_, text, encode, language) => {
    const result = article(prepareArticle({ source: 'article.txt', bytes: encode(text) }));
    expect(result.originalText).toBe(text);
    expect(result.language).toBe(language);
  });
});

describe('prepareArticle: formats', () => {
  const markdown = [
    '---',
    'title: Le code rouge',
    'date: 2025-12-03',
    'outlet: Exemple Hebdo',
    '---',
    '',
    '# Le code rouge',
    '',
    'Le patron d’OpenAI a déclenché une **alerte rouge** pour améliorer son produit phare face à la concurrence.',
    '',
    '## Les raisons',
    '',
    '- Google a rattrapé son retard avec un nouveau modèle très remarqué.',
    '- Les clients professionnels se tournent vers d’autres fournisseurs.',
  ].join('\n');

  it.each(['story.md', 'story.markdown', 'STORY.MD'])('reads Markdown from %s with its front matter', (source) => {
    const result = article(prepareArticle({ source, bytes: utf8(markdown) }));
    expect(result).toMatchObject({ title: 'Le code rouge', outlet: 'Exemple Hebdo', published: '2025-12-03', language: 'fr' });
    expect(result.paragraphs.map((p) => `${p.kind}:${p.text.slice(0, 14)}`)).toEqual([
      'title:Le code rouge',
      'body:Le patron d’Op',
      'heading:Les raisons',
      'body:• Google a rat',
      'body:• Les clients ',
    ]);
  });

  const page = (charsetMeta = ''): string => `<!doctype html><html lang="he"><head>${charsetMeta}
    <title>הקוד האדום</title><meta property="og:site_name" content="אתר חדשות">
    <meta property="article:published_time" content="2025-12-04T10:00:00+02:00"></head>
    <body><article><h1>הקוד האדום</h1>${hebrewParagraphs}</article></body></html>`;
  const hebrewParagraphs = corpusFile('000_be4929c85bf45a3d.txt')
    .split('\n\n')
    .slice(0, 5)
    .map((p) => `<p>${p}</p>`)
    .join('\n');

  it.each(['page.html', 'page.htm', 'page.xhtml'])('reads a web page from %s', (source) => {
    const result = article(prepareArticle({ source, bytes: utf8(page()) }));
    expect(result).toMatchObject({ title: 'הקוד האדום', outlet: 'אתר חדשות', published: '2025-12-04', language: 'he' });
    expect(result.paragraphs[0]).toEqual({ kind: 'title', language: 'he', text: 'הקוד האדום' });
    expect(result.paragraphs.filter((p) => p.kind === 'body').length).toBeGreaterThanOrEqual(3);
    expect(result.originalText).toBe(page());
  });

  it('reads a windows-1255 page by its <meta charset>', () => {
    const html = page('<meta charset="windows-1255">');
    const result = article(prepareArticle({ source: 'page.html', bytes: iconv.encode(html, 'windows-1255') }));
    expect(result.title).toBe('הקוד האדום');
    expect(result.originalText).toBe(html);
  });

  it('lets an HTTP content type and its charset decide over the address', () => {
    const result = article(
      prepareArticle({
        source: 'https://www.news.example.co.il/article?id=7',
        bytes: iconv.encode(page(), 'windows-1255'),
        contentType: 'text/html; charset=ISO-8859-8',
      }),
    );
    expect(result.title).toBe('הקוד האדום');
    expect(result.outlet).toBe('אתר חדשות');
  });

  it('takes the outlet from a web address when nothing else names it', () => {
    const result = article(
      prepareArticle({ source: 'https://www.example.co.uk/news/story.txt', bytes: utf8(corpusFile('003_f06ce34e67cddb2b.txt')) }),
    );
    expect(result.outlet).toBe('example.co.uk');
    const page2 = article(
      prepareArticle({ source: 'https://www.example.co.uk/news/story.php', bytes: utf8(`<html><body>${hebrewParagraphs}</body></html>`) }),
    );
    expect(page2.outlet).toBe('example.co.uk');
    expect(page2.language).toBe('he');
  });

  it('reads .text and extension-less files as plain text, sniffing HTML', () => {
    const text = corpusFile('004_5afbe78166aab86d.txt');
    expect(article(prepareArticle({ source: 'notes.text', bytes: utf8(text) })).paragraphs).toHaveLength(24);
    expect(article(prepareArticle({ source: '/tmp/README', bytes: utf8(text) })).paragraphs).toHaveLength(24);
    expect(article(prepareArticle({ source: 'story.2025', bytes: utf8(text) })).language).toBe('en');
    const sniffed = article(prepareArticle({ source: 'saved-page', bytes: utf8(page()) }));
    expect(sniffed.title).toBe('הקוד האדום');
  });

  it.each([
    ['report.pdf', '.pdf'],
    ['letter.docx', '.docx'],
    ['photo.JPG', '.jpg'],
  ])('refuses %s as unsupported, naming the formats it reads', (source, extension) => {
    const result = problem(prepareArticle({ source, bytes: utf8('whatever') }));
    expect(result.reason).toBe('unsupported');
    expect(result.message).toContain(extension);
    for (const supported of ['.txt', '.md', '.html']) expect(result.message).toContain(supported);
  });

  it('refuses a content type it cannot read', () => {
    const result = problem(prepareArticle({ source: 'https://example.com/file', bytes: utf8('x'), contentType: 'application/pdf' }));
    expect(result.reason).toBe('unsupported');
    expect(result.message).toContain('application/pdf');
  });

  it('passes on decoding problems: binary and empty files', () => {
    expect(problem(prepareArticle({ source: 'archive.txt', bytes: new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]) })).reason).toBe('binary');
    expect(problem(prepareArticle({ source: 'blob', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) })).reason).toBe('binary');
    expect(problem(prepareArticle({ source: 'empty.txt', bytes: new Uint8Array() })).reason).toBe('empty');
    expect(problem(prepareArticle({ source: 'blank.md', bytes: utf8('\n\n   \n') })).reason).toBe('empty');
  });

  it('refuses documents without body text', () => {
    const noText = problem(prepareArticle({ source: 'bars.txt', bytes: utf8('|\n\n---\n\n***\n') }));
    expect(noText).toEqual({ reason: 'no-text', message: 'No readable article text was found in this file.' });
    const emptyPage = problem(prepareArticle({ source: 'page.html', bytes: utf8('<html><head><title>Only a title</title><script>x()</script></head><body></body></html>') }));
    expect(emptyPage.reason).toBe('no-text');
    expect(emptyPage.message).toContain('page');
  });

  it('marks a paragraph in another language', () => {
    const english = corpusFile('001_380dfcd3d742354b.txt');
    const french = corpusFile('003_f06ce34e67cddb2b.txt').split('\n\n')[2] ?? '';
    const result = article(prepareArticle({ source: 'mixed.txt', bytes: utf8(`${english}\n\n${french}`) }));
    expect(result.language).toBe('en');
    expect(result.paragraphs.at(-1)).toEqual({ kind: 'body', language: 'fr', text: french });
  });
});

describe('prepareText', () => {
  it('reads pasted text like a .txt file, in NFC with \\n line ends', () => {
    const pasted = corpusFile('003_f06ce34e67cddb2b.txt').normalize('NFD').replace(/\n/gu, '\r\n');
    const result = article(prepareText(pasted));
    expect(result.originalText).toBe(corpusFile('003_f06ce34e67cddb2b.txt'));
    expect(result.title).toBe('Sam Altman (OpenAI) déclenche une opération Code Red sur ChatGPT');
    expect(result.language).toBe('fr');
    expect(kinds(result)).toBe('tbbbhbbbj');
  });

  it('uses the title it is given', () => {
    const result = article(prepareText(corpusFile('001_380dfcd3d742354b.txt'), '  FT on OpenAI  '));
    expect(result.title).toBe('FT on OpenAI');
  });

  it('reads a single short line as body text', () => {
    const result = article(prepareText('Breaking: markets fall'));
    expect(result.paragraphs).toEqual([{ kind: 'body', language: 'en', text: 'Breaking: markets fall' }]);
    expect(result.title).toBe('Breaking: markets fall');
  });

  it('refuses empty and text-free input', () => {
    expect(problem(prepareText(' \n\t')).reason).toBe('empty');
    expect(problem(prepareText('| | |\n\n* * *')).reason).toBe('no-text');
  });
});

describe('extensionOf', () => {
  it('finds real extensions only', () => {
    expect(extensionOf('/a/b/Story.HTML')).toBe('html');
    expect(extensionOf('C:\\news\\x.md')).toBe('md');
    expect(extensionOf('README')).toBeNull();
    expect(extensionOf('.bashrc')).toBeNull();
    expect(extensionOf('report.2025')).toBeNull();
  });
});
