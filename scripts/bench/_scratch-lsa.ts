import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { buildAnchors } from '../../src-main/core/stories/anchors.js';
const story = process.argv[2] === 'mh' ? loadSecondStory() : loadSampleStory();
const ks = (process.argv[3] ?? '5,10,15,20,30').split(',').map(Number);
const ctx = Number(process.argv[4] ?? 0);
const A = buildAnchors(story.articles.flatMap((x) => x.paragraphs.map((p) => ({ article: x.id, paragraph: p.index, kind: p.kind, language: p.language || x.language, text: p.text }))));
const body = A.paragraphs.map((p, i) => [p, i] as const).filter(([p]) => p.kind === 'body');
const vecs = body.map(([p, i]) => {
  const m = new Map<string, number>();
  const addAll = (q: typeof p, f: number) => { for (const map of [q.anchors, q.cognates, q.terms]) for (const [k, v] of map) m.set(k, (m.get(k) ?? 0) + f * v); };
  addAll(p, 1);
  if (ctx) for (const j of [i - 1, i + 1]) { const q = A.paragraphs[j]; if (q && q.article === p.article && q.kind === 'body') addAll(q, ctx); }
  const norm = Math.sqrt([...m.values()].reduce((s, v) => s + v * v, 0)) || 1;
  for (const [k, v] of m) m.set(k, v / norm);
  return m;
});
const n = vecs.length;
const G = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => { let d = 0; for (const [k, v] of vecs[i]!) { const w = vecs[j]!.get(k); if (w) d += v * w; } return d; }));
function jacobi(A: Float64Array[]) {
  const m = A.length; const a = A.map((r) => Float64Array.from(r)); const v = Array.from({ length: m }, (_, i) => { const r = new Float64Array(m); r[i] = 1; return r; });
  for (let sweep = 0; sweep < 50; sweep++) { let off = 0; for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) off += a[i]![j]! ** 2; if (off < 1e-12) break;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) { const apq = a[p]![q]!; if (Math.abs(apq) < 1e-14) continue; const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq); const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1)); const c = 1 / Math.sqrt(t * t + 1), s = t * c;
      for (let k = 0; k < m; k++) { const x = a[k]![p]!, y = a[k]![q]!; a[k]![p] = c * x - s * y; a[k]![q] = s * x + c * y; }
      for (let k = 0; k < m; k++) { const x = a[p]![k]!, y = a[q]![k]!; a[p]![k] = c * x - s * y; a[q]![k] = s * x + c * y; }
      for (let k = 0; k < m; k++) { const x = v[k]![p]!, y = v[k]![q]!; v[k]![p] = c * x - s * y; v[k]![q] = s * x + c * y; } } }
  return { values: a.map((r, i) => r[i]!), vectors: v };
}
const { values, vectors } = jacobi(G);
const order = values.map((x, i) => [x, i] as const).sort((x, y) => y[0] - x[0]);
const gold = new Map<string, Set<string>>();
for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; if (!gold.has(k)) gold.set(k, new Set()); gold.get(k)!.add(t.id); }
const keyOf = (i: number) => `${body[i]![0].article}:${body[i]![0].paragraph}`;
function report(tag: string, sim: (i: number, j: number) => number) {
  const buckets: Record<string, Array<[number, boolean]>> = {};
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const a = body[i]![0], b = body[j]![0]; if (a.article === b.article) continue;
    const gi = gold.get(keyOf(i)), gj = gold.get(keyOf(j)); if (!gi || !gj) continue;
    const pos = [...gi].some((t) => gj.has(t));
    const bucket = [story.languageOf(a.article), story.languageOf(b.article)].sort().join('-');
    (buckets[bucket] ??= []).push([sim(i, j), pos]);
  }
  const out: string[] = [];
  for (const [b, list] of Object.entries(buckets)) {
    const P = list.filter((x) => x[1]).length, N = list.length - P; const asc = [...list].sort((x, y) => x[0] - y[0]);
    let rs = 0, i = 0; while (i < asc.length) { let j = i; while (j < asc.length && asc[j]![0] === asc[i]![0]) j++; const r = (i + 1 + j) / 2; for (let k = i; k < j; k++) if (asc[k]![1]) rs += r; i = j; }
    out.push(`${b} ${((rs - P * (P + 1) / 2) / (P * N)).toFixed(3)}`);
  }
  console.log(tag.padEnd(10), out.join(' | '));
}
report('raw', (i, j) => G[i]![j]!);
for (const k of ks) {
  const Z = Array.from({ length: n }, (_, i) => order.slice(0, k).map(([val, c]) => vectors[i]![c]! * Math.sqrt(Math.max(0, val))));
  const nz = Z.map((z) => Math.hypot(...z) || 1);
  report(`lsa k=${k}`, (i, j) => Z[i]!.reduce((s, v, t) => s + v * Z[j]![t]!, 0) / (nz[i]! * nz[j]!));
}
