import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { tokenize } from '../../src-main/core/search/tokenizer.js';
import { termForm } from '../../src-main/core/stories/anchors.js';
const story = process.argv[2] === 'mh' ? loadSecondStory() : loadSampleStory();
const lang = process.argv[2] === 'mh' ? 'ar' : 'en';
const gold = new Map<string, Set<string>>();
for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; if (!gold.has(k)) gold.set(k, new Set()); gold.get(k)!.add(t.id); }
const paras: Array<{ key: string; article: number; terms: Map<string, number> }> = [];
for (const a of story.articles) if (a.language === lang) for (const p of a.paragraphs) if (p.kind === 'body' && gold.has(`${a.id}:${p.index}`)) {
  const m = new Map<string, number>();
  for (const t of tokenize(p.text, p.language)) { if (/^\p{N}/u.test(t.term) || t.term.length < 3) continue; const f = termForm(t.term, p.language); m.set(f, (m.get(f) ?? 0) + 1); }
  paras.push({ key: `${a.id}:${p.index}`, article: a.id, terms: m });
}
const df = new Map<string, number>(); for (const p of paras) for (const k of p.terms.keys()) df.set(k, (df.get(k) ?? 0) + 1);
const N = paras.length;
function vec(p: typeof paras[number], mode: string) {
  const v = new Map<string, number>();
  for (const [k, tf] of p.terms) {
    const d = df.get(k)!;
    if (mode === 'df2' && d < 2) continue;
    if (d > N * (mode === 'cut' ? 0.3 : 1)) continue;
    const idf = Math.log(N / d);
    v.set(k, (1 + Math.log(tf)) * idf);
  }
  const n = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1; for (const [k, x] of v) v.set(k, x / n); return v;
}
for (const mode of ['plain', 'df2', 'cut']) {
  const vs = paras.map((p) => vec(p, mode));
  const list: Array<[number, boolean]> = [];
  for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) {
    if (paras[i]!.article === paras[j]!.article) continue;
    let d = 0; for (const [k, x] of vs[i]!) { const y = vs[j]!.get(k); if (y) d += x * y; }
    list.push([d, [...gold.get(paras[i]!.key)!].some((t) => gold.get(paras[j]!.key)!.has(t))]);
  }
  const P = list.filter((x) => x[1]).length, M = list.length - P; const asc = [...list].sort((x, y) => x[0] - y[0]);
  let rs = 0, i = 0; while (i < asc.length) { let j = i; while (j < asc.length && asc[j]![0] === asc[i]![0]) j++; const r = (i + 1 + j) / 2; for (let k = i; k < j; k++) if (asc[k]![1]) rs += r; i = j; }
  console.log(mode, 'AUC', ((rs - P * (P + 1) / 2) / (P * M)).toFixed(3), 'pairs', list.length);
}
