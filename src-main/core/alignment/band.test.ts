import { describe, expect, it } from 'vitest';
import { anchorCandidates, anchorChain, bandAroundAnchors, bandAroundPath } from './band.js';

describe('search bands', () => {
  it('chains the heaviest anchors that increase on both sides', () => {
    const chain = anchorChain(
      [
        { source: 1, target: 1, weight: 1 },
        { source: 2, target: 9, weight: 1.5 }, // out of order with everything after it
        { source: 5, target: 4, weight: 1 },
        { source: 8, target: 8, weight: 1 },
        { source: 8, target: 7, weight: 0.5 }, // one source sentence, two targets: one is kept
      ],
      10,
    );
    expect(chain.map((a) => [a.source, a.target])).toEqual([
      [1, 1],
      [5, 4],
      [8, 8],
    ]);
  });

  it('finds anchors in items of equal, low frequency, pairing occurrences in order', () => {
    const items = (lists: number[][]) => lists.map((l) => Int32Array.from(l));
    const anchors = anchorCandidates({
      sourceItems: items([[0], [1], [0], [2]]),
      targetItems: items([[0], [1], [1], [0]]),
      sourceFrequency: Int32Array.from([2, 1, 1]),
      targetFrequency: Int32Array.from([2, 2]),
      correspondences: [[{ target: 0, weight: 1 }], [{ target: 1, weight: 1 }], []],
    });
    // Item 0 occurs twice on each side: (0,0) and (2,3). Item 1 occurs once and twice: no anchor.
    expect(anchors.map((a) => [a.source, a.target]).sort()).toEqual([
      [0, 0],
      [2, 3],
    ]);
  });

  it('builds monotone bands that contain the corners and the path', () => {
    const band = bandAroundAnchors([{ source: 50, target: 60, weight: 1 }], 100, 120, { minimum: 5, share: 0.1, maximum: 30 });
    expect(band.lo[0]).toBe(0);
    expect(band.hi[100]).toBe(120);
    for (let i = 1; i <= 100; i++) {
      expect(band.lo[i]!).toBeGreaterThanOrEqual(band.lo[i - 1]!);
      expect(band.hi[i]!).toBeGreaterThanOrEqual(band.hi[i - 1]!);
    }
    expect(band.lo[50]!).toBeLessThanOrEqual(60);
    expect(band.hi[50]!).toBeGreaterThanOrEqual(61);
    const path = bandAroundPath(
      [
        { source: [0], target: [0, 1] },
        { source: [1, 2], target: [2] },
      ],
      3,
      3,
      1,
    );
    expect([...path.lo]).toEqual([0, 0, 0, 1]);
    expect([...path.hi]).toEqual([3, 3, 3, 3]);
  });
});
