import { loadSampleStory } from './stories-bench.js';
import { scoreParagraphPairs } from '../../src-main/core/stories/themes.js';
const params = process.argv[2] ? JSON.parse(process.argv[2]) : {};
const story = loadSampleStory();
const gold = new Map<string, Set<string>>();
for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; if (!gold.has(k)) gold.set(k, new Set()); gold.get(k)!.add(t.id); }
const scores = new Map<string, number>();
for (const s of scoreParagraphPairs(story.articles, { parameters: params })) { scores.set(`${s.a.article}:${s.a.paragraph}|${s.b.article}:${s.b.paragraph}`, s.score); scores.set(`${s.b.article}:${s.b.paragraph}|${s.a.article}:${s.a.paragraph}`, s.score); }
const keys = [...gold.keys()];
const buckets: Record<string, Array<[number, boolean]>> = {};
for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
  const [a] = keys[i]!.split(':').map(Number); const [b] = keys[j]!.split(':').map(Number);
  if (a === b) continue;
  const pos = [...gold.get(keys[i]!)!].some((t) => gold.get(keys[j]!)!.has(t));
  const bucket = [story.languageOf(a!), story.languageOf(b!)].sort().join('-');
  (buckets[bucket] ??= []).push([scores.get(`${keys[i]}|${keys[j]}`) ?? 0, pos]);
}
for (const [b, list] of Object.entries(buckets)) {
  list.sort((x, y) => y[0] - x[0]);
  const P = list.filter((x) => x[1]).length; const N = list.length - P;
  const asc = [...list].reverse(); let rankSum = 0;
  // average ranks for ties
  let i = 0; while (i < asc.length) { let j = i; while (j < asc.length && asc[j]![0] === asc[i]![0]) j++; const r = (i + 1 + j) / 2; for (let k = i; k < j; k++) if (asc[k]![1]) rankSum += r; i = j; }
  const auc = (rankSum - P * (P + 1) / 2) / (P * N);
  let tp = 0, ap = 0; list.forEach((x, k) => { if (x[1]) { tp++; ap += tp / (k + 1); } });
  console.log(b, 'pairs', list.length, 'pos', P, 'base', (P / list.length).toFixed(2), 'AUC', auc.toFixed(3), 'AP', (ap / P).toFixed(3), 'nonzero', list.filter((x) => x[0] > 0).length);
}
