import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { scoreParagraphPairs } from '../../src-main/core/stories/themes.js';
const story = process.argv[2] === 'mh' ? loadSecondStory() : loadSampleStory();
const within = 0.3;
const pairs = scoreParagraphPairs(story.articles, {});
const body: string[] = []; for (const a of story.articles) for (const p of a.paragraphs) if (p.kind === 'body') body.push(`${a.id}:${p.index}`);
const n = body.length; const idx = new Map(body.map((k, i) => [k, i]));
const art = body.map((k) => Number(k.split(':')[0]));
const S = Array.from({ length: n }, () => new Float64Array(n));
for (const p of pairs) { const i = idx.get(`${p.a.article}:${p.a.paragraph}`)!, j = idx.get(`${p.b.article}:${p.b.paragraph}`)!; const w = p.a.article === p.b.article ? p.score * within : p.score; S[i]![j] = S[j]![i] = w; }
const gold = new Map<string, Set<string>>();
for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; if (!gold.has(k)) gold.set(k, new Set()); gold.get(k)!.add(t.id); }
function evaluate(member: Array<Set<number>>) {
  const c = { same: [0, 0, 0], cross: [0, 0, 0] };
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    if (art[i] === art[j]) continue; const gi = gold.get(body[i]!), gj = gold.get(body[j]!); if (!gi || !gj) continue;
    const g = [...gi].some((t) => gj.has(t)); const p = [...member[i]!].some((t) => member[j]!.has(t));
    const b = story.languageOf(art[i]!) === story.languageOf(art[j]!) ? 'same' : 'cross';
    if (g && p) c[b][0]!++; if (p) c[b][1]!++; if (g) c[b][2]!++;
  }
  const f = (x: number[]) => { const P = x[0]! / (x[1]! || 1), R = x[0]! / (x[2]! || 1); return `F1 ${(2 * P * R / ((P + R) || 1)).toFixed(3)} P ${P.toFixed(2)} R ${R.toFixed(2)}`; };
  return `cross ${f(c.cross)} | same ${f(c.same)}`;
}
// average linkage with full merge history
const owner = body.map((_, i) => i); const size = body.map(() => 1); const alive = body.map(() => true);
const sums = Array.from({ length: n }, (_, i) => new Map<number, number>([...S[i]!].map((v, j) => [j, v] as [number, number]).filter(([j, v]) => v > 0 && j !== i)));
const cuts: Array<{ level: number; owner: number[] }> = [];
for (;;) {
  let bA = -1, bB = -1, bv = 0;
  for (let a = 0; a < n; a++) if (alive[a]) for (const [b, s] of sums[a]!) if (b > a) { const avg = s / (size[a]! * size[b]!); if (avg > bv) [bv, bA, bB] = [avg, a, b]; }
  if (bA < 0 || bv < 0.02) break;
  for (const [c, s] of sums[bB]!) { if (c === bA) continue; sums[bA]!.set(c, (sums[bA]!.get(c) ?? 0) + s); sums[c]!.set(bA, (sums[c]!.get(bA) ?? 0) + s); sums[c]!.delete(bB); }
  sums[bA]!.delete(bB); sums[bB]!.clear(); alive[bB] = false; size[bA]! += size[bB]!; for (let i = 0; i < n; i++) if (owner[i] === bB) owner[i] = bA;
  cuts.push({ level: bv, owner: [...owner] });
}
for (const target of [0.2, 0.15, 0.12, 0.1, 0.08, 0.07, 0.06]) {
  const cut = [...cuts].reverse().find((c) => c.level >= target)!;
  const groups = new Map<number, number[]>(); cut.owner.forEach((o, i) => groups.set(o, [...(groups.get(o) ?? []), i]));
  const themes = [...groups.values()].filter((g) => g.length >= 2);
  const base: Array<Set<number>> = body.map(() => new Set());
  themes.forEach((g, t) => g.forEach((i) => base[i]!.add(t)));
  const line = [`cut ${target} k=${themes.length}`, 'hard', evaluate(base)];
  for (const alpha of [0.9, 0.7, 0.5]) {
    const multi = base.map((s) => new Set(s));
    for (let i = 0; i < n; i++) {
      const avg = themes.map((g) => g.filter((j) => j !== i).reduce((s, j) => s + S[i]![j]!, 0) / Math.max(1, g.filter((j) => j !== i).length));
      const own = [...base[i]!][0];
      const ownAvg = own === undefined ? 0 : avg[own]!;
      let best = -1, bestV = 0; avg.forEach((v, t) => { if (t !== own && v > bestV) [best, bestV] = [t, v]; });
      if (best >= 0 && bestV >= alpha * ownAvg && bestV >= target) multi[i]!.add(best);
    }
    line.push(`a${alpha}: ${evaluate(multi)}`);
  }
  console.log(line.join('  '));
}
