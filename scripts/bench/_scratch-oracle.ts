import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { evaluateComparison } from '../../src-main/core/stories/evaluate.js';
for (const load of [loadSampleStory, loadSecondStory]) {
  const story = load();
  // oracle: each paragraph in its first gold theme / or the gold theme that is largest
  for (const pick of ['first', 'last', 'largest']) {
    const assign = new Map<string, string>();
    const size = new Map(story.gold.map((t) => [t.id, t.members.length]));
    for (const t of story.gold) for (const m of t.members) {
      const k = `${m.article}:${m.paragraph}`;
      const cur = assign.get(k);
      if (!cur || pick === 'last' || (pick === 'largest' && size.get(t.id)! > size.get(cur)!)) assign.set(k, t.id);
    }
    const themes = new Map<string, any[]>();
    for (const [k, t] of assign) { const [a, p] = k.split(':').map(Number); themes.set(t, [...(themes.get(t) ?? []), { article: a, paragraph: p }]); }
    const comparison: any = { themes: [...themes].map(([id, members]) => ({ id, members })), bestLinks: [] };
    const e = evaluateComparison(comparison, story.gold, story.languageOf);
    console.log(pick, 'same', e.sameLanguage.pairs.f1.toFixed(3), 'cross', e.crossLanguage.pairs.f1.toFixed(3), e.crossLanguage.pairs.precision.toFixed(3), e.crossLanguage.pairs.recall.toFixed(3));
  }
  // one big theme
}
