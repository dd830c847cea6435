import { loadSampleStory, loadSecondStory, scoreStory } from './stories-bench.js';
const grid: Record<string, unknown[]> = JSON.parse(process.argv[2] ?? '{}');
const sample = loadSampleStory();
const mh = process.argv[3] === 'mh' ? loadSecondStory() : null;
const keys = Object.keys(grid);
const combos: Record<string, unknown>[] = [{}];
for (const k of keys) { const next: Record<string, unknown>[] = []; for (const c of combos) for (const v of grid[k]!) next.push({ ...c, [k]: v }); combos.splice(0, combos.length, ...next); }
const rows: Array<[string, number, number, number, number, number]> = [];
for (const c of combos) {
  const e = scoreStory(sample, { parameters: c as any }).evaluation;
  const m = mh ? scoreStory(mh, { parameters: c as any }).evaluation : null;
  rows.push([JSON.stringify(c), e.crossLanguage.pairs.f1, e.sameLanguage.pairs.f1, e.crossLanguage.bestLinks.precision, m ? m.sameLanguage.pairs.f1 : 0, m ? m.sameLanguage.bestLinks.precision : 0]);
}
rows.sort((a, b) => b[1] + b[4] - a[1] - a[4]);
for (const r of rows.slice(0, 25)) console.log(r.slice(1).map((x) => (x as number).toFixed(3)).join(' '), r[0]);
