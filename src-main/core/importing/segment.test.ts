import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  endsSentence,
  isoDate,
  markdownInline,
  readFrontMatter,
  segmentMarkdown,
  segmentPlainText,
  type Segment,
} from './segment.js';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/code-red/${name}`, import.meta.url), 'utf8');

const kinds = (segments: Segment[]): string => segments.map((s) => s.kind[0]).join('');
const B = 'b';
const H = 'h';

describe('segmentPlainText on the sample articles', () => {
  it('000 (Hebrew): section heads as short lines, the paragraph split across a blank line joined', () => {
    const text = corpus('000_be4929c85bf45a3d.txt');
    const segments = segmentPlainText(text);
    // 15 non-blank lines; lines 17 and 19 of the file are one paragraph.
    expect(kinds(segments)).toBe([B, H, B, B, B, H, B, B, B, B, H, B, B, B].join(''));
    expect(segments.filter((s) => s.kind === 'heading').map((s) => s.text)).toEqual([
      'הקרע האסטרטגי בין מחקר למוצר',
      'התחרות החיצונית מול גוגל ואנתרופיק',
      'לחץ כלכלי מתגבר ועבודה בקצב מסחרר',
    ]);
    const lines = text.split('\n');
    const [cutStart, cutEnd] = [lines[16] ?? '', lines[18] ?? ''];
    expect(segments[8]?.text).toBe(`${cutStart} ${cutEnd}`);
    // Nothing else was joined: every other paragraph is one line of the file.
    expect(segments.filter((s, i) => i !== 8 && !lines.includes(s.text))).toEqual([]);
  });

  it('001 (English): a stray one-word line is junk, bullets are body, no title', () => {
    const segments = segmentPlainText(corpus('001_380dfcd3d742354b.txt'));
    expect(kinds(segments)).toBe('bjhbbhbbbbhb');
    expect(segments[1]).toEqual({ kind: 'junk', text: 'OpenAI' });
    expect(segments[2]).toEqual({ kind: 'heading', text: 'The Shift in Strategy' });
    const bullets = segments.filter((s) => s.text.startsWith('•'));
    expect(bullets).toHaveLength(3);
    expect(bullets.every((s) => s.kind === 'body')).toBe(true);
    expect(bullets[1]?.text).toBe('• Andrea Vallone: Head of model policy research, who has now joined the competitor Anthropic.');
    // The list's lead-in ends with a colon and stays a paragraph of its own.
    expect(segments[6]?.text.endsWith('individuals:')).toBe(true);
  });

  it('002 (English, one paragraph per line): title once, glued Markdown heading split off', () => {
    const text = corpus('002_ca75966250647529.txt');
    const segments = segmentPlainText(text);
    const title = text.split('\n')[0];
    expect(segments.filter((s) => s.text === title)).toEqual([{ kind: 'title', text: title }]);
    expect(kinds(segments)).toBe(`t${B}${`${H}${B}${B}${B}`.repeat(7)}`);
    expect(segments).toHaveLength(30);
    const glued = segments.findIndex((s) => s.text === 'Technical Optimism and Real Constraints');
    expect(segments[glued]?.kind).toBe('heading');
    expect(segments[glued - 1]?.text.endsWith('just beginning to appear.')).toBe(true);
    expect(segments.some((s) => s.text.includes('#'))).toBe(false);
    // A heading ending in a closing quote is still a heading.
    expect(segments[14]).toEqual({
      kind: 'heading',
      text: 'The Evolution of Organizational Mission: From Non-profit to "Just Another Big Tech Company"',
    });
  });

  it('003 (French): title, heading, and trailing “à lire” as junk; no-break spaces kept', () => {
    const segments = segmentPlainText(corpus('003_f06ce34e67cddb2b.txt'));
    expect(kinds(segments)).toBe('tbbbhbbbj');
    expect(segments[0]?.text).toBe('Sam Altman (OpenAI) déclenche une opération Code Red sur ChatGPT');
    expect(segments[4]).toEqual({ kind: 'heading', text: 'Une manœuvre stratégique mais violente' });
    expect(segments[8]).toEqual({ kind: 'junk', text: 'à lire' });
    expect(segments[1]?.text).toContain('«\u00A0Code Red\u00A0»');
  });

  it('004 (English, one paragraph per line): headings up to ~80 characters, a trailing | is junk', () => {
    const segments = segmentPlainText(corpus('004_5afbe78166aab86d.txt'));
    expect(kinds(segments)).toBe(`${B.repeat(5)}${H}${B.repeat(4)}${H}${B.repeat(4)}${H}${B.repeat(3)}${H}${B.repeat(3)}j`);
    expect(segments.at(-1)).toEqual({ kind: 'junk', text: '|' });
    expect(segments[15]?.text).toBe('The double-edged sword of radical strategy: the game between traffic and security');
  });
});

describe('segmentPlainText: shapes of text', () => {
  const wrapped = [
    'Hard Wrapped Reports',
    '',
    'The committee met on Tuesday to review the proposal, which would change how',
    'the city allocates its budget for public transport over the next five years.',
    'Members raised concerns about the timeline and asked for more detail on the',
    'costs.',
    '',
    'A second paragraph follows here, also wrapped at about seventy-five columns',
    'so that no line ends a sentence except the very last one of the paragraph.',
  ].join('\n');

  it('joins hard-wrapped lines into paragraphs', () => {
    expect(segmentPlainText(wrapped)).toEqual([
      { kind: 'title', text: 'Hard Wrapped Reports' },
      {
        kind: 'body',
        text: 'The committee met on Tuesday to review the proposal, which would change how the city allocates its budget for public transport over the next five years. Members raised concerns about the timeline and asked for more detail on the costs.',
      },
      {
        kind: 'body',
        text: 'A second paragraph follows here, also wrapped at about seventy-five columns so that no line ends a sentence except the very last one of the paragraph.',
      },
    ]);
  });

  it('separates hard-wrapped paragraphs that have no blank line between them', () => {
    const text = [
      'The committee met on Tuesday to review the proposal, which would change how',
      'the city allocates its budget for public transport.',
      'Members raised concerns about the timeline and asked for more detail on the',
      'costs of the plan.',
    ].join('\n');
    expect(segmentPlainText(text).map((s) => s.text)).toEqual([
      'The committee met on Tuesday to review the proposal, which would change how the city allocates its budget for public transport.',
      'Members raised concerns about the timeline and asked for more detail on the costs of the plan.',
    ]);
  });

  it('joins a paragraph split across a blank line when the rest starts in lowercase', () => {
    const text = 'The ministry said the new rules would apply to all companies operating in\n\nthe region from next spring, including foreign ones.';
    expect(segmentPlainText(text)).toEqual([
      { kind: 'body', text: 'The ministry said the new rules would apply to all companies operating in the region from next spring, including foreign ones.' },
    ]);
  });

  it('does not join a paragraph that ends with a closing quote after its full stop', () => {
    const long = 'The spokesman repeated that the company had "no plans to change course at this stage, whatever the competitors decide to do next."';
    const segments = segmentPlainText(`${long}\n\n${long}`);
    expect(segments).toHaveLength(2);
  });

  it('knows the full stops of Chinese and Arabic', () => {
    const zh = '人工智能公司周二宣布将推出新的模型，以应对来自竞争对手的压力。该公司表示，新模型将在下个月发布，并将首先提供给企业客户使用，随后逐步开放给个人用户。';
    const ar = 'هل ستتمكن الشركة من استعادة تفوقها في سوق الذكاء الاصطناعي خلال الأشهر المقبلة، في ظل المنافسة المتزايدة من الشركات الكبرى الأخرى في القطاع؟';
    const arStatement = 'وقالت الشركة في بيان إن النموذج الجديد سيكون متاحا للمستخدمين في جميع أنحاء العالم اعتبارا من الشهر المقبل بعد اكتمال الاختبارات النهائية.';
    expect(segmentPlainText(`${zh}\n\n${zh}`)).toHaveLength(2);
    expect(segmentPlainText(`${arStatement}\n\n${ar}\n\n${arStatement}`).map((s) => s.kind)).toEqual(['body', 'body', 'body']);
    expect(endsSentence('他说：“我们会继续努力。”')).toBe(true);
    expect(endsSentence('(see the report.)')).toBe(true);
    expect(endsSentence('Section heading')).toBe(false);
  });

  it('treats bullet lines of every kind as body, trimmed of their indent', () => {
    const text = 'Intro paragraph that ends properly.\n  - first item\n  * second item\n  – third item\n  · fourth item\nClosing sentence here.';
    expect(segmentPlainText(text)).toEqual([
      { kind: 'body', text: 'Intro paragraph that ends properly.' },
      { kind: 'body', text: '- first item' },
      { kind: 'body', text: '* second item' },
      { kind: 'body', text: '– third item' },
      { kind: 'body', text: '· fourth item' },
      { kind: 'body', text: 'Closing sentence here.' },
    ]);
  });

  it('marks residue lines as junk: no letters, labels before headings, trailing links', () => {
    const text = [
      'World',
      'A Title Line For The Story',
      'The first paragraph of the story ends with a full stop.',
      '* * *',
      'Photo',
      'A Section Heading',
      'The second paragraph ends with a full stop as well.',
      'Share',
      'Read more',
    ].join('\n');
    expect(segmentPlainText(text).map((s) => `${s.kind}:${s.text}`)).toEqual([
      'junk:World',
      'title:A Title Line For The Story',
      'body:The first paragraph of the story ends with a full stop.',
      'junk:* * *',
      'junk:Photo',
      'heading:A Section Heading',
      'body:The second paragraph ends with a full stop as well.',
      'junk:Share',
      'junk:Read more',
    ]);
  });

  it('keeps a first line that is a sentence as body, and a question as title', () => {
    expect(segmentPlainText('This is a sentence.\n\nAnother one.')[0]?.kind).toBe('body');
    expect(segmentPlainText('Is this the end of the boom?\n\nAnalysts think not.')[0]?.kind).toBe('title');
  });

  it('turns a text of short lines only into body, not headings', () => {
    expect(segmentPlainText('Breaking news tonight')).toEqual([{ kind: 'body', text: 'Breaking news tonight' }]);
  });

  it('collapses whitespace inside paragraphs but keeps no-break spaces', () => {
    const text = 'Un   «\u00A0test\u00A0»\tavec  10\u202F000 euros.';
    expect(segmentPlainText(text)).toEqual([{ kind: 'body', text: 'Un «\u00A0test\u00A0» avec 10\u202F000 euros.' }]);
    expect(collapseWhitespace('  a \u00A0 b  ')).toBe('a \u00A0 b');
  });

  it('reads a Markdown heading at the start of a line of a .txt file', () => {
    const segments = segmentPlainText('# The Title\n\nBody text of the article.\n\n## A Section\n\nMore body text.');
    expect(segments).toEqual([
      { kind: 'title', text: 'The Title' },
      { kind: 'body', text: 'Body text of the article.' },
      { kind: 'heading', text: 'A Section' },
      { kind: 'body', text: 'More body text.' },
    ]);
  });

  it('copes with a very long file without blank lines', () => {
    const line = 'A line of a log-like file that ends properly.';
    const segments = segmentPlainText(Array.from({ length: 200_000 }, () => line).join('\n'));
    expect(segments).toHaveLength(200_000);
  });

  it('returns nothing for blank text', () => {
    expect(segmentPlainText('\n \n\t\n')).toEqual([]);
  });
});

describe('segmentMarkdown', () => {
  const markdown = [
    '---',
    'title: "Markets wobble: what it means"',
    'date: 2025-12-02T08:30:00+01:00',
    'outlet: The Example Times',
    'author: [Jane Doe, John Roe]',
    'lang: fr-FR',
    '---',
    '',
    '# Markets wobble: what it means',
    '',
    'Stocks **fell** sharply on _Tuesday_, according to [a report](https://example.com/r "t").',
    'The fall was *broad*.',
    '',
    '![chart](chart.png)',
    '',
    'Why It Matters',
    '--------------',
    '',
    '- first point with `code_span`',
    '- second point',
    '  continued on the next line',
    '1. numbered item',
    '',
    '> A quoted paragraph.',
    '',
    '```js',
    'const a_b = 1;',
    '```',
    '',
    '***',
    '',
    '## Closing ##',
    '',
    'Snake_case_words stay, \\*escaped\\* stars stay, <b>tags</b> go, &amp; entities decode.',
    '',
    '[ref]: https://example.com',
  ].join('\n');

  it('turns Markdown into paragraphs of plain text', () => {
    expect(segmentMarkdown(markdown)).toEqual([
      { kind: 'title', text: 'Markets wobble: what it means' },
      { kind: 'body', text: 'Stocks fell sharply on Tuesday, according to a report. The fall was broad.' },
      { kind: 'heading', text: 'Why It Matters' },
      { kind: 'body', text: '• first point with code_span' },
      { kind: 'body', text: '• second point continued on the next line' },
      { kind: 'body', text: '1. numbered item' },
      { kind: 'body', text: 'A quoted paragraph.' },
      { kind: 'body', text: 'const a_b = 1;' },
      { kind: 'heading', text: 'Closing' },
      { kind: 'body', text: 'Snake_case_words stay, *escaped* stars stay, tags go, & entities decode.' },
    ]);
  });

  it('reads front matter for title, date, outlet, byline and language', () => {
    const { metadata, body } = readFrontMatter(markdown);
    expect(metadata).toEqual({
      title: 'Markets wobble: what it means',
      published: '2025-12-02',
      outlet: 'The Example Times',
      byline: 'Jane Doe',
      language: 'fr',
    });
    expect(body.startsWith('\n# Markets')).toBe(true);
  });

  it('adds the front matter title when the document does not open with it', () => {
    expect(segmentMarkdown('---\ntitle: Named Elsewhere\n---\n\n## Background\n\nSome text.')).toEqual([
      { kind: 'title', text: 'Named Elsewhere' },
      { kind: 'heading', text: 'Background' },
      { kind: 'body', text: 'Some text.' },
    ]);
  });

  it('does not mistake a leading thematic break for front matter', () => {
    const { metadata, body } = readFrontMatter('---\nJust a paragraph.\n---\nMore.');
    expect(metadata.title).toBeNull();
    expect(body).toBe('---\nJust a paragraph.\n---\nMore.');
  });

  it('drops raw HTML scripts and comments', () => {
    const segments = segmentMarkdown('Text before.\n\n<script>alert(1)</script>\n\n<!-- hidden -->\nText after.');
    expect(segments.map((s) => s.text).join(' ')).toBe('Text before. Text after.');
  });

  it('reduces inline syntax', () => {
    expect(markdownInline('See ![img](a.png)[the **docs**](http://x.y/(z)) or <https://example.org>.')).toBe(
      'See the docs or https://example.org.',
    );
    expect(markdownInline('~~old~~ and 2 * 3 * 4')).toBe('old and 2 * 3 * 4');
  });
});

describe('isoDate', () => {
  it('reads ISO dates, timestamps and written dates', () => {
    expect(isoDate('2025-12-02')).toBe('2025-12-02');
    expect(isoDate('2025-12-02T23:30:00-05:00')).toBe('2025-12-02');
    expect(isoDate('2025-1-5')).toBe('2025-01-05');
    expect(isoDate('December 2, 2025')).toBe('2025-12-02');
    expect(isoDate('yesterday')).toBeNull();
    expect(isoDate('2025-13-40')).toBeNull();
  });
});
