import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { scoreParagraphPairs } from '../../src-main/core/stories/themes.js';
const story = process.argv[2] === 'mh' ? loadSecondStory() : loadSampleStory();
const params = process.argv[3] ? JSON.parse(process.argv[3]) : {};
const S = new Map<string, number>();
for (const s of scoreParagraphPairs(story.articles, { parameters: params })) { const a = `${s.a.article}:${s.a.paragraph}`, b = `${s.b.article}:${s.b.paragraph}`; S.set(`${a}|${b}`, s.score); S.set(`${b}|${a}`, s.score); }
const themes = story.gold.filter((t) => t.members.length > 3);
const lang = (k: string) => story.languageOf(Number(k.split(':')[0]));
for (const mode of ['cross', 'same']) {
  console.log('==', mode, 'avg similarity between gold themes (cross-article pairs)');
  console.log(''.padEnd(26) + themes.map((t) => t.id.slice(0, 10).padStart(11)).join(''));
  for (const a of themes) {
    const row = themes.map((b) => {
      let sum = 0, n = 0;
      for (const x of a.members) for (const y of b.members) {
        if (x.article === y.article) continue;
        const kx = `${x.article}:${x.paragraph}`, ky = `${y.article}:${y.paragraph}`;
        if ((lang(kx) === lang(ky)) !== (mode === 'same')) continue;
        sum += S.get(`${kx}|${ky}`) ?? 0; n++;
      }
      return (n ? (sum / n).toFixed(3) : '-').padStart(11);
    });
    console.log(a.id.padEnd(26) + row.join(''));
  }
}
