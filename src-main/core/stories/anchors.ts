/**
 * What each paragraph of a story can be compared by, across languages and within one:
 *
 * - `entity`: a named entity, one id across scripts (`אלטמן` and `Altman` are `e:altman`);
 * - `figure`: a group of figures denoting the same quantity across articles (figures capability);
 * - `date`: the same for dates and years, which say less (every story has a year);
 * - `cognate`: a set of Latin-script words that are cognates across languages;
 * - `term`: a word's stem, compared within one language only.
 *
 * Weights are inverse paragraph frequencies over the story's body paragraphs: a name in every
 * paragraph says nothing about which paragraphs belong together. Pure.
 */
import type { ParagraphKind } from '../../api/contract.js';
import { extractFigures } from '../figures/extract-figures.js';
import { linkFigures, type LinkItem, type LinkResult } from '../figures/link-figures.js';
import type { Figure } from '../figures/types.js';
import { indexForm } from '../search/morphology.js';
import { tokenize, type Token } from '../search/tokenizer.js';
import { cognateSets, type CognateWord } from './cognates.js';
import { findEntities, type EntityResult } from './entities.js';
import { scriptOf, type Script } from './transliterate.js';

export type AnchorKind = 'entity' | 'figure' | 'date' | 'cognate' | 'term';

export interface StoryParagraph {
  article: number;
  paragraph: number;
  kind: ParagraphKind;
  language: string;
  text: string;
}

export interface AnchorInfo {
  key: string;
  kind: AnchorKind;
  /** How to show it: an entity's Latin name, a figure as written, a word as written. */
  display: string;
  /** Body paragraphs holding it, and their articles. */
  paragraphs: number;
  articles: number;
  /** Inverse paragraph frequency times the kind's weight. */
  weight: number;
}

export interface FigureMention {
  key: string;
  figure: Figure;
  /** The figure group it belongs to, when it is linked to others. */
  group: string | null;
}

export interface ParagraphAnchors {
  article: number;
  paragraph: number;
  kind: ParagraphKind;
  language: string;
  /** The script most of its words are written in. */
  script: Script;
  /** Language-independent anchors (entity, figure, date) → weight in this paragraph. */
  anchors: Map<string, number>;
  /** Cognate sets (Latin script only) → weight. */
  cognates: Map<string, number>;
  /** Stems of its words, comparable within its language only → weight. */
  terms: Map<string, number>;
  figures: FigureMention[];
  /** Number of words (tokens). */
  words: number;
}

export interface StoryAnchors {
  paragraphs: ParagraphAnchors[];
  /** `${paragraph index}\u0000${cognate key}` → the word as written there, to explain links. */
  surfaces: Map<string, string>;
  info: Map<string, AnchorInfo>;
  entities: EntityResult;
  figureLinks: LinkResult;
}

/**
 * How much each kind of anchor counts. Names and figures are the strongest evidence two texts in
 * different languages talk about the same thing; dates recur in unrelated paragraphs of one story;
 * cognates include false friends.
 */
export const kindWeights: Record<AnchorKind, number> = { entity: 1, figure: 1.2, date: 0.5, cognate: 0.6, term: 1 };

const hebrewLetters = /^[\u05d0-\u05ea]+$/u;
const arabicLetters = /^[\u0620-\u064a]+$/u;

/**
 * A light stem for languages the search module does not stem (Hebrew, Arabic): common attached
 * prefixes and inflectional suffixes off, keeping at least three letters. General grammar, enough
 * to let `התחרות`/`לתחרות` and `الطائرة`/`طائرة` meet.
 */
export function lightStem(term: string): string {
  if (hebrewLetters.test(term)) {
    let w = term;
    for (const p of ['וה', 'שה', 'מה', 'כש', 'וב', 'ול', 'ומ', 'ה', 'ו', 'ב', 'ל', 'מ', 'ש', 'כ']) {
      if (w.startsWith(p) && w.length - p.length >= 3) {
        w = w.slice(p.length);
        break;
      }
    }
    // Terms arrive folded (text/fold.ts): a final mem is written as an ordinary one.
    for (const s of ['יות', 'ימ', 'ות', 'ית', 'ה', 'י']) {
      if (w.endsWith(s) && w.length - s.length >= 3) return w.slice(0, w.length - s.length);
    }
    return w;
  }
  if (arabicLetters.test(term)) {
    let w = term;
    for (const p of ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل']) {
      if (w.startsWith(p) && w.length - p.length >= 3) {
        w = w.slice(p.length);
        break;
      }
    }
    for (const s of ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي']) {
      if (w.endsWith(s) && w.length - s.length >= 3) return w.slice(0, w.length - s.length);
    }
    return w;
  }
  return term;
}

/** The form a word is compared under within its language. */
export function termForm(term: string, language: string): string {
  const form = indexForm(term, language);
  return form === term ? lightStem(term) : form;
}

/** Figures too generic to tie paragraphs together: small plain numbers, vague magnitudes. */
function usefulFigure(f: Figure): boolean {
  if (f.approximate) return false;
  if ((f.kind === 'count' || f.kind === 'duration' || f.kind === 'ratio') && typeof f.value === 'number' && f.value <= 12) return false;
  return f.confidence >= 0.5;
}

function dominantScript(tokens: Token[], text: string): Script {
  const counts = new Map<Script, number>();
  for (const t of tokens) {
    if (/^\p{N}/u.test(t.term)) continue;
    const s = scriptOf(text.slice(t.start, t.end));
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: Script = 'other';
  let n = -1;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}

function add(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Anchors of every paragraph of a story, weighted over its body paragraphs. */
export function buildAnchors(paragraphs: readonly StoryParagraph[]): StoryAnchors {
  const tokens = paragraphs.map((p) => tokenize(p.text, p.language));
  const entities = findEntities(paragraphs.map((p, i) => ({ language: p.language, kind: p.kind, text: p.text, tokens: tokens[i]! })));

  // Figures, linked across the story; each figure's key names its paragraph.
  const figuresOf: FigureMention[][] = paragraphs.map(() => []);
  const items: LinkItem[] = [];
  paragraphs.forEach((p, i) => {
    if (p.kind !== 'body' && p.kind !== 'title') return;
    for (const figure of extractFigures(p.text, p.language)) {
      if (!usefulFigure(figure)) continue;
      const key = `${i}:${figure.start}`;
      items.push({ key, figure, source: String(p.article) });
      figuresOf[i]!.push({ key, figure, group: null });
    }
  });
  const figureLinks = linkFigures(items);
  for (const list of figuresOf) for (const m of list) m.group = figureLinks.groupOf[m.key] ?? null;

  // Cognates over the Latin words that are not part of a name.
  const inName: Array<Array<[number, number]>> = paragraphs.map(() => []);
  for (const m of entities.mentions) inName[m.paragraph]!.push([m.start, m.end]);
  const cognateInput: CognateWord[] = [];
  const cognateOwner: number[] = [];
  tokens.forEach((list, i) => {
    const p = paragraphs[i]!;
    if (p.kind !== 'body') return;
    for (const t of list) {
      if (inName[i]!.some(([s, e]) => t.start < e && t.end > s)) continue;
      cognateInput.push({ word: t.term, language: p.language });
      cognateOwner.push(i);
    }
  });
  const cognateIds = cognateSets(cognateInput);

  const result: ParagraphAnchors[] = paragraphs.map((p, i) => ({
    article: p.article,
    paragraph: p.paragraph,
    kind: p.kind,
    language: p.language,
    script: dominantScript(tokens[i]!, p.text),
    anchors: new Map(),
    cognates: new Map(),
    terms: new Map(),
    figures: figuresOf[i]!,
    words: tokens[i]!.length,
  }));
  const surfaces = new Map<string, string>();
  const display = new Map<string, string>();
  const kinds = new Map<string, AnchorKind>();
  const entityById = new Map(entities.entities.map((e) => [e.id, e]));
  for (const m of entities.mentions) {
    add(result[m.paragraph]!.anchors, m.entity);
    kinds.set(m.entity, 'entity');
    if (!display.has(m.entity)) display.set(m.entity, entityById.get(m.entity)?.display ?? m.entity);
  }
  const groupById = new Map(figureLinks.groups.map((g) => [g.id, g]));
  figuresOf.forEach((list, i) => {
    for (const m of list) {
      if (!m.group) continue;
      const key = `f:${m.group}`;
      const g = groupById.get(m.group);
      const kind: AnchorKind = g && (g.kind === 'date' || g.kind === 'year') ? 'date' : 'figure';
      // A name with digits ("GPT-4o") is also an entity's words; it still counts as the figure.
      add(result[i]!.anchors, key);
      kinds.set(key, kind);
      if (!display.has(key) || m.figure.kind !== 'name') display.set(key, display.get(key) ?? m.figure.text);
    }
  });
  cognateIds.forEach((id, k) => {
    if (!id) return;
    const i = cognateOwner[k]!;
    add(result[i]!.cognates, id);
    kinds.set(id, 'cognate');
    const where = `${i}\u0000${id}`;
    if (!surfaces.has(where)) surfaces.set(where, cognateInput[k]!.word);
    if (!display.has(id)) display.set(id, cognateInput[k]!.word);
  });
  tokens.forEach((list, i) => {
    const p = paragraphs[i]!;
    for (const t of list) {
      if (/^\p{N}/u.test(t.term) || [...t.term].length < 2) continue;
      const form = `t:${p.language}:${termForm(t.term, p.language)}`;
      add(result[i]!.terms, form);
      if (!display.has(form)) {
        display.set(form, p.text.slice(t.start, t.end));
        kinds.set(form, 'term');
      }
    }
  });

  // Weights: inverse frequency over body paragraphs (all paragraphs when there is no body).
  const counted = result.filter((r) => r.kind === 'body');
  const base = counted.length ? counted : result;
  const df = new Map<string, number>();
  const articlesOf = new Map<string, Set<number>>();
  for (const r of base) {
    for (const map of [r.anchors, r.cognates, r.terms]) {
      for (const key of map.keys()) {
        add(df, key);
        let set = articlesOf.get(key);
        if (!set) articlesOf.set(key, (set = new Set()));
        set.add(r.article);
      }
    }
  }
  const n = base.length;
  const info = new Map<string, AnchorInfo>();
  for (const [key, kind] of kinds) {
    const count = df.get(key) ?? 0;
    const idf = Math.log((n + 1) / (count + 0.5));
    info.set(key, {
      key,
      kind,
      display: display.get(key) ?? key,
      paragraphs: count,
      articles: articlesOf.get(key)?.size ?? 0,
      weight: Math.max(0, idf) * kindWeights[kind],
    });
  }
  for (const r of result) {
    for (const map of [r.anchors, r.cognates, r.terms]) {
      for (const [key, tf] of map) map.set(key, (1 + Math.log(tf)) * (info.get(key)?.weight ?? 0));
    }
  }
  return { paragraphs: result, surfaces, info, entities, figureLinks };
}
