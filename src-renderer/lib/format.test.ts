import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatMilliseconds, formatNumber, formatPercent, sourceLabel } from './format.js';

describe('display formatting in the interface language', () => {
  it('writes a publication day as each language does, whatever the time zone', () => {
    expect(formatDate('2025-12-02', 'en')).toBe('Dec 2, 2025');
    expect(formatDate('2025-12-02', 'fr')).toBe('2 déc. 2025');
    expect(formatDate('2025-12-02', 'he')).toMatch(/^2 בדצמ/u);
  });

  it('shows a timestamp as a day and leaves what it cannot read as it is', () => {
    expect(formatDate('2025-12-02 10:00:00', 'en')).toMatch(/^Dec [23], 2025$/u);
    expect(formatDate('sometime in spring', 'fr')).toBe('sometime in spring');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('groups digits and writes decimals the local way', () => {
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatNumber(12345.5, 'fr')).toBe('12\u202f345,5');
    expect(formatMilliseconds(0.42, 'fr')).toMatch(/^0,4\s+ms$/u);
    expect(formatMilliseconds(12.4, 'en')).toMatch(/^12\s+ms$/u);
    expect(formatPercent(0.123, 'fr')).toMatch(/^12\s%$/u);
    expect(formatPercent(0.123, 'he')).toBe('12%');
  });

  it('runs names together in a list', () => {
    expect(formatList(['English', 'Hebrew', 'French'], 'en')).toBe('English, Hebrew, French');
    expect(formatList(['anglais', 'hébreu'], 'fr')).toBe('anglais et hébreu');
  });

  it('labels a source by its file name or its address', () => {
    expect(sourceLabel('/home/me/articles/story.html')).toBe('story.html');
    expect(sourceLabel('https://news.example.org/a/b')).toBe('news.example.org/a/b');
  });
});
