import { loadSampleStory, loadSecondStory, scoreStory } from './stories-bench.js';
const story = process.argv[2] === 'mh' ? loadSecondStory() : loadSampleStory();
const art = Number(process.argv[3] ?? 1);
const params = process.argv[4] ? JSON.parse(process.argv[4]) : {};
const { comparison } = scoreStory(story, { parameters: params });
const gold = new Map<string, Set<string>>();
for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; if (!gold.has(k)) gold.set(k, new Set()); gold.get(k)!.add(t.id); }
const pred = new Map<string, string>();
for (const t of comparison.themes) for (const m of t.members) pred.set(`${m.article}:${m.paragraph}`, t.id);
let T = [0, 0, 0];
for (const k of gold.keys()) {
  if (!k.startsWith(`${art}:`)) continue;
  let tp = 0, fp = 0, fn = 0;
  for (const o of gold.keys()) {
    if (o.split(':')[0] === String(art)) continue;
    if (story.languageOf(Number(o.split(':')[0])) === story.languageOf(art)) continue;
    const g = [...gold.get(k)!].some((x) => gold.get(o)!.has(x));
    const p = pred.has(k) && pred.get(k) === pred.get(o);
    if (g && p) tp++; else if (p) fp++; else if (g) fn++;
  }
  T = [T[0]! + tp, T[1]! + fp, T[2]! + fn];
  console.log(k.padEnd(6), (pred.get(k) ?? '-').padEnd(4), [...gold.get(k)!].join(',').padEnd(40), 'tp', tp, 'fp', fp, 'fn', fn);
}
console.log('total tp fp fn', T);
