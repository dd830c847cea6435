/**
 * Communities of a weighted undirected graph by modularity (the Louvain method): move each node to
 * the neighbouring community that gains most modularity, repeat until nothing moves, then collapse
 * communities into nodes and start again. Deterministic: nodes are visited in index order and ties
 * keep the current community, so the same graph always gives the same communities.
 *
 * `resolution` above 1 favours more, smaller communities; below 1 fewer, larger ones. Used for
 * themes (paragraphs) and stories (articles): both are "which items hang together" over a sparse
 * graph of evidence, where a fixed similarity threshold would either chain everything or split
 * what belongs together.
 */

export interface WeightedEdge {
  a: number;
  b: number;
  weight: number;
}

/** Community index of every node, numbered 0… in order of each community's first node. */
export function louvain(nodeCount: number, edges: readonly WeightedEdge[], resolution = 1): number[] {
  // Adjacency of the current (possibly collapsed) graph.
  let size = nodeCount;
  let adjacency = buildAdjacency(size, edges);
  // Which current node each original node belongs to.
  let membership = Array.from({ length: nodeCount }, (_, i) => i);
  for (let level = 0; level < 32; level++) {
    const { community, moved } = oneLevel(size, adjacency, resolution);
    if (!moved) break;
    // Renumber communities densely, in order of first node.
    const renumber = new Map<number, number>();
    for (const c of community) if (!renumber.has(c)) renumber.set(c, renumber.size);
    membership = membership.map((node) => renumber.get(community[node]!)!);
    const collapsed: WeightedEdge[] = [];
    for (let u = 0; u < size; u++) {
      for (const [v, w] of adjacency[u]!) {
        if (v < u) continue;
        collapsed.push({ a: renumber.get(community[u]!)!, b: renumber.get(community[v]!)!, weight: w });
      }
    }
    size = renumber.size;
    adjacency = buildAdjacency(size, collapsed);
  }
  const renumber = new Map<number, number>();
  return membership.map((c) => {
    let k = renumber.get(c);
    if (k === undefined) renumber.set(c, (k = renumber.size));
    return k;
  });
}

function buildAdjacency(size: number, edges: readonly WeightedEdge[]): Array<Map<number, number>> {
  const adjacency = Array.from({ length: size }, () => new Map<number, number>());
  for (const { a, b, weight } of edges) {
    if (!(weight > 0)) continue;
    adjacency[a]!.set(b, (adjacency[a]!.get(b) ?? 0) + weight);
    if (a !== b) adjacency[b]!.set(a, (adjacency[b]!.get(a) ?? 0) + weight);
  }
  return adjacency;
}

function oneLevel(size: number, adjacency: Array<Map<number, number>>, resolution: number): { community: number[]; moved: boolean } {
  const degree = new Float64Array(size);
  let total = 0;
  for (let u = 0; u < size; u++) {
    for (const [v, w] of adjacency[u]!) {
      degree[u] = degree[u]! + (v === u ? 2 * w : w);
      total += v === u ? 2 * w : w;
    }
  }
  const community = Array.from({ length: size }, (_, i) => i);
  if (total === 0) return { community, moved: false };
  const m2 = total; // twice the total edge weight
  const communityDegree = Float64Array.from(degree);
  let moved = false;
  for (let pass = 0; pass < 100; pass++) {
    let changed = false;
    for (let u = 0; u < size; u++) {
      const current = community[u]!;
      // Weight from u to each neighbouring community.
      const toCommunity = new Map<number, number>();
      for (const [v, w] of adjacency[u]!) {
        if (v === u) continue;
        toCommunity.set(community[v]!, (toCommunity.get(community[v]!) ?? 0) + w);
      }
      communityDegree[current] = communityDegree[current]! - degree[u]!;
      const gain = (c: number) => (toCommunity.get(c) ?? 0) - (resolution * degree[u]! * communityDegree[c]!) / m2;
      let best = current;
      let bestGain = gain(current);
      for (const c of [...toCommunity.keys()].sort((x, y) => x - y)) {
        const g = gain(c);
        if (g > bestGain + 1e-12) [best, bestGain] = [c, g];
      }
      communityDegree[best] = communityDegree[best]! + degree[u]!;
      if (best !== current) {
        community[u] = best;
        changed = true;
        moved = true;
      }
    }
    if (!changed) break;
  }
  return { community, moved };
}

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly merges the
 * two clusters whose average pairwise similarity (absent pairs count as 0) is highest, while it
 * is at least `threshold`. Unlike modularity, a merge must be supported by most pairs across the
 * two clusters, so one strong link does not pull two topics together. Deterministic (ties go to
 * the lowest cluster indexes). Returns a cluster index per node, numbered by first node.
 */
export function averageLinkage(nodeCount: number, edges: readonly WeightedEdge[], threshold: number): number[] {
  const sums = Array.from({ length: nodeCount }, () => new Map<number, number>());
  for (const { a, b, weight } of edges) {
    if (a === b) continue;
    sums[a]!.set(b, (sums[a]!.get(b) ?? 0) + weight);
    sums[b]!.set(a, (sums[b]!.get(a) ?? 0) + weight);
  }
  const size = new Array<number>(nodeCount).fill(1);
  const alive = new Array<boolean>(nodeCount).fill(true);
  const owner = Array.from({ length: nodeCount }, (_, i) => i);
  for (;;) {
    let bestA = -1;
    let bestB = -1;
    let best = threshold;
    for (let a = 0; a < nodeCount; a++) {
      if (!alive[a]) continue;
      for (const [b, sum] of sums[a]!) {
        if (b <= a) continue;
        const average = sum / (size[a]! * size[b]!);
        if (average > best || (average === best && bestA < 0 && average >= threshold)) [best, bestA, bestB] = [average, a, b];
      }
    }
    if (bestA < 0) break;
    // Merge bestB into bestA.
    for (const [c, sum] of sums[bestB]!) {
      if (c === bestA) continue;
      sums[bestA]!.set(c, (sums[bestA]!.get(c) ?? 0) + sum);
      const other = sums[c]!;
      other.set(bestA, (other.get(bestA) ?? 0) + sum);
      other.delete(bestB);
    }
    sums[bestA]!.delete(bestB);
    sums[bestB]!.clear();
    alive[bestB] = false;
    size[bestA] = size[bestA]! + size[bestB]!;
    for (let i = 0; i < nodeCount; i++) if (owner[i] === bestB) owner[i] = bestA;
  }
  const renumber = new Map<number, number>();
  return owner.map((c) => {
    let k = renumber.get(c);
    if (k === undefined) renumber.set(c, (k = renumber.size));
    return k;
  });
}
