import { describe, expect, it } from 'vitest';
import { isRightToLeft, textDirection } from './direction.js';

describe('textDirection', () => {
  it('runs Hebrew and Arabic right to left, Latin and Chinese left to right', () => {
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('FA')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('zh')).toBe('ltr');
  });

  it('lets the text decide when the language is unknown', () => {
    expect(textDirection('und')).toBe('auto');
    expect(textDirection(null)).toBe('auto');
    expect(isRightToLeft(undefined)).toBe(false);
  });
});
