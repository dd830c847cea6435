import { describe, expect, it } from 'vitest';
import { cognateStrength, commonSubsequence, spellingCorrespondences } from './correspondences.js';

const pairs = (source: string[], target: string[]) => {
  const table = spellingCorrespondences(source, target);
  return source.flatMap((s, i) => table[i]!.map((c) => `${s}=${target[c.target]}`)).sort();
};

describe('spelling correspondences', () => {
  it('measures cognates by common subsequence, from weak to identical', () => {
    expect(commonSubsequence('kangchendzonga', 'kanchenjunga')).toBe(10);
    expect(cognateStrength('expedition', 'expedition')).toBe(1);
    expect(cognateStrength('kangchendzonga', 'kanchenjunga')).toBeGreaterThan(0.4);
    expect(cognateStrength('strategique', 'strategic')).toBeGreaterThan(0.5);
    // Short words and words that only share letters are not cognates.
    expect(cognateStrength('sind', 'sont')).toBe(0);
    expect(cognateStrength('hauteur', 'hohenzahl')).toBe(0);
    expect(cognateStrength('de', 'de')).toBe(0);
  });

  it('links numbers, marks, names, cognates and compound parts, and nothing else', () => {
    const source = ['#8848', '¶?', 'himalaya', 'expedition', 'gipfelpyramide', 'und', 'der'];
    const target = ['#8848', '¶?', 'himalaya', 'expedition', 'pyramide', 'et', 'le', '#8849'];
    expect(pairs(source, target)).toEqual(['#8848=#8848', 'expedition=expedition', 'gipfelpyramide=pyramide', 'himalaya=himalaya', '¶?=¶?']);
  });

  it('links a name across scripts by its consonants', () => {
    expect(pairs(['אלטמן', 'גוגל', 'אמר'], ['altman', 'google', 'said'])).toEqual(['אלטמן=altman', 'גוגל=google']);
  });
});
