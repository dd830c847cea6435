import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { scoreParagraphPairs } from '../../src-main/core/stories/themes.js';
const params = process.argv[2] ? JSON.parse(process.argv[2]) : {};
for (const [name, load] of [['code red', loadSampleStory], ['mh370', loadSecondStory]] as const) {
  const story = load();
  const gold = new Map<string, Set<string>>();
  for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; if (!gold.has(k)) gold.set(k, new Set()); gold.get(k)!.add(t.id); }
  const scores = new Map<string, number>();
  for (const s of scoreParagraphPairs(story.articles, { parameters: params })) scores.set(`${s.a.article}:${s.a.paragraph}|${s.b.article}:${s.b.paragraph}`, s.score), scores.set(`${s.b.article}:${s.b.paragraph}|${s.a.article}:${s.a.paragraph}`, s.score);
  const keys = [...gold.keys()];
  const buckets: Record<string, Array<[number, boolean]>> = { same: [], cross: [] };
  for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
    const [a] = keys[i]!.split(':').map(Number); const [b] = keys[j]!.split(':').map(Number);
    if (a === b) continue;
    const pos = [...gold.get(keys[i]!)!].some((t) => gold.get(keys[j]!)!.has(t));
    const bucket = story.languageOf(a!) === story.languageOf(b!) ? 'same' : 'cross';
    buckets[bucket]!.push([scores.get(`${keys[i]}|${keys[j]}`) ?? 0, pos]);
  }
  for (const [b, list] of Object.entries(buckets)) {
    if (!list.length) continue;
    list.sort((x, y) => y[0] - x[0]);
    const P = list.filter((x) => x[1]).length; const N = list.length - P;
    // AUC
    let auc = 0, neg = 0; const asc = [...list].reverse();
    let rankSum = 0; asc.forEach((x, i) => { if (x[1]) rankSum += i + 1; });
    auc = (rankSum - P * (P + 1) / 2) / (P * N);
    // AP
    let tp = 0, ap = 0; list.forEach((x, i) => { if (x[1]) { tp++; ap += tp / (i + 1); } });
    console.log(name, b, 'pairs', list.length, 'pos', P, 'AUC', auc.toFixed(3), 'AP', (ap / P).toFixed(3), 'nonzero', list.filter(x=>x[0]>0).length);
  }
}
