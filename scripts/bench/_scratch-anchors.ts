import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { buildAnchors } from '../../src-main/core/stories/anchors.js';
const story = process.argv[2] === 'mh' ? loadSecondStory() : loadSampleStory();
const only = process.argv[3] ? Number(process.argv[3]) : null;
const a = buildAnchors(story.articles.flatMap((x) => x.paragraphs.map((p) => ({ article: x.id, paragraph: p.index, kind: p.kind, language: p.language || x.language, text: p.text }))));
for (const p of a.paragraphs) {
  if (only !== null && p.article !== only) continue;
  if (p.kind !== 'body') continue;
  const show = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${a.info.get(k)?.display ?? k}:${v.toFixed(1)}`).join(' ');
  console.log(`${p.article}:${p.paragraph} [${p.language}/${p.script}] A: ${show(p.anchors)}\n    C: ${show(p.cognates)}`);
}
console.log(a.entities.entities.map((e) => `${e.id}=${e.forms.join('/')}`).join('\n'));
