/**
 * Strict and lax precision, recall and F1 of a sentence alignment against a gold one, defined as
 * Vecalign's `score.py` defines them (after Véronis & Langlais's ARCADE measures), so the figures
 * can be set beside those the Vecalign and Bertalign papers publish for the same data:
 *
 * - Precision is over every test link that is not empty on both sides, insertions and deletions
 *   included. A link found in the gold is a strict (and lax) hit. Otherwise it is a lax hit when one
 *   of its target sentences is linked, somewhere in the gold, to one of its source sentences; an
 *   insertion or deletion that is not in the gold is never a lax hit.
 * - Recall is the same count with gold and test swapped, over links that have sentences on both
 *   sides only: an insertion or deletion missed costs precision elsewhere, never recall.
 * - Counts are summed over documents before dividing (micro average), as `score_multiple` does.
 */
import type { SentenceLink } from './links.js';

export interface LinkCounts {
  strictHits: number;
  strictMisses: number;
  laxHits: number;
  laxMisses: number;
}

export interface AlignmentScore {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

const key = (link: SentenceLink) => `${link.source.join(',')}:${link.target.join(',')}`;

/** Vecalign's `_precision(gold, test)`: how many test links the gold supports, strictly and laxly. */
export function precisionCounts(gold: readonly SentenceLink[], test: readonly SentenceLink[]): LinkCounts {
  const nonEmpty = (links: readonly SentenceLink[]) => links.filter((l) => l.source.length > 0 || l.target.length > 0);
  const goldKeys = new Set(nonEmpty(gold).map(key));
  const goldTargetsOf = new Map<number, Set<number>>();
  for (const link of nonEmpty(gold)) {
    for (const s of link.source) {
      let targets = goldTargetsOf.get(s);
      if (!targets) goldTargetsOf.set(s, (targets = new Set()));
      for (const t of link.target) targets.add(t);
    }
  }
  const counts: LinkCounts = { strictHits: 0, strictMisses: 0, laxHits: 0, laxMisses: 0 };
  // Duplicated test links count once, as Vecalign's set() makes them.
  const seen = new Set<string>();
  for (const link of nonEmpty(test)) {
    const k = key(link);
    if (seen.has(k)) continue;
    seen.add(k);
    if (goldKeys.has(k)) {
      counts.strictHits++;
      counts.laxHits++;
      continue;
    }
    counts.strictMisses++;
    const overlaps = link.source.some((s) => link.target.some((t) => goldTargetsOf.get(s)?.has(t)));
    if (overlaps) counts.laxHits++;
    else counts.laxMisses++;
  }
  return counts;
}

const ratio = (hits: number, misses: number) => (hits + misses === 0 ? 0 : hits / (hits + misses));
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Scores several documents together: `pairs` holds each document's gold and test links. */
export function scoreAlignments(pairs: ReadonlyArray<{ gold: readonly SentenceLink[]; test: readonly SentenceLink[] }>): AlignmentScore {
  const p: LinkCounts = { strictHits: 0, strictMisses: 0, laxHits: 0, laxMisses: 0 };
  const r: LinkCounts = { strictHits: 0, strictMisses: 0, laxHits: 0, laxMisses: 0 };
  const bothSides = (links: readonly SentenceLink[]) => links.filter((l) => l.source.length > 0 && l.target.length > 0);
  for (const { gold, test } of pairs) {
    add(p, precisionCounts(gold, test));
    add(r, precisionCounts(bothSides(test), bothSides(gold)));
  }
  const precisionStrict = ratio(p.strictHits, p.strictMisses);
  const precisionLax = ratio(p.laxHits, p.laxMisses);
  const recallStrict = ratio(r.strictHits, r.strictMisses);
  const recallLax = ratio(r.laxHits, r.laxMisses);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: harmonic(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: harmonic(precisionLax, recallLax),
  };
}

function add(into: LinkCounts, counts: LinkCounts): void {
  into.strictHits += counts.strictHits;
  into.strictMisses += counts.strictMisses;
  into.laxHits += counts.laxHits;
  into.laxMisses += counts.laxMisses;
}
