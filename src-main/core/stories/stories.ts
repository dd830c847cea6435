/**
 * Groups imported articles into stories: the same event across outlets and languages.
 *
 * Each article gets a signature of language-independent anchors (names written in Latin script,
 * consonant skeletons of names and of words in other scripts, normalised figures) and, within its
 * language, word stems. Keys are weighted by their rarity over the whole library; two articles are
 * candidates only when they share a rare anchor (an inverted index over rare anchors, never all
 * pairs),
 * and they are linked when their weighted overlap is high enough and their dates, when known, are
 * close. Stories are the communities of that graph (graph-clusters.ts), so one loose link does not
 * chain two stories together.
 *
 * The user's decisions stay: stories passed as `locked` keep their articles and labels, and new
 * articles may only join them. Pure.
 */
import type { ParagraphKind } from '../../api/contract.js';
import { extractFigures } from '../figures/extract-figures.js';
import { nameKey } from '../figures/link-figures.js';
import type { Figure } from '../figures/types.js';
import { tokenize } from '../search/tokenizer.js';
import { termForm } from './anchors.js';
import { baseForms } from './entities.js';
import { louvain, type WeightedEdge } from './graph-clusters.js';
import { freeStoryId } from './story-edits.js';
import { skeletonOf } from './transliterate.js';

export interface StoryArticle {
  id: number;
  language: string;
  /** ISO 8601 date, when known. */
  published?: string | null;
  /** The article's title, when the caller has it: names a story of one article without reading its paragraphs. */
  title?: string;
  /** The article's paragraphs; the title and the first paragraphs weigh most. */
  paragraphs?: Array<{ kind: ParagraphKind; language: string; text: string }>;
  /** A signature from `articleSignature`, when the caller stored one at import time. */
  signature?: Signature;
}

/** Anchor key → count in the article. Plain data, so it can be stored. */
export type Signature = Record<string, number>;

/** Bump when `articleSignature` changes: stored signatures of another version are recomputed. */
export const signatureVersion = 1;
/** Bump when `groupIntoStories` changes: stored groupings are then made again. */
export const groupingVersion = 1;

export interface Story {
  /** Stable for the same grouping: `s` and the smallest article id (a locked story keeps its id). */
  id: string;
  /** In input order. */
  articleIds: number[];
  label: string;
  /** True for a story the user fixed. */
  locked: boolean;
}

export interface LockedStory {
  id: string;
  articleIds: number[];
  label: string;
}

export interface GroupOptions {
  /** Stories the user made or edited: kept as they are; new articles may join them. */
  locked?: LockedStory[];
  /** Similarity an article pair needs to count as one story (default 0.22). */
  threshold?: number;
  /** Articles further apart in time are not one story (days, default 21). */
  maxDays?: number;
}

/** A linked group larger than this is checked for chaining (cut by modularity). */
const maxUnsplitStory = 40;

function components(n: number, edges: readonly WeightedEdge[]): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const { a, b } of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  return parent.map((_, i) => find(i));
}

/** How many body paragraphs after the title make the signature: a story is told in its lead. */
const leadParagraphs = 6;
/** Keys kept per article, strongest first. */
const keysPerArticle = 48;

function add(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** A figure as a key that equals across languages: kind, unit and value to two significant digits. */
function figureKey(f: Figure): string | null {
  if (f.approximate || f.confidence < 0.5) return null;
  if (f.kind === 'name') return `f:name:${nameKey(f.text)}`;
  if (f.kind === 'date') return f.iso && /^\d{4}/.test(f.iso) ? `f:date:${f.iso}` : null;
  if (typeof f.value !== 'number') return null;
  if ((f.kind === 'count' || f.kind === 'duration' || f.kind === 'ratio') && f.value <= 12) return null;
  if (f.kind === 'year') return null; // every story of a year shares it
  return `f:${f.kind}:${f.unit ?? ''}:${Number(f.value.toPrecision(2))}`;
}

/**
 * The signature of one article: `n:` Latin names (capitalised in mid sentence, or quoted inside
 * another script), `s:` consonant skeletons of names and of words of other scripts (four consonants
 * or more: `Altman` and `אלטמן` both give `s:LTMN`), `f:` figures, `w:` stems of its language.
 */
export function articleSignature(article: StoryArticle): Signature {
  const out = new Map<string, number>();
  const paragraphs = article.paragraphs ?? [];
  let body = 0;
  for (const p of paragraphs) {
    if (p.kind === 'junk') continue;
    if (p.kind === 'body' && ++body > leadParagraphs) break;
    // The title counts twice: it names the event.
    const weight = p.kind === 'title' ? 2 : 1;
    const language = p.language || article.language;
    const tokens = tokenize(p.text, language);
    let latin = 0;
    for (const t of tokens) if (isLatinStart(p.text.charCodeAt(t.start))) latin++;
    const mainLatin = latin * 2 > tokens.length;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const first = p.text.charCodeAt(t.start);
      if (first >= 0x30 && first <= 0x39) continue;
      if (isLatinStart(first)) {
        if ((!mainLatin || (p.kind === 'body' && isUpper(first) && !startsSentence(p.text, t.start))) && t.end - t.start >= 2) {
          add(out, `n:${t.term}`, weight);
          const skeleton = cachedSkeleton(p.text.slice(t.start, t.end));
          if (skeleton.length >= 4) add(out, `s:${skeleton}`, weight);
          continue;
        }
      } else if (first >= 0x370 && first < 0x800) {
        // Any word of Greek, Cyrillic, Hebrew or Arabic may be a transliterated name.
        for (const skeleton of cachedForeignSkeletons(p.text.slice(t.start, t.end))) add(out, `s:${skeleton}`, weight / 2);
      }
      if (t.term.length >= 3) add(out, `w:${language}:${cachedTermForm(t.term, language)}`, weight);
    }
    // Figures worth a key are written with digits (spelled-out ones are small counts or vague).
    if (body <= figureParagraphs && /\p{Nd}/u.test(p.text)) {
      for (const f of extractFigures(p.text, language)) {
        const key = figureKey(f);
        if (key) add(out, key, weight);
      }
    }
  }
  return Object.fromEntries(out);
}

/** Figures are read in the title and the first paragraphs only: the lead states the key numbers. */
const figureParagraphs = 3;

function isLatinStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && c <= 0x24f && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
}

/** Whether the word at `start` opens a sentence (so its capital proves nothing). */
function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    const c = text[i]!;
    if (c === ' ' || c === '"' || c === '“' || c === '«' || c === '\u00a0') continue;
    return c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '•' || c === '\n';
  }
  return start < 4;
}

// Words repeat across a library: their skeletons and stems are computed once.
const cacheLimit = 200_000;
const skeletonCache = new Map<string, string>();
const foreignCache = new Map<string, string[]>();
const termCache = new Map<string, string>();

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(key, (v = make()));
  }
  return v;
}

function cachedSkeleton(word: string): string {
  return remember(skeletonCache, word, () => skeletonOf(word));
}

function cachedForeignSkeletons(word: string): string[] {
  return remember(foreignCache, word, () => [...new Set(baseForms(word).map(skeletonOf).filter((s) => s.length >= 4))]);
}

function cachedTermForm(term: string, language: string): string {
  return remember(termCache, `${language}\u0000${term}`, () => termForm(term, language));
}

/** How much each kind of key counts: shared names and figures are the language-free evidence. */
function kindWeight(key: string): number {
  switch (key[0]) {
    case 'n':
      return 1.5;
    case 'f':
      return 1.5;
    case 's':
      return 0.8;
    default:
      return 1;
  }
}

function daysBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  if (!a || !b) return null;
  const da = Date.parse(a.slice(0, 10));
  const db = Date.parse(b.slice(0, 10));
  if (Number.isNaN(da) || Number.isNaN(db)) return null;
  return Math.abs(da - db) / 86_400_000;
}

interface Vector {
  keys: string[];
  weights: Float64Array;
}

/** Groups articles into stories. */
export function groupIntoStories(articles: readonly StoryArticle[], options: GroupOptions = {}): Story[] {
  const threshold = options.threshold ?? 0.22;
  const maxDays = options.maxDays ?? 21;
  const n = articles.length;
  const signatures = articles.map((a) => a.signature ?? articleSignature(a));

  // Document frequency over the library.
  const df = new Map<string, number>();
  for (const s of signatures) for (const key in s) df.set(key, (df.get(key) ?? 0) + 1);
  // Keys in more than this many articles are background, not evidence of one story.
  const maxDf = Math.max(8, Math.ceil(n * 0.02));

  const vectors: Vector[] = signatures.map((s) => {
    const scored: Array<[string, number]> = [];
    for (const key in s) {
      const d = df.get(key) ?? 1;
      if (d < 2) continue; // shared with nobody: cannot link anything
      // Smoothed: in a library of five articles on one story, the names all five share are the
      // best evidence there is, and a plain log(n / d) would give them no weight at all.
      const idf = Math.log(1 + n / d);
      scored.push([key, (1 + Math.log(s[key]!)) * idf * kindWeight(key)]);
    }
    scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const kept = scored.slice(0, keysPerArticle);
    const norm = Math.sqrt(kept.reduce((t, [, w]) => t + w * w, 0)) || 1;
    return { keys: kept.map(([k]) => k), weights: Float64Array.from(kept.map(([, w]) => w / norm)) };
  });

  // Inverted index over rare language-independent anchors only: two articles are candidates when
  // they share a rare name, skeleton or figure. Shared words alone never make a story (in a
  // library with few articles of a language, even its function words are rare).
  const postings = new Map<string, Array<[number, number]>>();
  vectors.forEach((v, i) => {
    v.keys.forEach((key, k) => {
      if (key.startsWith('w:') || (df.get(key) ?? 0) > maxDf) return;
      const list = postings.get(key);
      if (list) list.push([i, v.weights[k]!]);
      else postings.set(key, [[i, v.weights[k]!]]);
    });
  });
  // Each vector as a lookup table, for the full cosine of candidate pairs.
  const lookups = vectors.map((v) => new Map(v.keys.map((k, i) => [k, v.weights[i]!])));
  const edges: WeightedEdge[] = [];
  const dots = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    dots.clear();
    const v = vectors[i]!;
    v.keys.forEach((key, k) => {
      const list = postings.get(key);
      if (!list) return;
      for (const [j, w] of list) if (j > i) dots.set(j, (dots.get(j) ?? 0) + v.weights[k]! * w);
    });
    for (const [j, rare] of dots) {
      // The rare anchors alone must already carry part of the way: most candidates share one
      // name in passing and are dropped before the full comparison.
      if (rare < threshold / 10) continue;
      const score = cosine(lookups[i]!, vectors[j]!);
      const days = daysBetween(articles[i]!.published, articles[j]!.published);
      if (days !== null && days > maxDays) continue;
      if (score >= threshold) edges.push({ a: i, b: j, weight: score });
    }
  }

  // Locked stories: their articles are tied together, and never to another locked story.
  const lockedOf = new Map<number, LockedStory>();
  for (const story of options.locked ?? []) for (const id of story.articleIds) lockedOf.set(id, story);
  const indexOfId = new Map(articles.map((a, i) => [a.id, i]));
  const allowed = edges.filter((e) => {
    const la = lockedOf.get(articles[e.a]!.id);
    const lb = lockedOf.get(articles[e.b]!.id);
    return !(la && lb && la !== lb);
  });
  for (const story of options.locked ?? []) {
    const members = story.articleIds.map((id) => indexOfId.get(id)).filter((i): i is number => i !== undefined);
    for (let k = 1; k < members.length; k++) allowed.push({ a: members[0]!, b: members[k]!, weight: 10 });
  }

  // Connected components of the links; only a large component, where one loose link may have
  // chained two events together, is cut into communities by modularity.
  const community = components(n, allowed);
  const sizes = new Map<number, number[]>();
  community.forEach((c, i) => {
    const list = sizes.get(c);
    if (list) list.push(i);
    else sizes.set(c, [i]);
  });
  let next = n;
  for (const members of sizes.values()) {
    if (members.length <= maxUnsplitStory) continue;
    const local = new Map(members.map((i, k) => [i, k]));
    const sub = louvain(
      members.length,
      allowed.filter((e) => local.has(e.a) && local.has(e.b)).map((e) => ({ a: local.get(e.a)!, b: local.get(e.b)!, weight: e.weight })),
    );
    members.forEach((i, k) => (community[i] = next + sub[k]!));
    next += members.length;
  }
  const groups = new Map<number, number[]>();
  community.forEach((c, i) => {
    const list = groups.get(c);
    if (list) list.push(i);
    else groups.set(c, [i]);
  });

  const stories: Story[] = [];
  const usedLocked = new Set<string>();
  for (const members of groups.values()) {
    // A community holding articles of two locked stories (possible through a new article linked
    // to both) is cut back: each locked story keeps its own, the rest go with the first.
    const byLocked = new Map<string, number[]>();
    const free: number[] = [];
    for (const i of members) {
      const locked = lockedOf.get(articles[i]!.id);
      if (locked) {
        const list = byLocked.get(locked.id);
        if (list) list.push(i);
        else byLocked.set(locked.id, [i]);
      } else free.push(i);
    }
    const lockedIds = [...byLocked.keys()];
    if (lockedIds.length === 0) {
      stories.push(makeStory(members, articles, vectors, signatures));
      continue;
    }
    lockedIds.forEach((lockedId, k) => {
      const story = (options.locked ?? []).find((s) => s.id === lockedId)!;
      usedLocked.add(lockedId);
      const own = [...byLocked.get(lockedId)!, ...(k === 0 ? free : [])].sort((x, y) => x - y);
      stories.push({ id: story.id, articleIds: own.map((i) => articles[i]!.id), label: story.label, locked: true });
    });
  }
  // Locked stories whose articles are all gone stay, empty, for the caller to drop or keep.
  for (const story of options.locked ?? []) if (!usedLocked.has(story.id)) stories.push({ id: story.id, articleIds: [], label: story.label, locked: true });
  // A locked story keeps its id even when its first article has left it (moved, or removed and its
  // id reused), so a new story may be named like it: the new one gives way.
  const taken = new Set((options.locked ?? []).map((s) => s.id));
  for (const story of stories) {
    if (story.locked) continue;
    story.id = freeStoryId(story.id, taken);
    taken.add(story.id);
  }
  stories.sort((a, b) => (a.articleIds[0] ?? Infinity) - (b.articleIds[0] ?? Infinity) || (a.id < b.id ? -1 : 1));
  return stories;
}

function cosine(a: Map<string, number>, b: Vector): number {
  let dot = 0;
  for (let i = 0; i < b.keys.length; i++) {
    const w = a.get(b.keys[i]!);
    if (w !== undefined) dot += w * b.weights[i]!;
  }
  return dot;
}

/** A new story: named after the anchors most of its articles share (names and figures first). */
function makeStory(members: number[], articles: readonly StoryArticle[], vectors: Vector[], signatures: Signature[]): Story {
  members.sort((x, y) => x - y);
  const ids = members.map((i) => articles[i]!.id);
  const id = `s${Math.min(...ids)}`;
  const first = articles[members[0]!]!;
  const titleLabel = () => (first.title ?? first.paragraphs?.find((p) => p.kind === 'title')?.text ?? first.paragraphs?.[0]?.text ?? '').slice(0, 80);
  // A story of one article is its title; only shared anchors can name several.
  if (members.length === 1) return { id, articleIds: ids, label: titleLabel(), locked: false };
  const totals = new Map<string, number>();
  const spread = new Map<string, number>();
  for (const i of members) {
    const v = vectors[i]!;
    v.keys.forEach((k, j) => {
      add(totals, k, v.weights[j]!);
      add(spread, k);
    });
  }
  const ranked = [...totals.entries()]
    .filter(([k]) => k.startsWith('n:') || k.startsWith('f:name:'))
    .map(([k, w]) => [k, w * ((spread.get(k) ?? 1) / members.length)] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const label = ranked
    .slice(0, 3)
    .map(([k]) => surfaceOf(k, members, articles, signatures))
    .filter((s, i, all) => s && all.indexOf(s) === i)
    .join(' · ');
  return { id, articleIds: ids, label: label || titleLabel(), locked: false };
}

/** How a key is written in the story's articles (`n:openai` → `OpenAI`): looked up in their leads. */
function surfaceOf(key: string, members: number[], articles: readonly StoryArticle[], _signatures: Signature[]): string {
  if (key.startsWith('f:name:')) return key.slice(7);
  const term = key.startsWith('n:') ? key.slice(2) : key;
  for (const i of members.slice(0, 5)) {
    for (const p of (articles[i]!.paragraphs ?? []).slice(0, leadParagraphs + 1)) {
      const at = p.text.toLowerCase().indexOf(term);
      if (at < 0) continue;
      for (const t of tokenize(p.text, p.language)) if (t.term === term) return p.text.slice(t.start, t.end);
    }
  }
  return term;
}
