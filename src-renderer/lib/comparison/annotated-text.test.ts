import { describe, expect, it } from 'vitest';
import { splitByAnnotations } from './annotated-text.js';

describe('splitByAnnotations', () => {
  it('joins back into the text and carries every covering layer', () => {
    const text = 'OpenAI lost $14 billion in 2025.';
    const runs = splitByAnnotations(text, [
      { start: 12, end: 23, value: 'figure' },
      { start: 16, end: 23, value: 'hit' },
      { start: 0, end: 6, value: 'name' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.find((r) => r.text === 'billion')?.annotations).toEqual(['figure', 'hit']);
    expect(runs.find((r) => r.text === '$14 ')?.annotations).toEqual(['figure']);
    expect(runs[0]).toEqual({ text: 'OpenAI', start: 0, annotations: ['name'] });
  });

  it('keeps right-to-left text and surrogate pairs whole', () => {
    const text = 'הפסד של 1.4 טריליון דולר 𝟙𝟚';
    const runs = splitByAnnotations(text, [
      { start: 8, end: 24, value: 'money' },
      { start: 26, end: 27, value: 'odd' }, // inside the first mathematical digit's surrogate pair
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.find((r) => r.annotations.includes('money'))?.text).toBe('1.4 טריליון דולר');
    for (const run of runs) expect(/[\ud800-\udbff]$/u.test(run.text)).toBe(false);
  });

  it('ignores empty, inverted and out-of-range annotations', () => {
    const runs = splitByAnnotations('abc', [
      { start: 2, end: 1, value: 'x' },
      { start: 5, end: 9, value: 'y' },
      { start: Number.NaN, end: 2, value: 'z' },
      { start: -4, end: 1, value: 'w' },
    ]);
    expect(runs).toEqual([
      { text: 'a', start: 0, annotations: ['w'] },
      { text: 'bc', start: 1, annotations: [] },
    ]);
  });
});
