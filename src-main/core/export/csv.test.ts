import { describe, expect, it } from 'vitest';
import { guardFormula, toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes a byte order mark, CRLF records and quotes only the fields that need it', () => {
    expect(toCsv([['a', 1, null], ['שלום, עולם', 'say "hi"', 'two\nlines']])).toBe('\uFEFFa,1,\r\n"שלום, עולם","say ""hi""","two\nlines"\r\n');
  });

  it('writes numbers as plain decimals', () => {
    expect(toCsv([[0.347, 1.4e12, Number.NaN]])).toBe('\uFEFF0.347,1400000000000,\r\n');
  });
});

describe('guardFormula', () => {
  it('turns text a spreadsheet would run as a formula into text', () => {
    expect(guardFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(guardFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(guardFormula('-2+3+cmd|x')).toBe(`'-2+3+cmd|x`);
  });

  it('leaves ordinary text and signed numbers alone', () => {
    expect(guardFormula('$1.4 trillion')).toBe('$1.4 trillion');
    expect(guardFormula('-5%')).toBe('-5%');
    expect(guardFormula('+1,200')).toBe('+1,200');
  });
});
