import { loadSampleStory, loadSecondStory } from './stories-bench.js';
for (const load of [loadSampleStory, loadSecondStory]) {
  const story = load();
  const gold = new Map<string, Set<string>>();
  for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; if (!gold.has(k)) gold.set(k, new Set()); gold.get(k)!.add(t.id); }
  const pos = new Map<string, number>();
  for (const a of story.articles) { const body = a.paragraphs.filter((p) => p.kind === 'body'); body.forEach((p, i) => pos.set(`${a.id}:${p.index}`, body.length > 1 ? i / (body.length - 1) : 0)); }
  const keys = [...gold.keys()]; const list: Array<[number, boolean]> = [];
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
    if (keys[i]!.split(':')[0] === keys[j]!.split(':')[0]) continue;
    list.push([-Math.abs(pos.get(keys[i]!)! - pos.get(keys[j]!)!), [...gold.get(keys[i]!)!].some((t) => gold.get(keys[j]!)!.has(t))]);
  }
  const P = list.filter((x) => x[1]).length, N = list.length - P; const asc = [...list].sort((x, y) => x[0] - y[0]);
  let rs = 0, i = 0; while (i < asc.length) { let j = i; while (j < asc.length && asc[j]![0] === asc[i]![0]) j++; const r = (i + 1 + j) / 2; for (let k = i; k < j; k++) if (asc[k]![1]) rs += r; i = j; }
  console.log('position AUC', ((rs - P * (P + 1) / 2) / (P * N)).toFixed(3));
}
