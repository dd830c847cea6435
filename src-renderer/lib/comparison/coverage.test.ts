import { describe, expect, it } from 'vitest';
import { heatLevel, omissions, share } from './coverage.js';
import { comparison } from './fixture.test-data.js';

describe('coverage', () => {
  it('reads shares from the matrix', () => {
    expect(share(comparison, 't1', 2)).toBe(1);
    expect(share(comparison, 't2', 2)).toBe(0);
    expect(share(comparison, 'missing', 1)).toBe(0);
  });

  it('lists what each source leaves out', () => {
    const result = omissions(comparison);
    expect(result.find((o) => o.article === 2)?.themes.map((t) => t.id)).toEqual(['t2']);
    expect(result.find((o) => o.article === 1)?.themes).toEqual([]);
  });

  it('grades shares into levels', () => {
    expect([0, 0.05, 0.2, 0.4, 0.9].map(heatLevel)).toEqual([0, 1, 2, 3, 4]);
  });
});
