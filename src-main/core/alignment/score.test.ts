import { describe, expect, it } from 'vitest';
import { parseLinks } from './links.js';
import { precisionCounts, scoreAlignments } from './score.js';

describe('scoreAlignments (Vecalign score.py definitions)', () => {
  const gold = parseLinks('[0]:[0]\n[1]:[1, 2]\n[]:[3]\n[2]:[4]\n');
  const test = parseLinks('[0]:[0]\n[1]:[1]\n[]:[2]\n[]:[3]\n[2]:[4]\n');

  it('counts insertions in precision, strict and lax, and leaves them out of recall', () => {
    // Precision: [0]:[0], []:[3] and [2]:[4] are in the gold; [1]:[1] overlaps [1]:[1, 2] (lax);
    // []:[2] is an insertion the gold does not have (a miss, strict and lax).
    expect(precisionCounts(gold, test)).toEqual({ strictHits: 3, strictMisses: 2, laxHits: 4, laxMisses: 1 });
    const score = scoreAlignments([{ gold, test }]);
    expect(score.precisionStrict).toBeCloseTo(3 / 5);
    expect(score.precisionLax).toBeCloseTo(4 / 5);
    // Recall over links with both sides: [1]:[1, 2] is found only laxly.
    expect(score.recallStrict).toBeCloseTo(2 / 3);
    expect(score.recallLax).toBeCloseTo(1);
    expect(score.f1Strict).toBeCloseTo((2 * 0.6 * (2 / 3)) / (0.6 + 2 / 3));
  });

  it('is perfect for the gold itself and sums counts over documents before dividing', () => {
    expect(scoreAlignments([{ gold, test: gold }]).f1Strict).toBe(1);
    const wrong = parseLinks('[0, 1]:[0, 1, 2, 3]\n[2]:[4]\n');
    const together = scoreAlignments([
      { gold, test: gold },
      { gold, test: wrong },
    ]);
    // Precision: 4 hits of 4, then 1 of 2 → 5/6; recall: 3 of 3, then 1 of 3 → 4/6.
    expect(together.precisionStrict).toBeCloseTo(5 / 6);
    expect(together.recallStrict).toBeCloseTo(4 / 6);
  });

  it('scores an empty alignment as zero rather than dividing by zero', () => {
    expect(scoreAlignments([{ gold, test: [] }])).toMatchObject({ precisionStrict: 0, recallStrict: 0, f1Strict: 0 });
  });
});
