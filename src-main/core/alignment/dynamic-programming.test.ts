import { describe, expect, it } from 'vitest';
import { fullBand } from './band.js';
import { bestPath } from './dynamic-programming.js';

describe('bestPath', () => {
  it('finds the best monotone path of links, splits and merges included', () => {
    // Source 0 is target 0 and 1 together; source 1 and 2 are target 2; source 3 has no counterpart.
    const wanted = new Set(['0-1:0-2', '1-3:2-3', '3-4:3-3']);
    const score = (i0: number, i1: number, j0: number, j1: number) => (wanted.has(`${i0}-${i1}:${j0}-${j1}`) ? 5 : -1 - (i1 - i0) - (j1 - j0));
    expect(bestPath(4, 3, fullBand(4, 3), score)).toEqual([
      { source: [0], target: [0, 1] },
      { source: [1, 2], target: [2] },
      { source: [3], target: [] },
    ]);
  });

  it('covers every sentence exactly once, in order', () => {
    const links = bestPath(7, 5, fullBand(7, 5), (i0, i1, j0, j1) => -Math.abs(i1 - i0 - (j1 - j0)) - 0.1 * (i1 - i0 + j1 - j0));
    expect(links.flatMap((l) => l.source)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(links.flatMap((l) => l.target)).toEqual([0, 1, 2, 3, 4]);
  });
});
