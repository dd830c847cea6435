import { loadSampleStory, loadSecondStory, scoreStory } from './stories-bench.js';
const which = process.argv[2] ?? 'sample';
const params = process.argv[3] ? JSON.parse(process.argv[3]) : {};
const story = which === 'sample' ? loadSampleStory() : loadSecondStory();
const { comparison } = scoreStory(story, { parameters: params });
const gold = new Map<string, string[]>();
for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; gold.set(k, [...(gold.get(k) ?? []), t.id]); }
const pred = new Map<string, string>();
for (const t of comparison.themes) for (const m of t.members) pred.set(`${m.article}:${m.paragraph}`, t.id);
for (const t of comparison.themes) console.log(t.id, t.label, t.members.length);
for (const a of story.articles) {
  for (const p of a.paragraphs) {
    const k = `${a.id}:${p.index}`;
    console.log(k.padEnd(6), p.kind.slice(0,4), (pred.get(k) ?? '-').padEnd(4), (gold.get(k) ?? []).join(',').padEnd(40), p.text.slice(0, 90).replace(/\n/g,' '));
  }
}
