import { describe, expect, it } from 'vitest';
import { markdownCell, markdownTable, markdownText } from './markdown-text.js';

describe('markdownText', () => {
  it('keeps markup from articles as text', () => {
    expect(markdownText('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(markdownText('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(markdownText('*bold* _it_ `code` a|b ~~x~~ &amp; $5 and $6')).toBe('\\*bold\\* \\_it\\_ \\`code\\` a\\|b \\~\\~x\\~\\~ \\&amp; \\$5 and \\$6');
    expect(markdownText('back\\slash')).toBe('back\\\\slash');
  });

  it('escapes what would start a block at the start of a line', () => {
    expect(markdownText('# not a heading')).toBe('\\# not a heading');
    expect(markdownText('- not a list')).toBe('\\- not a list');
    expect(markdownText('2025. A year')).toBe('2025\\. A year');
    expect(markdownText('> not a quote')).toBe('\\> not a quote');
  });

  it('puts everything on one line and leaves ordinary text alone', () => {
    expect(markdownText('  Deux lignes\net  des espaces ')).toBe('Deux lignes et des espaces');
    expect(markdownText('1.4 טריליון דולר, 3.5% of 2025')).toBe('1.4 טריליון דולר, 3.5% of 2025');
  });
});

describe('markdownCell', () => {
  it('isolates the cell and leaves an empty cell empty', () => {
    expect(markdownCell('שלום | x')).toBe('\u2068שלום \\| x\u2069');
    expect(markdownCell('')).toBe('');
  });
});

describe('markdownTable', () => {
  it('writes a header, a rule and rows', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
});
