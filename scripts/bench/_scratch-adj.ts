import { loadSampleStory, loadSecondStory } from './stories-bench.js';
for (const load of [loadSampleStory, loadSecondStory]) {
  const story = load();
  const gold = new Map<string, Set<string>>();
  for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; if (!gold.has(k)) gold.set(k, new Set()); gold.get(k)!.add(t.id); }
  let same = 0, total = 0, sec = 0, secSame = 0;
  for (const a of story.articles) {
    const body = a.paragraphs.filter((p) => p.kind === 'body' && gold.has(`${a.id}:${p.index}`));
    for (let i = 1; i < body.length; i++) {
      const x = gold.get(`${a.id}:${body[i - 1]!.index}`)!, y = gold.get(`${a.id}:${body[i]!.index}`)!;
      const s = [...x].some((t) => y.has(t));
      total++; if (s) same++;
      const headingBetween = a.paragraphs.slice(body[i - 1]!.index + 1, body[i]!.index).some((p) => p.kind === 'heading' || p.kind === 'title');
      if (!headingBetween) { sec++; if (s) secSame++; }
    }
  }
  console.log('adjacent pairs', total, 'share theme', (same / total).toFixed(2), '| no heading between', sec, 'share', (secSame / sec).toFixed(2));
}
