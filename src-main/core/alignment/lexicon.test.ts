import { describe, expect, it } from 'vitest';
import { learnLexicon, mergeTables } from './lexicon.js';

describe('learnLexicon', () => {
  // Source words 0 (glacier) 1 (summit) 2 (and); target words 0 (glacier) 1 (sommet) 2 (et) 3 (neige).
  const sourceItems = [[0, 2], [1, 2], [1], [0, 2], [2]].map((s) => Int32Array.from(s));
  const targetItems = [[0, 2], [1, 2], [1, 3], [0, 2, 3], [2]].map((t) => Int32Array.from(t));
  const links = [0, 1, 2, 3, 4].map((k) => ({ source: [k], target: [k] }));
  const isWord = { source: () => true, target: () => true };

  it('pairs words that keep meeting in the same links, each with its best partner', () => {
    const table = learnLexicon(links, sourceItems, targetItems, 4, isWord, { minimumDice: 0.3, minimumCount: 2, perWord: 1 });
    const pairs = table.flatMap((row, s) => (row ?? []).map((c) => [s, c.target, Number(c.weight.toFixed(2))]));
    expect(pairs).toEqual([
      [0, 0, 1],
      [1, 1, 1],
      [2, 2, 1],
    ]);
  });

  it('needs two meetings: a single one is chance', () => {
    const table = learnLexicon([links[0]!, links[2]!], sourceItems, targetItems, 4, isWord, { minimumDice: 0.3, minimumCount: 2, perWord: 1 });
    expect(table.flatMap((row) => row ?? [])).toEqual([]);
  });

  it('merges tables keeping the strongest weight per pair', () => {
    const merged = mergeTables([[{ target: 1, weight: 0.5 }]], [[{ target: 1, weight: 0.9 }, { target: 2, weight: 0.3 }]], 1);
    expect(merged).toEqual([
      [
        { target: 1, weight: 0.9 },
        { target: 2, weight: 0.3 },
      ],
    ]);
  });
});
