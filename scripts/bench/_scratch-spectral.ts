import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { scoreParagraphPairs, type Comparison } from '../../src-main/core/stories/themes.js';
import { evaluateComparison } from '../../src-main/core/stories/evaluate.js';
const which = process.argv[2] ?? 'sample';
const params = process.argv[3] ? JSON.parse(process.argv[3]) : {};
const within = Number(process.argv[4] ?? 0.3);
const story = which === 'mh' ? loadSecondStory() : loadSampleStory();
const pairs = scoreParagraphPairs(story.articles, { parameters: params });
const body: string[] = [];
for (const a of story.articles) for (const p of a.paragraphs) if (p.kind === 'body') body.push(`${a.id}:${p.index}`);
const idx = new Map(body.map((k, i) => [k, i]));
const n = body.length;
const W = Array.from({ length: n }, () => new Float64Array(n));
for (const p of pairs) { const i = idx.get(`${p.a.article}:${p.a.paragraph}`)!, j = idx.get(`${p.b.article}:${p.b.paragraph}`)!; const w = p.a.article === p.b.article ? p.score * within : p.score; W[i]![j] = w; W[j]![i] = w; }
// jacobi eigen
function jacobi(A: Float64Array[]): { values: number[]; vectors: Float64Array[] } {
  const m = A.length; const a = A.map((r) => Float64Array.from(r)); const v = Array.from({ length: m }, (_, i) => { const r = new Float64Array(m); r[i] = 1; return r; });
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0; for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) off += a[i]![j]! ** 2; if (off < 1e-14) break;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) {
      const apq = a[p]![q]!; if (Math.abs(apq) < 1e-15) continue;
      const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq); const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1)); const c = 1 / Math.sqrt(t * t + 1), s = t * c;
      for (let k = 0; k < m; k++) { const akp = a[k]![p]!, akq = a[k]![q]!; a[k]![p] = c * akp - s * akq; a[k]![q] = s * akp + c * akq; }
      for (let k = 0; k < m; k++) { const apk = a[p]![k]!, aqk = a[q]![k]!; a[p]![k] = c * apk - s * aqk; a[q]![k] = s * apk + c * aqk; }
      for (let k = 0; k < m; k++) { const vkp = v[k]![p]!, vkq = v[k]![q]!; v[k]![p] = c * vkp - s * vkq; v[k]![q] = s * vkp + c * vkq; }
    }
  }
  return { values: a.map((r, i) => r[i]!), vectors: v };
}
const deg = W.map((r) => r.reduce((s, x) => s + x, 0) + 1e-9);
const M = W.map((r, i) => Float64Array.from(r, (x, j) => x / Math.sqrt(deg[i]! * deg[j]!)));
const { values, vectors } = jacobi(M);
const order = values.map((v, i) => [v, i] as const).sort((x, y) => y[0] - x[0]);
console.log('top eigenvalues', order.slice(0, 12).map((x) => x[0].toFixed(3)).join(' '));
for (let k = 3; k <= 12; k++) {
  const X = body.map((_, i) => { const row = order.slice(0, k).map(([, c]) => vectors[i]![c]!); const nr = Math.hypot(...row) || 1; return row.map((x) => x / nr); });
  // k-means++ deterministic: farthest-first init
  let best: number[] = []; let bestInertia = Infinity;
  for (let seed = 0; seed < 10; seed++) {
    const centers: number[][] = [X[(seed * 7) % n]!];
    while (centers.length < k) { let far = 0, fd = -1; X.forEach((x, i) => { const d = Math.min(...centers.map((c) => c.reduce((s, v, t) => s + (v - x[t]!) ** 2, 0))); if (d > fd) [fd, far] = [d, i]; }); centers.push([...X[far]!]); }
    let assign = new Array(n).fill(0);
    for (let it = 0; it < 50; it++) {
      assign = X.map((x) => { let b = 0, bd = Infinity; centers.forEach((c, ci) => { const d = c.reduce((s, v, t) => s + (v - x[t]!) ** 2, 0); if (d < bd) [bd, b] = [d, ci]; }); return b; });
      for (let c = 0; c < k; c++) { const mem = X.filter((_, i) => assign[i] === c); if (mem.length) centers[c] = mem[0]!.map((_, t) => mem.reduce((s, x) => s + x[t]!, 0) / mem.length); }
    }
    const inertia = X.reduce((s, x, i) => s + centers[assign[i]]!.reduce((q, v, t) => q + (v - x[t]!) ** 2, 0), 0);
    if (inertia < bestInertia) [bestInertia, best] = [inertia, assign];
  }
  const themes = new Map<number, any[]>(); best.forEach((c, i) => { const [a, p] = body[i]!.split(':').map(Number); themes.set(c, [...(themes.get(c) ?? []), { article: a, paragraph: p }]); });
  const comparison = { themes: [...themes].map(([id, members]) => ({ id: `t${id}`, members })), bestLinks: [] } as unknown as Comparison;
  const e = evaluateComparison(comparison, story.gold, story.languageOf);
  console.log('k', k, 'same F1', e.sameLanguage.pairs.f1.toFixed(3), 'cross F1', e.crossLanguage.pairs.f1.toFixed(3), 'P', e.crossLanguage.pairs.precision.toFixed(3), 'R', e.crossLanguage.pairs.recall.toFixed(3));
}
