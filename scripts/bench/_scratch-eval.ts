import { loadSampleStory, loadSecondStory, scoreStory } from './stories-bench.js';
const params = process.argv[2] ? JSON.parse(process.argv[2]) : {};
const f = (x: number) => x.toFixed(3);
for (const [name, load] of [['code red', loadSampleStory], ['mh370', loadSecondStory]] as const) {
  const t = performance.now();
  const { evaluation: e, comparison } = scoreStory(load(), { parameters: params });
  for (const [k, x] of [['same', e.sameLanguage], ['cross', e.crossLanguage]] as const) {
    if (x.pairs.gold === 0) continue;
    console.log(name, k, 'P', f(x.pairs.precision), 'R', f(x.pairs.recall), 'F1', f(x.pairs.f1), 'bestP', f(x.bestLinks.precision), 'n', x.bestLinks.proposed, 'bestR', f(x.bestLinks.recall));
  }
  console.log(name, 'themes', comparison.themes.length, 'ms', (performance.now() - t).toFixed(0));
}
