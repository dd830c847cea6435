import { loadSampleStory, loadSecondStory, scoreStory } from './stories-bench.js';
const story = process.argv[2] === 'mh' ? loadSecondStory() : loadSampleStory();
const params = process.argv[3] ? JSON.parse(process.argv[3]) : {};
const { comparison, evaluation } = scoreStory(story, { parameters: params });
const gold = new Map<string, Set<string>>();
for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; if (!gold.has(k)) gold.set(k, new Set()); gold.get(k)!.add(t.id); }
for (const t of comparison.themes) {
  const c = { same: [0, 0], cross: [0, 0] };
  const ms = t.members.filter((m) => gold.has(`${m.article}:${m.paragraph}`));
  for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) {
    const a = ms[i]!, b = ms[j]!; if (a.article === b.article) continue;
    const pos = [...gold.get(`${a.article}:${a.paragraph}`)!].some((x) => gold.get(`${b.article}:${b.paragraph}`)!.has(x));
    const k = story.languageOf(a.article) === story.languageOf(b.article) ? 'same' : 'cross';
    c[k][0] += pos ? 1 : 0; c[k][1]++;
  }
  const comp = new Map<string, number>(); for (const m of ms) for (const g of gold.get(`${m.article}:${m.paragraph}`)!) comp.set(g, (comp.get(g) ?? 0) + 1);
  console.log(t.id, `n=${t.members.length}`, `cross ${c.cross[0]}/${c.cross[1]}`, `same ${c.same[0]}/${c.same[1]}`, [...comp].map(([g, n]) => `${g.slice(0, 8)}:${n}`).join(' '), '|', t.label);
}
const e = evaluation;
console.log('cross', e.crossLanguage.pairs, '\nsame', e.sameLanguage.pairs);
