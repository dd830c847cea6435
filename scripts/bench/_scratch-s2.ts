import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { scoreParagraphPairs } from '../../src-main/core/stories/themes.js';
const params = process.argv[2] ? JSON.parse(process.argv[2]) : {};
const alphas = [0, 0.5, 1, 2, 1000];
function evalAuc(name: string, story: any, sim: (a: string, b: string) => number, tag: string) {
  const gold = new Map<string, Set<string>>();
  for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; if (!gold.has(k)) gold.set(k, new Set()); gold.get(k)!.add(t.id); }
  const keys = [...gold.keys()];
  const buckets: Record<string, Array<[number, boolean]>> = { same: [], cross: [] };
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
    const [a] = keys[i]!.split(':').map(Number); const [b] = keys[j]!.split(':').map(Number);
    if (a === b) continue;
    const pos = [...gold.get(keys[i]!)!].some((t) => gold.get(keys[j]!)!.has(t));
    const bucket = story.languageOf(a!) === story.languageOf(b!) ? 'same' : 'cross';
    buckets[bucket]!.push([sim(keys[i]!, keys[j]!), pos]);
  }
  const out: string[] = [];
  for (const [b, list] of Object.entries(buckets)) {
    if (!list.length) continue;
    list.sort((x, y) => y[0] - x[0]);
    const P = list.filter((x) => x[1]).length; const N = list.length - P;
    const asc = [...list].reverse();
    let rankSum = 0; asc.forEach((x, i) => { if (x[1]) rankSum += i + 1; });
    const auc = (rankSum - P * (P + 1) / 2) / (P * N);
    let tp = 0, ap = 0; list.forEach((x, i) => { if (x[1]) { tp++; ap += tp / (i + 1); } });
    out.push(`${b} AUC ${auc.toFixed(3)} AP ${(ap / P).toFixed(3)}`);
  }
  console.log(name, tag, out.join(' | '));
}
for (const [name, load] of [['code red', loadSampleStory], ['mh370', loadSecondStory]] as const) {
  const story = load();
  const pairs = scoreParagraphPairs(story.articles, { parameters: params });
  const ids: string[] = []; const idx = new Map<string, number>();
  const id = (r: any) => { const k = `${r.article}:${r.paragraph}`; if (!idx.has(k)) { idx.set(k, ids.length); ids.push(k); } return idx.get(k)!; };
  for (const p of pairs) { id(p.a); id(p.b); }
  const n = ids.length;
  const S = Array.from({ length: n }, () => new Float64Array(n));
  for (const p of pairs) { const i = id(p.a), j = id(p.b); S[i]![j] = p.score; S[j]![i] = p.score; }
  // row-normalise (cosine of profiles)
  const norm = S.map((r) => Math.sqrt(r.reduce((s, v) => s + v * v, 0)) || 1);
  const S2 = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) { let d = 0; for (let k = 0; k < n; k++) d += S[i]![k]! * S[j]![k]!; S2[i]![j] = S2[j]![i] = d / (norm[i]! * norm[j]!); }
  const get = (M: Float64Array[], a: string, b: string) => { const i = idx.get(a), j = idx.get(b); return i === undefined || j === undefined ? 0 : M[i]![j]!; };
  for (const alpha of alphas) evalAuc(name, story, (a, b) => get(S, a, b) + alpha * get(S2, a, b), `alpha ${alpha}`);
}
