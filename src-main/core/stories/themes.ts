/**
 * Compares the articles of one story: the themes they share, which paragraphs of each speak to
 * each theme and why, what each source covers or leaves out, and the figures sources disagree on.
 *
 * Method, from the evidence any text carries:
 * 1. Anchors per paragraph (anchors.ts): names across scripts, figure groups, dates, cognates,
 *    and, within one language, word stems; each weighted by its rarity in the story.
 * 2. Each body paragraph is read in its context: the anchors of its section heading and of its
 *    neighbours are added at a fraction of their weight, since a paragraph continues the topic
 *    its section announced (a Hebrew paragraph that names only "ChatGPT" under a heading naming
 *    two competitors is about the competition).
 * 3. Paragraph similarity: across languages, a dot product over names, figures and dates (and
 *    cognates between Latin-script languages); within one language, over stems and figures. It is
 *    normalised with smoothed norms, so two paragraphs that share one common name are not "the
 *    same" just because they say little else.
 * 4. Scores are put on one scale per pair of languages (the typical best match of he–en weighs as
 *    much as that of en–en), then paragraphs are clustered by average linkage over all scored
 *    pairs (graph-clusters.ts), pairs within one article counting less; merging stops below a
 *    fraction of the story's median best-match score, so the bar adapts to how much a story's
 *    articles share. A theme needs two paragraphs; lone paragraphs stay unthemed. (Modularity over
 *    a best-match graph is available as `clustering: 'modularity'`; it measured lower.)
 * 5. Titles, headings and junk never join a theme; each section reports the theme most of its
 *    body belongs to.
 * 6. Labels: the theme's anchors that are most specific to it and shared by most of its sources,
 *    written in the interface language's script when the story has that form.
 *
 * Pure and deterministic: the same articles give the same comparison.
 */
import type { ParagraphKind } from '../../api/contract.js';
import type { FigureKind, FigureValue } from '../figures/types.js';
import { buildAnchors, type AnchorInfo, type ParagraphAnchors, type StoryAnchors } from './anchors.js';
import { averageLinkage, louvain, type WeightedEdge } from './graph-clusters.js';
import { scriptOf, type Script } from './transliterate.js';

export interface CompareParagraph {
  index: number;
  kind: ParagraphKind;
  language: string;
  text: string;
}

export interface CompareArticle {
  id: number;
  language: string;
  paragraphs: CompareParagraph[];
}

/** Tuning of the method; the defaults are what the evaluation measured. */
export interface ThemeParameters {
  /** Weight of the section heading's anchors added to each body paragraph. */
  headingContext: number;
  /** Weight of the neighbouring body paragraphs' anchors. */
  neighbourContext: number;
  /** Added to squared norms: damps similarity between paragraphs that carry little evidence. */
  normSmoothing: number;
  /** Edges to the best this many paragraphs of every other article. */
  bestPerArticle: number;
  /** Edges within an article: to the best this many other paragraphs. */
  bestWithinArticle: number;
  /** Scores below this are no evidence at all. */
  minScore: number;
  /** Weight of an edge between consecutive body paragraphs of one section. */
  adjacency: number;
  /** Louvain resolution: above 1 more, smaller themes. */
  resolution: number;
  /** Multiplier of within-article edges relative to cross-article ones. */
  withinArticle: number;
  /**
   * Rescale scores per pair of languages so each pair's typical best match weighs the same:
   * names and figures give smaller scores across scripts than words do within a language.
   */
  balanceLanguages: boolean;
  /**
   * A best link is reported only from this multiple of the story's median best-link score up: a
   * paragraph's best match in an article that does not discuss its topic is still "best".
   */
  minBestLink: number;
  /** `average`: average-linkage over all scored pairs; `modularity`: communities of the best-match graph. */
  clustering: 'average' | 'modularity';
  /**
   * Average linkage stops when the best average similarity between two themes falls below this
   * fraction of the story's median best-link score: stories differ in how much their paragraphs
   * share, so the bar is set relative to the story itself.
   */
  mergeThreshold: number;
}

export const defaultThemeParameters: ThemeParameters = {
  headingContext: 0.5,
  neighbourContext: 0.25,
  normSmoothing: 4,
  bestPerArticle: 2,
  bestWithinArticle: 1,
  minScore: 0.05,
  adjacency: 0,
  resolution: 1,
  withinArticle: 0.3,
  balanceLanguages: true,
  minBestLink: 1.5,
  clustering: 'average',
  mergeThreshold: 0.4,
};

export interface CompareOptions {
  /** BCP 47 language of the interface, for labels (default `en`). */
  interfaceLanguage?: string;
  parameters?: Partial<ThemeParameters>;
}

export interface ParagraphRef {
  article: number;
  paragraph: number;
}

export interface Theme {
  /** Stable for the same input: `t1`, `t2`… in order of first appearance. */
  id: string;
  /** Up to three anchors joined by ` · `. */
  label: string;
  /** In article order, then paragraph order. */
  members: ParagraphRef[];
  /** Anchor keys behind the label, strongest first (up to eight). */
  anchors: string[];
  /** Articles with at least one member, in input order. */
  articles: number[];
}

export interface ThemeLink {
  a: ParagraphRef;
  b: ParagraphRef;
  score: number;
  /** Shared anchors as people read them, strongest first: `Gemini 3`, `$1.4 trillion`, `stratégique ≈ strategic`. */
  why: string[];
}

export interface BestLink {
  from: ParagraphRef;
  to: ParagraphRef;
  score: number;
}

export interface Section {
  article: number;
  /** The heading (or title) opening the section; null for the text before the first heading. */
  heading: number | null;
  /** Body paragraphs of the section. */
  body: number[];
  /** Titles, headings and junk inside it (the heading included). */
  attached: number[];
  /** The theme most of its body words belong to, or null. */
  theme: string | null;
}

export interface FigureInComparison {
  ref: ParagraphRef;
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  value: FigureValue;
  unit: string | null;
}

export interface FigureGroupSummary {
  /** The figures capability's group id. */
  group: string;
  kind: FigureKind;
  value: FigureValue;
  unit: string | null;
  /** One of its members as written. */
  display: string;
  members: FigureInComparison[];
  articles: number[];
}

export interface FigureDisagreement {
  theme: string;
  figures: FigureInComparison[];
  reason: string;
}

export interface Coverage {
  /** For each theme, the share of each article's body words devoted to it (0…1). */
  matrix: Array<{ theme: string; perArticle: Record<number, number> }>;
  /** Themes with members from a single article. */
  onlyOneSource: string[];
  /** Figures of one kind and unit, close but different, in different articles of one theme. */
  disagreements: FigureDisagreement[];
}

/** A name in one paragraph, with the entity it names in every script (`אלטמן` and `Altman` share one). */
export interface NameMention {
  article: number;
  paragraph: number;
  /** UTF-16 offsets into the paragraph's text. */
  start: number;
  end: number;
  text: string;
  entity: string;
}

export interface EntitySummary {
  id: string;
  /** How people read it (Latin script first). */
  display: string;
  /** Every written form met. */
  forms: string[];
  /** Articles naming it, in input order. */
  articles: number[];
}

export interface Comparison {
  themes: Theme[];
  /** Every name found, for highlighting one entity across columns and scripts. */
  names: NameMention[];
  /** The entities those names belong to. */
  entities: EntitySummary[];
  /** Cross-article links inside themes (the edges that built them), strongest first. */
  links: ThemeLink[];
  /** For every body paragraph and every other article, its best-scoring paragraph there. */
  bestLinks: BestLink[];
  sections: Section[];
  coverage: Coverage;
  /** Figure groups that appear in more than one article. */
  figures: FigureGroupSummary[];
  /** Body paragraphs in no theme. */
  unthemed: ParagraphRef[];
}

interface Node {
  /** Index into the story's paragraph list. */
  index: number;
  anchors: ParagraphAnchors;
  /** Language-independent anchors with context. */
  cross: Map<string, number>;
  cognates: Map<string, number>;
  /** Stems and figures with context, for comparisons within a language. */
  same: Map<string, number>;
  normCross: number;
  normCrossLatin: number;
  normSame: number;
  words: number;
}

const scriptOfLanguage: Record<string, Script> = {
  he: 'hebrew', yi: 'hebrew', ar: 'arabic', fa: 'arabic', ur: 'arabic', ps: 'arabic', ru: 'cyrillic', uk: 'cyrillic', bg: 'cyrillic',
  sr: 'cyrillic', mk: 'cyrillic', be: 'cyrillic', kk: 'cyrillic', el: 'greek', zh: 'other', ja: 'other', ko: 'other', th: 'other',
};

function interfaceScript(language: string): Script {
  return scriptOfLanguage[language] ?? 'latin';
}

function addScaled(target: Map<string, number>, source: Map<string, number>, factor: number): void {
  if (factor <= 0) return;
  for (const [k, v] of source) target.set(k, (target.get(k) ?? 0) + factor * v);
}

function squaredNorm(...maps: Array<Map<string, number>>): number {
  let s = 0;
  for (const m of maps) for (const v of m.values()) s += v * v;
  return s;
}

const refKey = (r: ParagraphRef) => `${r.article}:${r.paragraph}`;

/** What both the comparison and the raw pair scores start from: anchors, nodes and their scores. */
function scoredStory(articles: readonly CompareArticle[], options: CompareOptions) {
  const parameters = { ...defaultThemeParameters, ...options.parameters };
  const story = buildAnchors(
    articles.flatMap((a) => a.paragraphs.map((p) => ({ article: a.id, paragraph: p.index, kind: p.kind, language: p.language || a.language, text: p.text }))),
  );
  const nodes = buildNodes(story, parameters);
  const scores = pairScores(nodes, parameters);
  if (parameters.balanceLanguages) balance(nodes, scores);
  return { parameters, story, nodes, scores };
}

/** Compares the articles of one story. */
export function compareArticles(articles: readonly CompareArticle[], options: CompareOptions = {}): Comparison {
  const { parameters, story, nodes, scores } = scoredStory(articles, options);
  const allBest = bestLinksOf(nodes, scores, parameters.minScore);
  const median = medianBest(allBest);
  const bestLinks = allBest.filter((l) => l.score >= parameters.minBestLink * median);
  const { edges, edgeScores } = themeGraph(nodes, scores, parameters);
  const community =
    parameters.clustering === 'modularity' ? louvain(nodes.length, edges, parameters.resolution) : averageLinkage(nodes.length, allPairs(nodes, scores, parameters), parameters.mergeThreshold * median);
  return assemble(articles, story, nodes, community, edgeScores, bestLinks, options.interfaceLanguage ?? 'en');
}

/**
 * Every scored pair of body paragraphs (cross- and within-article) of a story, as `compareArticles`
 * sees them before building themes: for inspection and for callers that want raw similarities.
 */
export function scoreParagraphPairs(articles: readonly CompareArticle[], options: CompareOptions = {}): Array<{ a: ParagraphRef; b: ParagraphRef; score: number }> {
  const { parameters, story, nodes, scores } = scoredStory(articles, options);
  const n = nodes.length;
  return [...scores].map(([key, score]) => {
    const a = nodes[Math.floor(key / n)]!.anchors;
    const b = nodes[key % n]!.anchors;
    return { a: { article: a.article, paragraph: a.paragraph }, b: { article: b.article, paragraph: b.paragraph }, score };
  });
}

// ---------------------------------------------------------------------------------------------

function buildNodes(story: StoryAnchors, parameters: ThemeParameters): Node[] {
  const list = story.paragraphs;
  const nodes: Node[] = [];
  let heading: ParagraphAnchors | null = null;
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (i > 0 && list[i - 1]!.article !== p.article) heading = null;
    if (p.kind === 'heading' || p.kind === 'title') {
      if (p.kind === 'heading') heading = p;
      continue;
    }
    if (p.kind !== 'body') continue;
    const cross = new Map(p.anchors);
    const cognates = new Map(p.cognates);
    const same = new Map(p.terms);
    for (const [k, v] of p.anchors) if (!k.startsWith('e:')) same.set(k, (same.get(k) ?? 0) + v);
    const context: Array<[ParagraphAnchors, number]> = [];
    if (heading) context.push([heading, parameters.headingContext]);
    for (const j of [i - 1, i + 1]) {
      const q = list[j];
      if (q && q.article === p.article && q.kind === 'body') context.push([q, parameters.neighbourContext]);
    }
    for (const [q, f] of context) {
      addScaled(cross, q.anchors, f);
      addScaled(cognates, q.cognates, f);
      addScaled(same, q.terms, f);
    }
    const normCross = squaredNorm(cross);
    nodes.push({
      index: i,
      anchors: p,
      cross,
      cognates,
      same,
      normCross: Math.sqrt(normCross + parameters.normSmoothing),
      normCrossLatin: Math.sqrt(normCross + squaredNorm(cognates) + parameters.normSmoothing),
      normSame: Math.sqrt(squaredNorm(same) + parameters.normSmoothing),
      words: p.words,
    });
  }
  return nodes;
}

const sameLanguage = (a: Node, b: Node) => a.anchors.language === b.anchors.language && a.anchors.script === b.anchors.script;

/**
 * Similarity of every pair of body paragraphs that share anything, through inverted indexes (pairs
 * that share nothing are never visited). Keyed by `i * n + j` with i < j over node indexes.
 */
function pairScores(nodes: Node[], parameters: ThemeParameters): Map<number, number> {
  const n = nodes.length;
  const dot = new Map<number, number>();
  const accumulate = (index: Map<string, Array<[number, number]>>, keep: (a: Node, b: Node) => boolean) => {
    for (const postings of index.values()) {
      for (let x = 0; x < postings.length; x++) {
        const [i, wi] = postings[x]!;
        for (let y = x + 1; y < postings.length; y++) {
          const [j, wj] = postings[y]!;
          if (!keep(nodes[i]!, nodes[j]!)) continue;
          const key = i * n + j;
          dot.set(key, (dot.get(key) ?? 0) + wi * wj);
        }
      }
    }
  };
  const index = (pick: (node: Node) => Map<string, number>) => {
    const out = new Map<string, Array<[number, number]>>();
    nodes.forEach((node, i) => {
      for (const [k, w] of pick(node)) {
        if (!(w > 0)) continue;
        const list = out.get(k);
        if (list) list.push([i, w]);
        else out.set(k, [[i, w]]);
      }
    });
    return out;
  };
  accumulate(index((node) => node.cross), (a, b) => !sameLanguage(a, b));
  accumulate(index((node) => node.cognates), (a, b) => !sameLanguage(a, b) && a.anchors.script === 'latin' && b.anchors.script === 'latin');
  accumulate(index((node) => node.same), sameLanguage);
  const scores = new Map<number, number>();
  for (const [key, d] of dot) {
    const a = nodes[Math.floor(key / n)]!;
    const b = nodes[key % n]!;
    let norm: number;
    if (sameLanguage(a, b)) norm = a.normSame * b.normSame;
    else if (a.anchors.script === 'latin' && b.anchors.script === 'latin') norm = a.normCrossLatin * b.normCrossLatin;
    else norm = a.normCross * b.normCross;
    const score = d / norm;
    if (score >= parameters.minScore) scores.set(key, score);
  }
  return scores;
}

/**
 * Puts the language pairs on one scale: each pair of languages (he–en, en–en, en–fr…) is divided
 * by the median of its paragraphs' best scores, times the median over all pairs.
 */
function balance(nodes: Node[], scores: Map<number, number>): void {
  const n = nodes.length;
  const bucketOf = (a: Node, b: Node) => [a.anchors.language, b.anchors.language].sort().join('|');
  // Best score of each paragraph into each other article, grouped by language pair.
  const best = new Map<string, number>();
  for (const [key, s] of scores) {
    const i = Math.floor(key / n);
    const j = key % n;
    const a = nodes[i]!;
    const b = nodes[j]!;
    if (a.anchors.article === b.anchors.article) continue;
    for (const [x, y] of [[i, b.anchors.article], [j, a.anchors.article]] as const) {
      const k = `${x}>${y}`;
      if ((best.get(k) ?? 0) < s) best.set(k, s);
    }
  }
  const byBucket = new Map<string, number[]>();
  for (const [k, s] of best) {
    const [x, article] = k.split('>').map(Number) as [number, number];
    const other = nodes.find((node) => node.anchors.article === article)!;
    const bucket = bucketOf(nodes[x]!, other);
    const list = byBucket.get(bucket);
    if (list) list.push(s);
    else byBucket.set(bucket, [s]);
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((x, y) => x - y);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  const overall = median([...best.values()]);
  if (overall <= 0) return;
  const factor = new Map<string, number>();
  for (const [bucket, values] of byBucket) {
    const m = median(values);
    // Few values say little about a scale: leave small buckets alone.
    factor.set(bucket, values.length >= 5 && m > 0 ? overall / m : 1);
  }
  for (const [key, s] of scores) {
    const a = nodes[Math.floor(key / n)]!;
    const b = nodes[key % n]!;
    if (a.anchors.article === b.anchors.article) continue;
    scores.set(key, s * (factor.get(bucketOf(a, b)) ?? 1));
  }
}

function scoreOf(scores: Map<number, number>, n: number, i: number, j: number): number {
  return i < j ? (scores.get(i * n + j) ?? 0) : (scores.get(j * n + i) ?? 0);
}

/** Per node, its neighbours with scores. */
function neighbourLists(nodes: Node[], scores: Map<number, number>): Array<Array<[number, number]>> {
  const n = nodes.length;
  const lists: Array<Array<[number, number]>> = nodes.map(() => []);
  for (const [key, s] of scores) {
    const i = Math.floor(key / n);
    const j = key % n;
    lists[i]!.push([j, s]);
    lists[j]!.push([i, s]);
  }
  for (const list of lists) list.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return lists;
}

function bestLinksOf(nodes: Node[], scores: Map<number, number>, minScore: number): BestLink[] {
  const lists = neighbourLists(nodes, scores);
  const out: BestLink[] = [];
  nodes.forEach((node, i) => {
    const seen = new Set<number>([node.anchors.article]);
    for (const [j, s] of lists[i]!) {
      const other = nodes[j]!.anchors;
      if (seen.has(other.article) || s < minScore) continue;
      seen.add(other.article);
      out.push({ from: { article: node.anchors.article, paragraph: node.anchors.paragraph }, to: { article: other.article, paragraph: other.paragraph }, score: round(s) });
    }
  });
  return out;
}

/** The graph themes are cut from: best matches per other article, best matches and neighbours within one. */
function themeGraph(nodes: Node[], scores: Map<number, number>, parameters: ThemeParameters): { edges: WeightedEdge[]; edgeScores: Map<number, number> } {
  const n = nodes.length;
  const lists = neighbourLists(nodes, scores);
  const weights = new Map<number, number>();
  const edgeScores = new Map<number, number>();
  const put = (i: number, j: number, w: number) => {
    const key = i < j ? i * n + j : j * n + i;
    weights.set(key, Math.max(weights.get(key) ?? 0, w));
  };
  nodes.forEach((node, i) => {
    const perArticle = new Map<number, number>();
    let within = 0;
    for (const [j, s] of lists[i]!) {
      const article = nodes[j]!.anchors.article;
      if (article === node.anchors.article) {
        if (within++ < parameters.bestWithinArticle) put(i, j, s * parameters.withinArticle);
        continue;
      }
      const taken = perArticle.get(article) ?? 0;
      if (taken >= parameters.bestPerArticle) continue;
      perArticle.set(article, taken + 1);
      put(i, j, s);
      edgeScores.set(i < j ? i * n + j : j * n + i, s);
    }
    // Consecutive body paragraphs of one section usually continue one topic.
    const next = nodes[i + 1];
    if (next && next.anchors.article === node.anchors.article && next.index === node.index + 1) {
      put(i, i + 1, parameters.adjacency + scoreOf(scores, n, i, i + 1) * parameters.withinArticle);
    }
  });
  const edges: WeightedEdge[] = [];
  for (const [key, w] of weights) edges.push({ a: Math.floor(key / n), b: key % n, weight: w });
  edges.sort((x, y) => x.a - y.a || x.b - y.b);
  return { edges, edgeScores };
}

function medianBest(links: BestLink[]): number {
  const sorted = links.map((l) => l.score).sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Every scored pair as an edge; pairs within an article weigh less, consecutive ones get a bonus. */
function allPairs(nodes: Node[], scores: Map<number, number>, parameters: ThemeParameters): WeightedEdge[] {
  const n = nodes.length;
  const weights = new Map<number, number>();
  for (const [key, s] of scores) {
    const a = nodes[Math.floor(key / n)]!;
    const b = nodes[key % n]!;
    weights.set(key, a.anchors.article === b.anchors.article ? s * parameters.withinArticle : s);
  }
  for (let i = 0; i + 1 < n; i++) {
    if (nodes[i]!.anchors.article !== nodes[i + 1]!.anchors.article || nodes[i + 1]!.index !== nodes[i]!.index + 1) continue;
    const key = i * n + i + 1;
    weights.set(key, (weights.get(key) ?? 0) + parameters.adjacency);
  }
  const edges: WeightedEdge[] = [];
  for (const [key, w] of weights) edges.push({ a: Math.floor(key / n), b: key % n, weight: w });
  edges.sort((x, y) => x.a - y.a || x.b - y.b);
  return edges;
}

// ---------------------------------------------------------------------------------------------

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function assemble(
  articles: readonly CompareArticle[],
  story: StoryAnchors,
  nodes: Node[],
  community: number[],
  edgeScores: Map<number, number>,
  bestLinks: BestLink[],
  interfaceLanguage: string,
): Comparison {
  const n = nodes.length;
  const refOf = (node: Node): ParagraphRef => ({ article: node.anchors.article, paragraph: node.anchors.paragraph });
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));

  // Themes: communities of two or more paragraphs, numbered in reading order.
  const groups = new Map<number, number[]>();
  community.forEach((c, i) => {
    const list = groups.get(c);
    if (list) list.push(i);
    else groups.set(c, [i]);
  });
  const ordered = [...groups.values()]
    .filter((members) => members.length >= 2)
    .map((members) => members.sort((x, y) => articleOrder.get(nodes[x]!.anchors.article)! - articleOrder.get(nodes[y]!.anchors.article)! || nodes[x]!.anchors.paragraph - nodes[y]!.anchors.paragraph))
    .sort((x, y) => x[0]! - y[0]!);
  const themeOfNode = new Map<number, string>();
  const script = interfaceScript(interfaceLanguage);
  const themes: Theme[] = ordered.map((members, t) => {
    const id = `t${t + 1}`;
    for (const m of members) themeOfNode.set(m, id);
    const { label, anchors } = labelOf(members, nodes, story, script, interfaceLanguage);
    const themeArticles = [...new Set(members.map((m) => nodes[m]!.anchors.article))].sort((x, y) => articleOrder.get(x)! - articleOrder.get(y)!);
    return { id, label, members: members.map((m) => refOf(nodes[m]!)), anchors, articles: themeArticles };
  });

  // Links: the cross-article edges inside themes, with their reasons.
  const links: ThemeLink[] = [];
  for (const [key, score] of edgeScores) {
    const i = Math.floor(key / n);
    const j = key % n;
    const ti = themeOfNode.get(i);
    if (!ti || ti !== themeOfNode.get(j)) continue;
    links.push({ a: refOf(nodes[i]!), b: refOf(nodes[j]!), score: round(score), why: reasons(nodes[i]!, nodes[j]!, story) });
  }
  links.sort((x, y) => y.score - x.score || refKey(x.a).localeCompare(refKey(y.a)) || refKey(x.b).localeCompare(refKey(y.b)));

  // Sections, coverage, figures.
  const themeOfRef = new Map<string, string>();
  nodes.forEach((node, i) => {
    const t = themeOfNode.get(i);
    if (t) themeOfRef.set(refKey(refOf(node)), t);
  });
  const wordsOfRef = new Map<string, number>();
  for (const node of nodes) wordsOfRef.set(refKey(refOf(node)), node.words);
  const sections = sectionsOf(articles, themeOfRef, wordsOfRef);
  const coverage = coverageOf(articles, themes, story, nodes, themeOfRef, wordsOfRef);
  const figures = figureGroups(story, articleOrder);
  const unthemed = nodes.filter((_, i) => !themeOfNode.has(i)).map(refOf);
  const { names, entities } = namesOf(articles, story, articleOrder);
  return { themes, names, entities, links, bestLinks, sections, coverage, figures, unthemed };
}

function namesOf(articles: readonly CompareArticle[], story: StoryAnchors, articleOrder: Map<number, number>): { names: NameMention[]; entities: EntitySummary[] } {
  const textOf = new Map<string, string>();
  for (const a of articles) for (const p of a.paragraphs) textOf.set(`${a.id}:${p.index}`, p.text);
  const articlesOf = new Map<string, Set<number>>();
  const names: NameMention[] = [];
  for (const m of story.entities.mentions) {
    const p = story.paragraphs[m.paragraph]!;
    const text = textOf.get(`${p.article}:${p.paragraph}`) ?? '';
    names.push({ article: p.article, paragraph: p.paragraph, start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: m.entity });
    let set = articlesOf.get(m.entity);
    if (!set) articlesOf.set(m.entity, (set = new Set()));
    set.add(p.article);
  }
  const entities = story.entities.entities.map((e) => ({
    id: e.id,
    display: e.display,
    forms: e.forms,
    articles: [...(articlesOf.get(e.id) ?? [])].sort((x, y) => (articleOrder.get(x) ?? 0) - (articleOrder.get(y) ?? 0)),
  }));
  return { names, entities };
}

/** The anchors two paragraphs share, strongest first, as people read them. */
function reasons(a: Node, b: Node, story: StoryAnchors): string[] {
  const shared: Array<[string, number]> = [];
  const same = sameLanguage(a, b);
  const own = same ? [[a.anchors.terms, b.anchors.terms], [a.anchors.anchors, b.anchors.anchors]] : [[a.anchors.anchors, b.anchors.anchors], [a.anchors.cognates, b.anchors.cognates]];
  const seen = new Set<string>();
  for (const [ma, mb] of own) {
    for (const [k, w] of ma!) {
      const v = mb!.get(k);
      if (!v) continue;
      const info = story.info.get(k);
      if (!info || info.weight <= 0) continue;
      let text = info.display;
      if (info.kind === 'cognate') text = cognatePair(k, a, b, story) ?? text;
      if (seen.has(text)) continue;
      seen.add(text);
      shared.push([text, w * v]);
    }
  }
  return shared.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 6).map(([t]) => t);
}

/** `stratégique ≈ strategic`: the surface words of a cognate set in each paragraph. */
function cognatePair(key: string, a: Node, b: Node, story: StoryAnchors): string | null {
  const sa = story.surfaces.get(`${a.index}\u0000${key}`);
  const sb = story.surfaces.get(`${b.index}\u0000${key}`);
  if (!sa || !sb) return null;
  return sa.toLowerCase() === sb.toLowerCase() ? sa : `${sa} ≈ ${sb}`;
}

/** Label: anchors specific to the theme and spread over its sources, in the interface's script. */
function labelOf(members: number[], nodes: Node[], story: StoryAnchors, script: Script, interfaceLanguage: string): { label: string; anchors: string[] } {
  const articlesWith = new Map<string, Set<number>>();
  const inTheme = new Map<string, number>();
  for (const m of members) {
    const p = nodes[m]!.anchors;
    for (const map of [p.anchors, p.cognates, p.terms]) {
      for (const k of map.keys()) {
        let set = articlesWith.get(k);
        if (!set) articlesWith.set(k, (set = new Set()));
        set.add(p.article);
        inTheme.set(k, (inTheme.get(k) ?? 0) + 1);
      }
    }
  }
  const themeArticles = new Set(members.map((m) => nodes[m]!.anchors.article)).size;
  const rank = (allowForeignWords: boolean) => {
    const candidates: Array<{ key: string; info: AnchorInfo; score: number }> = [];
    for (const [key, count] of inTheme) {
      const info = story.info.get(key);
      if (!info || info.weight <= 0 || info.paragraphs === 0) continue;
      // A label names what several paragraphs share, not a detail of one.
      if (count < 2 && members.length > 1) continue;
      if (info.kind === 'term') {
        // Words make a label only in the interface language (or, as a last resort, the story's),
        // and short ones are mostly function words.
        if (!allowForeignWords && !key.startsWith(`t:${interfaceLanguage}:`)) continue;
        if ([...info.display].length < 4) continue;
      }
      const spread = (articlesWith.get(key)?.size ?? 0) / themeArticles;
      const specificity = count / info.paragraphs;
      const kindBonus = info.kind === 'entity' || info.kind === 'figure' ? 1.5 : info.kind === 'date' ? 0.8 : 1;
      candidates.push({ key, info, score: kindBonus * info.weight * spread * specificity * Math.sqrt(count) });
    }
    return candidates.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1));
  };
  let candidates = rank(false);
  if (candidates.length < 2) candidates = rank(true);
  const parts: string[] = [];
  const keys: string[] = [];
  for (const c of candidates) {
    if (keys.length < 8) keys.push(c.key);
    if (parts.length >= 3) continue;
    const text = displayIn(c.key, c.info, story, script);
    // "Gemini 3" and "Gemini", "GPT-4o" and "GPT 4o", are one thing in a label.
    const bare = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const folded = bare(text);
    if (!folded || parts.some((p) => bare(p).includes(folded) || folded.includes(bare(p)))) continue;
    parts.push(text);
  }
  return { label: parts.join(' · '), anchors: keys };
}

function displayIn(key: string, info: AnchorInfo, story: StoryAnchors, script: Script): string {
  if (info.kind === 'entity') {
    const entity = story.entities.entities.find((e) => e.id === key);
    if (entity) {
      if (script === 'latin' || scriptOf(entity.display) === script) return entity.display;
      const native = entity.forms.find((f) => scriptOf(f) === script);
      return native ?? entity.display;
    }
  }
  return info.display;
}

function sectionsOf(articles: readonly CompareArticle[], themeOfRef: Map<string, string>, wordsOfRef: Map<string, number>): Section[] {
  const out: Section[] = [];
  for (const article of articles) {
    let current: Section | null = null;
    const close = () => {
      if (!current) return;
      const votes = new Map<string, number>();
      for (const p of current.body) {
        const t = themeOfRef.get(`${article.id}:${p}`);
        if (t) votes.set(t, (votes.get(t) ?? 0) + (wordsOfRef.get(`${article.id}:${p}`) ?? 1));
      }
      current.theme = [...votes.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? null;
      if (current.body.length || current.attached.length) out.push(current);
    };
    for (const p of article.paragraphs) {
      if (p.kind === 'heading' || (p.kind === 'title' && current === null)) {
        close();
        current = { article: article.id, heading: p.index, body: [], attached: [p.index], theme: null };
        continue;
      }
      current ??= { article: article.id, heading: null, body: [], attached: [], theme: null };
      if (p.kind === 'body') current.body.push(p.index);
      else current.attached.push(p.index);
    }
    close();
  }
  return out;
}

function coverageOf(
  articles: readonly CompareArticle[],
  themes: Theme[],
  story: StoryAnchors,
  nodes: Node[],
  themeOfRef: Map<string, string>,
  wordsOfRef: Map<string, number>,
): Coverage {
  const totalWords = new Map<number, number>();
  for (const node of nodes) totalWords.set(node.anchors.article, (totalWords.get(node.anchors.article) ?? 0) + node.words);
  const matrix = themes.map((theme) => {
    const perArticle: Record<number, number> = {};
    for (const a of articles) perArticle[a.id] = 0;
    for (const m of theme.members) perArticle[m.article] = (perArticle[m.article] ?? 0) + (wordsOfRef.get(refKey(m)) ?? 0);
    for (const a of articles) perArticle[a.id] = round((perArticle[a.id] ?? 0) / Math.max(1, totalWords.get(a.id) ?? 0));
    return { theme: theme.id, perArticle };
  });
  const onlyOneSource = themes.filter((t) => t.articles.length === 1).map((t) => t.id);

  // Discrepant figures (figures capability) whose paragraphs share a theme.
  const mention = new Map<string, FigureInComparison>();
  for (const p of story.paragraphs) {
    for (const f of p.figures) {
      mention.set(f.key, { ref: { article: p.article, paragraph: p.paragraph }, start: f.figure.start, end: f.figure.end, text: f.figure.text, kind: f.figure.kind, value: f.figure.value, unit: f.figure.unit });
    }
  }
  const groupMembers = new Map(story.figureLinks.groups.map((g) => [g.id, g.members]));
  const disagreements: FigureDisagreement[] = [];
  for (const d of story.figureLinks.discrepancies) {
    const ga = story.figureLinks.groupOf[d.a];
    const gb = story.figureLinks.groupOf[d.b];
    // Any pair of members of the two groups that sit in one theme, in different articles.
    let found: FigureDisagreement | null = null;
    for (const ka of (ga && groupMembers.get(ga)) || [d.a]) {
      for (const kb of (gb && groupMembers.get(gb)) || [d.b]) {
        const fa = mention.get(ka);
        const fb = mention.get(kb);
        if (!fa || !fb || fa.ref.article === fb.ref.article) continue;
        const ta = themeOfRef.get(refKey(fa.ref));
        if (ta && ta === themeOfRef.get(refKey(fb.ref))) {
          found = { theme: ta, figures: [fa, fb], reason: d.reason };
          break;
        }
      }
      if (found) break;
    }
    if (found) disagreements.push(found);
  }
  return { matrix, onlyOneSource, disagreements };
}

function figureGroups(story: StoryAnchors, articleOrder: Map<number, number>): FigureGroupSummary[] {
  const mention = new Map<string, FigureInComparison>();
  for (const p of story.paragraphs) {
    for (const f of p.figures) {
      mention.set(f.key, { ref: { article: p.article, paragraph: p.paragraph }, start: f.figure.start, end: f.figure.end, text: f.figure.text, kind: f.figure.kind, value: f.figure.value, unit: f.figure.unit });
    }
  }
  const out: FigureGroupSummary[] = [];
  for (const g of story.figureLinks.groups) {
    const members = g.members.map((k) => mention.get(k)).filter((m): m is FigureInComparison => m !== undefined);
    const groupArticles = [...new Set(members.map((m) => m.ref.article))].sort((x, y) => (articleOrder.get(x) ?? 0) - (articleOrder.get(y) ?? 0));
    if (groupArticles.length < 2) continue;
    out.push({ group: g.id, kind: g.kind, value: g.value, unit: g.unit, display: members[0]?.text ?? g.id, members, articles: groupArticles });
  }
  return out;
}
