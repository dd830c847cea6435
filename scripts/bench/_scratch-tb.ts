import { loadTranslatedStories, pooledBestLinks, scoreStory } from './stories-bench.js';
for (const k of [3, 4, 6]) {
  const stories = loadTranslatedStories(k);
  const evals = stories.map((s) => scoreStory(s).evaluation);
  const pooled = pooledBestLinks(evals);
  console.log('k', k, pooled, 'pairF1', evals.map((e) => e.crossLanguage.pairs.f1.toFixed(2)).join(' '));
}
