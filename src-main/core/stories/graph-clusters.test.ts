import { describe, expect, it } from 'vitest';
import { averageLinkage, louvain, type WeightedEdge } from './graph-clusters.js';

function cliques(): WeightedEdge[] {
  const edges: WeightedEdge[] = [];
  for (const group of [[0, 1, 2, 3], [4, 5, 6, 7]]) for (const a of group) for (const b of group) if (a < b) edges.push({ a, b, weight: 1 });
  edges.push({ a: 3, b: 4, weight: 0.2 });
  return edges;
}

describe('graph clusters', () => {
  it('separates two cliques joined by a weak bridge (modularity)', () => {
    const c = louvain(9, cliques());
    expect(new Set(c.slice(0, 4)).size).toBe(1);
    expect(new Set(c.slice(4, 8)).size).toBe(1);
    expect(c[0]).not.toBe(c[4]);
    // An isolated node stays alone.
    expect(c.filter((x) => x === c[8]).length).toBe(1);
  });

  it('separates them by average linkage, and stops at the threshold', () => {
    const c = averageLinkage(9, cliques(), 0.5);
    expect(c.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(c.slice(4, 8)).toEqual([1, 1, 1, 1]);
    expect(c[8]).toBe(2);
    expect(new Set(averageLinkage(9, cliques(), 0.01).slice(0, 8)).size).toBe(1);
  });

  it('is deterministic', () => {
    expect(louvain(9, cliques())).toEqual(louvain(9, cliques()));
    expect(averageLinkage(9, cliques(), 0.5)).toEqual(averageLinkage(9, cliques(), 0.5));
  });
});
