import { loadSampleStory, loadSecondStory } from './stories-bench.js';
import { tokenize } from '../../src-main/core/search/tokenizer.js';
import { soundSkeleton, skeletonsMatch, scriptOf, isAbjad } from '../../src-main/core/stories/transliterate.js';
import { baseForms } from '../../src-main/core/stories/entities.js';
import { isStopword } from '../../src-main/core/stories/stopwords.js';
const story = loadSampleStory();
const latin = new Map<string, string>();
const foreign = new Map<string, number>();
for (const a of story.articles) for (const p of a.paragraphs) {
  for (const t of tokenize(p.text, p.language)) {
    const s = p.text.slice(t.start, t.end);
    const sc = scriptOf(s);
    if (sc === 'latin') { if (!isStopword(t.term, p.language) && t.term.length >= 4) latin.set(t.term, soundSkeleton(t.term)); }
    else if (isAbjad(sc)) foreign.set(s, (foreign.get(s) ?? 0) + 1);
  }
}
const C = (s: string) => s.replaceAll('V', '');
const strip = (w: string) => { const out = new Set<string>(); for (const b of baseForms(w)) { out.add(b); for (const suf of ['ים', 'ות', 'יות', 'ית', 'ה', 'י', 'ת']) if (b.endsWith(suf) && b.length - suf.length >= 3) out.add(b.slice(0, -suf.length)); } return [...out]; };
let matched = 0;
for (const [w] of foreign) {
  const hits = new Set<string>();
  for (const f of strip(w)) {
    const sk = soundSkeleton(f);
    if (C(sk).length < 4) continue;
    for (const [lt, ls] of latin) if (C(ls).length >= 4 && skeletonsMatch(sk, ls, { abjad: true })) hits.add(lt);
  }
  if (hits.size) { matched++; console.log(w, '→', [...hits].slice(0, 8).join(' ')); }
}
console.log('foreign words', foreign.size, 'matched', matched);
