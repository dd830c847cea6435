import { loadSampleStory } from './stories-bench.js';
import { tokenize } from '../../src-main/core/search/tokenizer.js';
import { soundSkeleton, skeletonsMatch, skeletonDistance, scriptOf, isAbjad } from '../../src-main/core/stories/transliterate.js';
import { baseForms } from '../../src-main/core/stories/entities.js';
import { isStopword } from '../../src-main/core/stories/stopwords.js';
const story = loadSampleStory();
const latin = new Map<string, string>();
const foreign = new Map<string, number>();
for (const a of story.articles) for (const p of a.paragraphs) for (const t of tokenize(p.text, p.language)) {
  const s = p.text.slice(t.start, t.end); const sc = scriptOf(s);
  if (sc === 'latin') { if (!isStopword(t.term, p.language)) latin.set(t.term, soundSkeleton(t.term)); }
  else if (isAbjad(sc)) foreign.set(s, (foreign.get(s) ?? 0) + 1);
}
const C = (s: string) => s.replaceAll('V', '');
const vowelLetters = (w: string) => [...w].filter((c) => 'אויע'.includes(c)).length;
for (const [w] of foreign) {
  let best: [string, number] | null = null; let ambiguous = false;
  for (const f of baseForms(w)) {
    const sk = soundSkeleton(f); const c = C(sk);
    if (c.length < 4) continue;
    // loanwords are written plene: at least one vowel letter per two consonants
    if (vowelLetters(f) * 2 < c.length) continue;
    for (const [lt, ls] of latin) {
      const cl = C(ls); if (cl.length < 4 || Math.abs(cl.length - c.length) > 1) continue;
      if (!skeletonsMatch(sk, ls, { abjad: true })) continue;
      const d = skeletonDistance(sk, ls, { a: 0.7, b: 0.15 });
      if (!best || d < best[1]) { best = [lt, d]; ambiguous = false; } else if (d === best[1] && lt.slice(0, 5) !== best[0].slice(0, 5)) ambiguous = true;
    }
  }
  if (best && !ambiguous) console.log(w, '→', best[0], best[1].toFixed(2));
}
