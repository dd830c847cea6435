/**
 * Named entities of a set of paragraphs (one story), in any script, linked across scripts.
 *
 * - Latin script: runs of capitalised words (`Sam Altman`, `LM Arena`), words with inner capitals
 *   or digits (`OpenAI`, `GPT-4o`) and acronyms. Capitals prove little at the start of a sentence
 *   or in a title, so a word counts as a name only when the story writes it capitalised in mid
 *   sentence more often than in lower case (`The` in "The Wall Street Journal" is not a name: the
 *   story writes "the" everywhere). Latin words inside Hebrew, Arabic or Chinese text are names by
 *   nature of being quoted in a foreign script.
 * - Scripts without case (Hebrew, Arabic) and other scripts: a word is a name when its consonant
 *   skeleton matches a Latin name of the story (`אלטמן` ≈ `Altman`), after removing the one-letter
 *   prefixes those languages attach (`לגוגל` → `גוגל`). Two adjacent words are also compared with
 *   two adjacent words of a Latin name (`ג'אקוב פחוצקי` ≈ `Jakub Pachocki`), which lets short or
 *   oddly spelled names match through their neighbour.
 *
 * Terms that always travel together (`Nano` and `Banana`) become one entity, so a two-word name
 * does not weigh twice. No list of names is involved anywhere.
 */
import type { ParagraphKind } from '../../api/contract.js';
import { tokenize, type Token } from '../search/tokenizer.js';
import { isAbjad, scriptOf, skeletonDistance, skeletonsMatch, soundSkeleton, transliterate, type Script } from './transliterate.js';

export interface EntityInput {
  language: string;
  kind: ParagraphKind;
  text: string;
  /** The tokeniser's output for `text`, when the caller already has it. */
  tokens?: Token[];
}

export interface EntityMention {
  /** Index of the paragraph in the input list. */
  paragraph: number;
  /** UTF-16 span of the mention in the paragraph's text. */
  start: number;
  end: number;
  /** The entity's id (see `Entity.id`). */
  entity: string;
}

export interface Entity {
  /** Stable within one call: `e:` and the entity's main Latin term (or its transliteration). */
  id: string;
  /** How people read it: the most frequent way the story writes it, Latin script first. */
  display: string;
  /** The same in the script of the text when no Latin form exists. */
  native: string;
  /** Every written form met, Latin and other scripts. */
  forms: string[];
  /** Paragraph indexes (into the input) mentioning it. */
  paragraphs: number[];
  mentions: number;
}

export interface EntityResult {
  entities: Entity[];
  mentions: EntityMention[];
  /** For each input paragraph, the ids of the entities it mentions (distinct, in order). */
  byParagraph: string[][];
}

interface WordToken {
  term: string;
  surface: string;
  start: number;
  end: number;
  script: Script;
}

interface LatinRun {
  paragraph: number;
  words: WordToken[];
}

const upper = /^\p{Lu}/u;
const innerUpperOrDigit = /^.+[\p{Lu}\p{N}]/u;
const acronym = /^[\p{Lu}\p{N}]{2,}$/u;
const consonants = (skeleton: string): string => skeleton.replaceAll('V', '');

function scriptOfLanguageText(tokens: WordToken[]): Script {
  const counts = new Map<Script, number>();
  for (const t of tokens) counts.set(t.script, (counts.get(t.script) ?? 0) + 1);
  let best: Script = 'other';
  let bestCount = -1;
  for (const [s, c] of counts) if (c > bestCount) [best, bestCount] = [s, c];
  return best;
}

/** Whether a token starts a sentence: paragraph start, or after . ! ? : ; • or a line break. */
function sentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '\u00a0' || c === '\t' || c === '"' || c === '“' || c === '«' || c === "'" || c === '‘' || c === '(' || c === '[') continue;
    return /[.!?:;•·…\n\u2014\u2013|]/u.test(c);
  }
  return true;
}

/** Text between two tokens that keeps them in one name: spaces, hyphens, a dot between initials. */
function joins(gap: string): boolean {
  return gap.length <= 2 && /^[ \u00a0\-\u2010\u2011]*$/u.test(gap) && gap.length > 0;
}

// One-letter prefixes attached to words: Hebrew (and, the, in, to, from, that, as) and Arabic
// (and, so, with, as, to, the). General grammar, not vocabulary.
const hebrewPrefixes = (() => {
  const out = new Set<string>();
  for (const and of ['', 'ו'])
    for (const that of ['', 'ש', 'כש', 'מש'])
      for (const last of ['', 'ה', 'ב', 'כ', 'ל', 'מ', 'מה', 'שה', 'וה']) out.add(and + that + last);
  out.delete('');
  return [...out].sort((a, b) => b.length - a.length);
})();
const arabicPrefixes = ['وال', 'فال', 'بال', 'كال', 'ولل', 'لل', 'ال', 'و', 'ف', 'ب', 'ك', 'ل'];

/** The word and the word without each attached prefix it may carry. */
export function baseForms(word: string): string[] {
  const script = scriptOf(word);
  const prefixes = script === 'hebrew' ? hebrewPrefixes : script === 'arabic' ? arabicPrefixes : [];
  const out = [word];
  for (const p of prefixes) if (word.startsWith(p) && [...word].length - [...p].length >= 3) out.push(word.slice(p.length));
  return out;
}

/** One word of a two-word name: at most one edit per two consonants, whatever its length. */
function skeletonDistanceOk(foreign: string, latin: string, abjad: boolean): boolean {
  const longest = Math.max(consonants(foreign).length, consonants(latin).length);
  return skeletonDistance(foreign, latin, abjad ? { a: 0.7, b: 0.15 } : { a: 0.3, b: 0.3 }) <= Math.max(0.5, longest / 2 - 0.5);
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    let k = x;
    while (k !== root) {
      const next = this.parent.get(k) ?? root;
      this.parent.set(k, root);
      k = next;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Finds and links the named entities of a story's paragraphs. Pure and deterministic. */
export function findEntities(paragraphs: readonly EntityInput[]): EntityResult {
  const words: WordToken[][] = paragraphs.map((p) =>
    (p.tokens ?? tokenize(p.text, p.language)).map((t) => {
      const surface = p.text.slice(t.start, t.end);
      return { term: t.term, surface, start: t.start, end: t.end, script: scriptOf(surface) };
    }),
  );

  // 1. Evidence for Latin names: capitalised in mid sentence versus lower case, over the story.
  const capitalMid = new Map<string, number>();
  const lower = new Map<string, number>();
  const strongShape = new Set<string>();
  const runs: LatinRun[] = [];
  paragraphs.forEach((p, pi) => {
    const tokens = words[pi]!;
    const mainScript = scriptOfLanguageText(tokens);
    // Latin words quoted inside another script are names whatever their case.
    const foreign = mainScript !== 'latin';
    const titleLike = p.kind !== 'body';
    let run: WordToken[] = [];
    const flush = () => {
      if (run.length) runs.push({ paragraph: pi, words: run });
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1];
      const adjacent = prev !== undefined && joins(p.text.slice(prev.end, t.start));
      if (t.script !== 'latin') {
        // A number right after a name belongs to it for display ("Gemini 3"); it is no term.
        if (/^\p{N}/u.test(t.surface) && run.length && adjacent) run.push(t);
        else flush();
        continue;
      }
      const capital = upper.test(t.surface);
      const shaped = innerUpperOrDigit.test(t.surface) || (acronym.test(t.surface) && t.surface.length >= 2);
      const initial = titleLike || sentenceInitial(p.text, t.start);
      if (!capital && !foreign) {
        increment(lower, t.term);
        flush();
        continue;
      }
      if (!initial || foreign) increment(capitalMid, t.term);
      if (shaped) strongShape.add(t.term);
      if (!adjacent) flush();
      run.push(t);
    }
    flush();
  });
  const isName = (term: string): boolean => {
    if ([...term].length < 2 || /^\p{N}/u.test(term)) return false;
    const mid = capitalMid.get(term) ?? 0;
    if (mid === 0) return false;
    if (strongShape.has(term)) return mid >= (lower.get(term) ?? 0) / 4;
    return mid > (lower.get(term) ?? 0);
  };

  // 2. Latin mentions: the runs cut down to name terms (numbers stay attached for display).
  const uf = new UnionFind();
  const latinMentions: LatinRun[] = [];
  for (const run of runs) {
    let current: WordToken[] = [];
    const cut = () => {
      while (current.length && /^\p{N}/u.test(current[0]!.surface)) current.shift();
      if (current.length) latinMentions.push({ paragraph: run.paragraph, words: current });
      current = [];
    };
    for (const w of run.words) {
      if (/^\p{N}/u.test(w.surface) || isName(w.term)) current.push(w);
      else cut();
    }
    cut();
  }
  const nameTerms = new Map<string, string>(); // term → sound skeleton
  for (const m of latinMentions) for (const w of m.words) if (!/^\p{N}/u.test(w.surface)) nameTerms.set(w.term, soundSkeleton(w.surface));
  for (const term of nameTerms.keys()) uf.find(`l:${term}`);

  // Latin spellings of one name (`Pachocki`, `Patchocki`): long skeletons alone, or name pairs
  // whose first words agree.
  // Each name pair with its skeletons, whole and consonants only, computed once: foreign word pairs
  // are compared with every one of them.
  const bigrams = new Map<string, { a: string; b: string; skeleton: string; sa: string; sb: string; csa: string; csb: string }>();
  for (const m of latinMentions) {
    const ws = m.words.filter((w) => !/^\p{N}/u.test(w.surface));
    for (let i = 0; i + 1 < ws.length; i++) {
      const a = ws[i]!.term;
      const b = ws[i + 1]!.term;
      const sa = nameTerms.get(a)!;
      const sb = nameTerms.get(b)!;
      bigrams.set(`${a} ${b}`, { a, b, skeleton: sa + sb, sa, sb, csa: consonants(sa), csb: consonants(sb) });
    }
  }
  const termList = [...nameTerms.entries()];
  for (let i = 0; i < termList.length; i++) {
    for (let j = i + 1; j < termList.length; j++) {
      const [ta, sa] = termList[i]!;
      const [tb, sb] = termList[j]!;
      if (ta[0] === tb[0] && consonants(sa).length >= 5 && consonants(sb).length >= 5 && skeletonsMatch(sa, sb)) uf.union(`l:${ta}`, `l:${tb}`);
    }
  }
  const bigramList = [...bigrams.values()];
  for (let i = 0; i < bigramList.length; i++) {
    for (let j = i + 1; j < bigramList.length; j++) {
      const x = bigramList[i]!;
      const y = bigramList[j]!;
      if (x.a === y.a && x.b !== y.b && skeletonsMatch(x.skeleton, y.skeleton, { words: 2 })) uf.union(`l:${x.b}`, `l:${y.b}`);
    }
  }

  // 3. Words of other scripts that sound like a Latin name of the story.
  const byFirst = new Map<string, Array<[string, string]>>();
  for (const [term, skeleton] of nameTerms) {
    const c = consonants(skeleton);
    if (c.length < 3) continue;
    const list = byFirst.get(c[0]!);
    if (list) list.push([term, skeleton]);
    else byFirst.set(c[0]!, [[term, skeleton]]);
  }
  const bigramsByFirst = new Map<string, typeof bigramList>();
  for (const bg of bigramList) {
    const first = consonants(nameTerms.get(bg.a)!)[0];
    if (!first) continue;
    const list = bigramsByFirst.get(first);
    if (list) list.push(bg);
    else bigramsByFirst.set(first, [bg]);
  }
  const firstNeighbours: Record<string, string[]> = { K: ['K', 'G', 'X'], G: ['G', 'K', 'J'], J: ['J', 'G', 'X'], X: ['X', 'K', 'S', 'J'], S: ['S', 'X'] };
  const neighbours = (c: string): string[] => firstNeighbours[c] ?? [c];
  const foreignMatch = new Map<string, { term: string; skeleton: string } | null>(); // surface → Latin term (null: none)
  const skeletonCache = new Map<string, string[]>();
  const surfaceSkeletons = new Map<string, string>();
  const skeletonOfSurface = (surface: string): string => {
    let v = surfaceSkeletons.get(surface);
    if (v === undefined) surfaceSkeletons.set(surface, (v = soundSkeleton(surface)));
    return v;
  };
  const variantsOf = (surface: string): string[] => {
    let v = skeletonCache.get(surface);
    if (!v) skeletonCache.set(surface, (v = baseForms(surface).map(soundSkeleton)));
    return v;
  };
  // Paragraphs writing each Latin name: a short name met once is weak ground for a match.
  const latinParagraphs = new Map<string, Set<number>>();
  for (const m of latinMentions) {
    for (const w of m.words) {
      let set = latinParagraphs.get(w.term);
      if (!set) latinParagraphs.set(w.term, (set = new Set()));
      set.add(m.paragraph);
    }
  }
  const matchWord = (surface: string, abjad: boolean): { term: string; skeleton: string } | null => {
    const cached = foreignMatch.get(surface);
    if (cached !== undefined) return cached;
    let best: { term: string; skeleton: string } | null = null;
    let bestScore = Infinity;
    let ambiguous = false;
    for (const skeleton of variantsOf(surface)) {
      const c = consonants(skeleton);
      if (c.length < 3) continue;
      for (const first of neighbours(c[0]!)) {
        for (const [term, latin] of byFirst.get(first) ?? []) {
          const cl = consonants(latin);
          if (cl.length === 3 && (latinParagraphs.get(term)?.size ?? 0) < 2) continue;
          if (!skeletonsMatch(skeleton, latin, { abjad })) continue;
          const score = Math.abs(c.length - cl.length) + (c === cl ? 0 : 0.5);
          if (score < bestScore) [best, bestScore, ambiguous] = [{ term, skeleton }, score, false];
          else if (score === bestScore && term !== best!.term && uf.find(`l:${term}`) !== uf.find(`l:${best!.term}`)) ambiguous = true;
        }
      }
    }
    const result = ambiguous ? null : best;
    foreignMatch.set(surface, result);
    return result;
  };
  // A short name is spelled the same way every time; a Hebrew or Arabic root changes its vowel
  // letters as it inflects (שפר, שיפור). Short names matched under several vowel patterns are
  // coincidences with a root.
  const patterns = new Map<string, Set<string>>();
  paragraphs.forEach((_, pi) => {
    for (const t of words[pi]!) {
      if (t.script === 'latin' || t.script === 'other' || /^\p{N}/u.test(t.surface)) continue;
      const m = matchWord(t.surface, isAbjad(t.script));
      if (!m) continue;
      let set = patterns.get(m.term);
      if (!set) patterns.set(m.term, (set = new Set()));
      set.add(m.skeleton);
    }
  });
  const singleMatch = (surface: string, abjad: boolean): string | null => {
    const m = matchWord(surface, abjad);
    if (!m) return null;
    if (abjad && consonants(m.skeleton).length <= 3 && (patterns.get(m.term)?.size ?? 0) > 1) return null;
    return m.term;
  };
  const foreignTerm = new Map<string, string>(); // `f:${term}` keys → display surface
  const matchedForeign: Array<{ paragraph: number; word: WordToken; latin: string }> = [];
  paragraphs.forEach((p, pi) => {
    const tokens = words[pi]!;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.script === 'latin' || t.script === 'other' || /^\p{N}/u.test(t.surface)) continue;
      const abjad = isAbjad(t.script);
      let latin = singleMatch(t.surface, abjad);
      // Two words against two words of a Latin name.
      const next = tokens[i + 1];
      if (next && next.script === t.script && joins(p.text.slice(t.end, next.start))) {
        const vb = skeletonOfSurface(next.surface);
        const cb = consonants(vb);
        search: for (const va of variantsOf(t.surface)) {
          const ca = consonants(va);
          if (ca.length < 2 || cb.length < 2) continue;
          for (const first of neighbours(ca[0]!)) {
            for (const bg of bigramsByFirst.get(first) ?? []) {
              const { sa, sb, csa, csb } = bg;
              if (csa.length < 2 || csb.length < 2 || Math.abs(ca.length + cb.length - csa.length - csb.length) > 2) continue;
              if (!neighbours(cb[0]!).includes(csb[0]!)) continue;
              // Each word must resemble its counterpart, and the pair as a whole must match.
              if (skeletonDistanceOk(va, sa, abjad) && skeletonDistanceOk(vb, sb, abjad) && skeletonsMatch(va + vb, sa + sb, { abjad, words: 2 })) {
                latin ??= bg.a;
                        matchedForeign.push({ paragraph: pi, word: next, latin: bg.b });
                uf.union(`l:${bg.b}`, `f:${next.term}`);
                foreignTerm.set(`f:${next.term}`, next.surface);
                break search;
              }
            }
          }
        }
      }
      if (latin) {
        matchedForeign.push({ paragraph: pi, word: t, latin });
        uf.union(`l:${latin}`, `f:${t.term}`);
        foreignTerm.set(`f:${t.term}`, t.surface);
      }
    }
  });

  // 4. Terms that always travel together are one entity.
  const termCount = new Map<string, number>();
  const pairCount = new Map<string, number>();
  for (const m of latinMentions) {
    const roots = m.words.filter((w) => !/^\p{N}/u.test(w.surface)).map((w) => uf.find(`l:${w.term}`));
    for (const r of roots) increment(termCount, r);
    for (let i = 0; i + 1 < roots.length; i++) if (roots[i] !== roots[i + 1]) increment(pairCount, `${roots[i]}\u0000${roots[i + 1]}`);
  }
  for (const [pair, count] of pairCount) {
    const [a, b] = pair.split('\u0000') as [string, string];
    if (count >= 0.8 * Math.min(termCount.get(a) ?? 0, termCount.get(b) ?? 0) && count >= 1) uf.union(a, b);
  }

  // 5. Mentions, and each entity's names.
  const mentions: EntityMention[] = [];
  const surfaces = new Map<string, Map<string, number>>(); // root → Latin mention text → count
  const natives = new Map<string, Map<string, number>>();
  const forms = new Map<string, Set<string>>();
  const latinTerms = new Map<string, Map<string, number>>();
  const addForm = (root: string, form: string) => {
    let set = forms.get(root);
    if (!set) forms.set(root, (set = new Set()));
    set.add(form);
  };
  for (const m of latinMentions) {
    const text = paragraphs[m.paragraph]!.text;
    const first = m.words[0]!;
    const last = m.words[m.words.length - 1]!;
    const surface = text.slice(first.start, last.end);
    const rootsHere = new Set<string>();
    for (const w of m.words) {
      if (/^\p{N}/u.test(w.surface)) continue;
      const root = uf.find(`l:${w.term}`);
      rootsHere.add(root);
      addForm(root, w.surface);
      let terms = latinTerms.get(root);
      if (!terms) latinTerms.set(root, (terms = new Map()));
      increment(terms, w.term);
    }
    for (const root of rootsHere) {
      // One mention per entity: the span of its words inside the run.
      const ws = m.words.filter((w) => !/^\p{N}/u.test(w.surface) && uf.find(`l:${w.term}`) === root);
      const start = ws[0]!.start;
      let end = ws[ws.length - 1]!.end;
      // Keep a number glued to the name ("Gemini 3").
      const after = m.words[m.words.indexOf(ws[ws.length - 1]!) + 1];
      if (after && /^\p{N}/u.test(after.surface)) end = after.end;
      mentions.push({ paragraph: m.paragraph, start, end, entity: root });
      let map = surfaces.get(root);
      if (!map) surfaces.set(root, (map = new Map()));
      increment(map, rootsHere.size === 1 ? surface : text.slice(start, end));
    }
  }
  for (const f of matchedForeign) {
    const root = uf.find(`f:${f.word.term}`);
    mentions.push({ paragraph: f.paragraph, start: f.word.start, end: f.word.end, entity: root });
    addForm(root, f.word.surface);
    let map = natives.get(root);
    if (!map) natives.set(root, (map = new Map()));
    increment(map, f.word.surface);
  }
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end);

  // Ids: the most frequent Latin term of the entity; stable across calls on the same story.
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  const entities: Entity[] = [];
  const paragraphsOf = new Map<string, Set<number>>();
  const mentionCount = new Map<string, number>();
  for (const m of mentions) {
    let set = paragraphsOf.get(m.entity);
    if (!set) paragraphsOf.set(m.entity, (set = new Set()));
    set.add(m.paragraph);
    increment(mentionCount, m.entity);
  }
  const mostFrequent = (map: Map<string, number> | undefined): string | null => {
    if (!map || map.size === 0) return null;
    return [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
  };
  for (const root of [...paragraphsOf.keys()].sort()) {
    const mainTerm = mostFrequent(latinTerms.get(root));
    const native = mostFrequent(natives.get(root)) ?? foreignTerm.get(root) ?? root.slice(2);
    let id = `e:${mainTerm ?? transliterate(native)}`;
    if (used.has(id)) {
      let k = 2;
      while (used.has(`${id}#${k}`)) k++;
      id = `${id}#${k}`;
    }
    used.add(id);
    idOf.set(root, id);
    const display = mostFrequent(surfaces.get(root)) ?? native;
    entities.push({
      id,
      display,
      native,
      forms: [...(forms.get(root) ?? [])].sort(),
      paragraphs: [...paragraphsOf.get(root)!].sort((a, b) => a - b),
      mentions: mentionCount.get(root) ?? 0,
    });
  }
  for (const m of mentions) m.entity = idOf.get(m.entity)!;
  const byParagraph: string[][] = paragraphs.map(() => []);
  for (const m of mentions) {
    const list = byParagraph[m.paragraph]!;
    if (!list.includes(m.entity)) list.push(m.entity);
  }
  entities.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  return { entities, mentions, byParagraph };
}
