import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { scoreParagraphPairs } from '../../src-main/core/stories/themes.js';
const story = process.argv[2] === 'mh' ? loadSecondStory() : loadSampleStory();
const targets = process.argv[3]!.split(',');
const params = process.argv[4] ? JSON.parse(process.argv[4]) : {};
const gold = new Map<string, Set<string>>();
for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; if (!gold.has(k)) gold.set(k, new Set()); gold.get(k)!.add(t.id); }
const nb = new Map<string, Array<[string, number]>>();
for (const s of scoreParagraphPairs(story.articles, { parameters: params })) { const a = `${s.a.article}:${s.a.paragraph}`, b = `${s.b.article}:${s.b.paragraph}`; (nb.get(a) ?? nb.set(a, []).get(a)!).push([b, s.score]); (nb.get(b) ?? nb.set(b, []).get(b)!).push([a, s.score]); }
for (const t of targets) {
  const g = gold.get(t) ?? new Set();
  const list = (nb.get(t) ?? []).filter(([k]) => k.split(':')[0] !== t.split(':')[0]).sort((x, y) => y[1] - x[1]).slice(0, 10);
  console.log(t, [...g].join(','), '::', list.map(([k, s]) => `${k}${[...(gold.get(k) ?? [])].some((x) => g.has(x)) ? '+' : '-'}${s.toFixed(2)}`).join(' '));
}
