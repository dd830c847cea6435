import { describe, expect, it } from 'vitest';
import { formatLinks, parseLinks } from './links.js';

describe('benchmark link format', () => {
  it('reads gold files and Vecalign output (with its trailing cost) and writes them back', () => {
    const links = parseLinks('[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[]:0.000000\n\n[4]:[3, 4]:0.156006\n');
    expect(links).toEqual([
      { source: [0], target: [0] },
      { source: [1, 2], target: [1] },
      { source: [], target: [2] },
      { source: [3], target: [] },
      { source: [4], target: [3, 4] },
    ]);
    expect(formatLinks(links)).toBe('[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[]\n[4]:[3,4]\n');
  });

  it('names the line it cannot read', () => {
    expect(() => parseLinks('[0]:[0]\nnot a link\n')).toThrow(/line 2/u);
  });
});
