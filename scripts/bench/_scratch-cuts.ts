import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { scoreParagraphPairs, type Comparison } from '../../src-main/core/stories/themes.js';
import { evaluateComparison } from '../../src-main/core/stories/evaluate.js';
const story = process.argv[2] === 'mh' ? loadSecondStory() : loadSampleStory();
const params = process.argv[3] ? JSON.parse(process.argv[3]) : {};
const within = Number(process.argv[4] ?? 0.3);
const pairs = scoreParagraphPairs(story.articles, { parameters: params });
const body: string[] = []; for (const a of story.articles) for (const p of a.paragraphs) if (p.kind === 'body') body.push(`${a.id}:${p.index}`);
const n = body.length; const idx = new Map(body.map((k, i) => [k, i]));
const S = Array.from({ length: n }, () => new Float64Array(n));
const sums = Array.from({ length: n }, () => new Map<number, number>());
for (const p of pairs) { const i = idx.get(`${p.a.article}:${p.a.paragraph}`)!, j = idx.get(`${p.b.article}:${p.b.paragraph}`)!; const w = p.a.article === p.b.article ? p.score * within : p.score; sums[i]!.set(j, w); sums[j]!.set(i, w); S[i]![j] = S[j]![i] = w; }
const owner = body.map((_, i) => i); const size = body.map(() => 1); const alive = body.map(() => true);
function evalCut() {
  const groups = new Map<number, number[]>(); owner.forEach((o, i) => groups.set(o, [...(groups.get(o) ?? []), i]));
  const themes = [...groups.values()].filter((g) => g.length >= 2).map((g, t) => ({ id: `t${t}`, members: g.map((i) => { const [a, p] = body[i]!.split(':').map(Number); return { article: a!, paragraph: p! }; }) }));
  const e = evaluateComparison({ themes, bestLinks: [] } as unknown as Comparison, story.gold, story.languageOf);
  // silhouette-ish: mean over nodes in clusters of (avg sim in own) - (max avg sim to other)
  let sil = 0, cnt = 0;
  for (const g of groups.values()) for (const i of g) {
    if (g.length < 2) continue;
    const own = g.reduce((s, j) => s + (j === i ? 0 : S[i]![j]!), 0) / (g.length - 1);
    let other = 0; for (const h of groups.values()) { if (h === g) continue; const v = h.reduce((s, j) => s + S[i]![j]!, 0) / h.length; other = Math.max(other, v); }
    sil += (own - other) / Math.max(own, other, 1e-9); cnt++;
  }
  return { e, sil: cnt ? sil / n : 0, k: themes.length };
}
let best = 0;
for (let step = 0; step < n - 1; step++) {
  let bA = -1, bB = -1, bv = 0;
  for (let a = 0; a < n; a++) if (alive[a]) for (const [b, s] of sums[a]!) if (b > a) { const avg = s / (size[a]! * size[b]!); if (avg > bv) [bv, bA, bB] = [avg, a, b]; }
  if (bA < 0) break;
  for (const [c, s] of sums[bB]!) { if (c === bA) continue; sums[bA]!.set(c, (sums[bA]!.get(c) ?? 0) + s); sums[c]!.set(bA, (sums[c]!.get(bA) ?? 0) + s); sums[c]!.delete(bB); }
  sums[bA]!.delete(bB); sums[bB]!.clear(); alive[bB] = false; size[bA]! += size[bB]!; for (let i = 0; i < n; i++) if (owner[i] === bB) owner[i] = bA;
  const { e, sil, k } = evalCut();
  const f = e.crossLanguage.pairs.gold ? e.crossLanguage.pairs.f1 : e.sameLanguage.pairs.f1;
  if (step % 3 === 0 || f > best) console.log(`merge@${bv.toFixed(3)} k=${k} cross ${e.crossLanguage.pairs.f1.toFixed(3)} same ${e.sameLanguage.pairs.f1.toFixed(3)} sil ${sil.toFixed(3)}`);
  best = Math.max(best, f);
}
