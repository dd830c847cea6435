import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { scoreParagraphPairs } from '../../src-main/core/stories/themes.js';
const story = process.argv[2] === 'mh' ? loadSecondStory() : loadSampleStory();
const params = process.argv[3] ? JSON.parse(process.argv[3]) : {};
const within = Number(process.argv[4] ?? 0.3);
const pairs = scoreParagraphPairs(story.articles, { parameters: params });
const gold = new Map<string, string[]>();
for (const t of story.gold) for (const m of t.members) { const k = `${m.article}:${m.paragraph}`; gold.set(k, [...(gold.get(k) ?? []), t.id.slice(0, 6)]); }
const body: string[] = []; for (const a of story.articles) for (const p of a.paragraphs) if (p.kind === 'body') body.push(`${a.id}:${p.index}`);
const n = body.length; const idx = new Map(body.map((k, i) => [k, i]));
const sums = Array.from({ length: n }, () => new Map<number, number>());
for (const p of pairs) { const i = idx.get(`${p.a.article}:${p.a.paragraph}`)!, j = idx.get(`${p.b.article}:${p.b.paragraph}`)!; const w = p.a.article === p.b.article ? p.score * within : p.score; sums[i]!.set(j, w); sums[j]!.set(i, w); }
const members = body.map((k) => [k]);
const alive = body.map(() => true);
const desc = (ms: string[]) => { const c = new Map<string, number>(); for (const m of ms) for (const g of gold.get(m) ?? ['-']) c.set(g, (c.get(g) ?? 0) + 1); return [...c].map(([g, x]) => `${g}${x}`).join(','); };
for (let step = 0; step < n; step++) {
  let bA = -1, bB = -1, best = 0;
  for (let a = 0; a < n; a++) if (alive[a]) for (const [b, s] of sums[a]!) if (b > a) { const avg = s / (members[a]!.length * members[b]!.length); if (avg > best) [best, bA, bB] = [avg, a, b]; }
  if (bA < 0 || best < 0.03) break;
  console.log(best.toFixed(3), `[${desc(members[bA]!)}] + [${desc(members[bB]!)}]`, members[bA]!.length + members[bB]!.length > 4 ? '' : `${members[bA]!.join(' ')} + ${members[bB]!.join(' ')}`);
  for (const [c, s] of sums[bB]!) { if (c === bA) continue; sums[bA]!.set(c, (sums[bA]!.get(c) ?? 0) + s); sums[c]!.set(bA, (sums[c]!.get(bA) ?? 0) + s); sums[c]!.delete(bB); }
  sums[bA]!.delete(bB); sums[bB]!.clear(); alive[bB] = false; members[bA]!.push(...members[bB]!);
}
