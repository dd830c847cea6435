/**
 * Measures a comparison against hand-annotated themes (gold/): how well its themes pair the
 * paragraphs of different articles, and how often each paragraph's best link into another article
 * lands on a paragraph the annotator put in the same theme. Every figure is given separately for
 * pairs of articles in the same language and in different languages, since they rest on different
 * evidence (words versus names, figures and cognates). Pure.
 */
import type { Comparison, ParagraphRef } from './themes.js';

export interface GoldTheme {
  id: string;
  members: ParagraphRef[];
}

/** A gold file as stored (gold/*.json): articles named by file or id, members by name → indexes. */
export interface GoldFile {
  story: string;
  articles: Array<{ file?: string; id?: string; language: string }>;
  themes: Array<{ id: string; description?: string; members: Record<string, number[]> }>;
}

export interface PairScores {
  /** Cross-article paragraph pairs the comparison puts in one theme and the gold does too. */
  truePositives: number;
  /** Pairs the comparison puts in one theme. */
  predicted: number;
  /** Pairs the gold puts in one theme. */
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface BestLinkScores {
  /** Best links (one per paragraph and other article) landing on a gold co-member. */
  correct: number;
  /** Best links proposed from annotated paragraphs. */
  proposed: number;
  /** `correct / proposed`: the share of proposed best links that are right. */
  precision: number;
  /** Proposed best links into an article where the gold has a co-member. */
  proposedWhereExpected: number;
  /** `correct / proposedWhereExpected`: right among those that could be right. */
  precisionWhereExpected: number;
  /** (paragraph, other article) pairs where the gold has a co-member. */
  expected: number;
  /** `correct / expected`. */
  recall: number;
}

export interface LinkEvaluation {
  pairs: PairScores;
  bestLinks: BestLinkScores;
}

export interface Evaluation {
  sameLanguage: LinkEvaluation;
  crossLanguage: LinkEvaluation;
  all: LinkEvaluation;
}

/** Turns a stored gold file into themes over article ids (`idOf` maps a file name or record id). */
export function resolveGold(file: GoldFile, idOf: (name: string) => number): GoldTheme[] {
  return file.themes.map((t) => ({
    id: t.id,
    members: Object.entries(t.members).flatMap(([name, indexes]) => indexes.map((paragraph) => ({ article: idOf(name), paragraph }))),
  }));
}

const keyOf = (r: ParagraphRef) => `${r.article}:${r.paragraph}`;

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function pairScores(tp: number, predicted: number, gold: number): PairScores {
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, gold);
  return { truePositives: tp, predicted, gold, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Scores `comparison` against `gold`. `languageOf` gives each article's language. Only
 * paragraphs the gold annotates count (the gold annotates every body paragraph).
 */
export function evaluateComparison(comparison: Comparison, gold: readonly GoldTheme[], languageOf: (article: number) => string): Evaluation {
  const goldThemes = new Map<string, Set<string>>();
  for (const theme of gold) {
    for (const m of theme.members) {
      const k = keyOf(m);
      let set = goldThemes.get(k);
      if (!set) goldThemes.set(k, (set = new Set()));
      set.add(theme.id);
    }
  }
  const annotated = [...goldThemes.keys()].map((k) => {
    const [article, paragraph] = k.split(':').map(Number) as [number, number];
    return { article, paragraph };
  });
  const shareTheme = (a: ParagraphRef, b: ParagraphRef) => {
    const ta = goldThemes.get(keyOf(a));
    const tb = goldThemes.get(keyOf(b));
    if (!ta || !tb) return false;
    for (const t of ta) if (tb.has(t)) return true;
    return false;
  };
  const predictedTheme = new Map<string, string>();
  for (const t of comparison.themes) for (const m of t.members) predictedTheme.set(keyOf(m), t.id);

  type Bucket = 'same' | 'cross';
  const bucketOf = (a: number, b: number): Bucket => (languageOf(a) === languageOf(b) ? 'same' : 'cross');
  const counts = {
    same: { tp: 0, predicted: 0, gold: 0, correct: 0, proposed: 0, proposedWhereExpected: 0, expected: 0 },
    cross: { tp: 0, predicted: 0, gold: 0, correct: 0, proposed: 0, proposedWhereExpected: 0, expected: 0 },
  };

  for (let i = 0; i < annotated.length; i++) {
    for (let j = i + 1; j < annotated.length; j++) {
      const a = annotated[i]!;
      const b = annotated[j]!;
      if (a.article === b.article) continue;
      const c = counts[bucketOf(a.article, b.article)];
      const inGold = shareTheme(a, b);
      const ta = predictedTheme.get(keyOf(a));
      const inPrediction = ta !== undefined && ta === predictedTheme.get(keyOf(b));
      if (inGold) c.gold++;
      if (inPrediction) c.predicted++;
      if (inGold && inPrediction) c.tp++;
    }
  }

  // Best links: one per (paragraph, other article).
  const articles = [...new Set(annotated.map((r) => r.article))];
  const expectedInto = new Set<string>();
  for (const a of annotated) {
    for (const article of articles) {
      if (article === a.article) continue;
      if (annotated.some((b) => b.article === article && shareTheme(a, b))) {
        expectedInto.add(`${keyOf(a)}>${article}`);
        counts[bucketOf(a.article, article)].expected++;
      }
    }
  }
  for (const link of comparison.bestLinks) {
    if (!goldThemes.has(keyOf(link.from)) || !articles.includes(link.to.article)) continue;
    const c = counts[bucketOf(link.from.article, link.to.article)];
    c.proposed++;
    const expected = expectedInto.has(`${keyOf(link.from)}>${link.to.article}`);
    if (expected) c.proposedWhereExpected++;
    if (shareTheme(link.from, link.to)) c.correct++;
  }

  const finish = (c: (typeof counts)['same']): LinkEvaluation => ({
    pairs: pairScores(c.tp, c.predicted, c.gold),
    bestLinks: {
      correct: c.correct,
      proposed: c.proposed,
      precision: ratio(c.correct, c.proposed),
      proposedWhereExpected: c.proposedWhereExpected,
      precisionWhereExpected: ratio(c.correct, c.proposedWhereExpected),
      expected: c.expected,
      recall: ratio(c.correct, c.expected),
    },
  });
  const all = Object.fromEntries(Object.keys(counts.same).map((k) => [k, counts.same[k as keyof typeof counts.same] + counts.cross[k as keyof typeof counts.cross]])) as (typeof counts)['same'];
  return { sameLanguage: finish(counts.same), crossLanguage: finish(counts.cross), all: finish(all) };
}
