import { describe, expect, it } from 'vitest';
import { epochDay, fullYear, isoOf, monthOf, validDate } from './dates.js';

describe('dates', () => {
  it('knows month names in each language, with Hebrew and Arabic prefixes', () => {
    expect(monthOf('december')).toBe(12);
    expect(monthOf('août')).toBe(8);
    expect(monthOf('diciembre')).toBe(12);
    expect(monthOf('märz')).toBe(3);
    expect(monthOf('במאי')).toBe(5);
    expect(monthOf('לפברואר')).toBe(2);
    expect(monthOf('يناير')).toBe(1);
    expect(monthOf('gemini')).toBe(0);
  });
  it('counts days since 1970 and writes ISO text', () => {
    expect(epochDay(1970, 1, 1)).toBe(0);
    expect(epochDay(2025, 12, 1)).toBe(20423);
    expect(isoOf(2025, 12, 1)).toBe('2025-12-01');
    expect(isoOf(null, 8, null)).toBe('--08');
    expect(validDate(2024, 2, 29)).toBe(true);
    expect(validDate(2025, 2, 29)).toBe(false);
    expect(fullYear(74, 2)).toBe(1974);
    expect(fullYear(15, 2)).toBe(2015);
  });
});
