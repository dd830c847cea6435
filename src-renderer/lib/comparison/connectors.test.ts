import { describe, expect, it } from 'vitest';
import { connectNeighbours } from './connectors.js';

describe('connectNeighbours', () => {
  it('ties each paragraph to the nearest one on its theme, and leaves nobody on a shared theme unlinked', () => {
    const left = [
      { theme: 'a', position: 0.1, key: 'L1' },
      { theme: 'b', position: 0.5, key: 'L2' },
      { theme: 'a', position: 0.9, key: 'L3' },
      { theme: 'c', position: 0.95, key: 'L4' },
    ];
    const right = [
      { theme: 'a', position: 0.0, key: 'R1' },
      { theme: 'a', position: 0.4, key: 'R2' },
      { theme: 'a', position: 0.8, key: 'R3' },
      { theme: 'b', position: 0.2, key: 'R4' },
    ];
    const lines = connectNeighbours(left, right).map((c) => `${c.from}>${c.to}`);
    expect(lines).toEqual(['L1>R1', 'L2>R4', 'L3>R3', 'L1>R2']);
    expect(lines.some((line) => line.includes('L4'))).toBe(false);
  });

  it('draws nothing between columns that share no theme', () => {
    expect(connectNeighbours([{ theme: 'a', position: 0, key: 'x' }], [{ theme: 'b', position: 0, key: 'y' }])).toEqual([]);
  });
});
