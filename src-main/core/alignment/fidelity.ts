/**
 * Fidelity of a translation, link by link: every figure and name of the original is looked for in
 * the sentences aligned with it.
 *
 * - A figure of the original with no figure of the same quantity in its link (nor in the link
 *   before or after it: translators move words across a sentence boundary) is `changed` when the
 *   link holds an unexplained figure of the same kind and unit (`1.4 trillion` rendered as
 *   `14 billion`), else `missing`. Figures of the translation left unexplained are `added`.
 *   "The same quantity" is the figure linker's rule (figures/link-figures.ts): same kind and
 *   unit, values equal within the rounding each text implies.
 * - Small counts written in words (`one`, `deux`, `zwei`) are grammar more than information
 *   (`both`, `a pair`) and are not checked. A figure written in digits that the extractor left
 *   aside on the other side (`10e degré` for `10. Grad`) still counts as kept when its digits
 *   appear there outside any other figure.
 * - A name of the original (findEntities links names across scripts) that neither appears, nor
 *   has a word spelled alike (`Üschenen`/`Uschenen`, `אלטמן`/`Altman`), in its link and its
 *   neighbours is `missing`. Languages that capitalise every noun (German) give no evidence of a
 *   name by case alone, so there only names found in both texts, acronyms and words with inner
 *   capitals or digits count; weekdays and months are dates, not names. Names a translation adds are not reported: most are the
 *   translator's explanations (a country named for foreign readers).
 */
import type { AlignmentLink as ArticleLink, FidelityFinding as Finding, FindingSide, ParagraphKind } from '../../api/contract.js';
import { figuresMatch } from '../figures/link-figures.js';
import type { Figure } from '../figures/types.js';
import { findEntities } from '../stories/entities.js';
import { isAbjad, scriptOf, skeletonsMatch, soundSkeleton } from '../stories/transliterate.js';
import { foldText } from '../text/fold.js';
import { isCalendarName } from './calendar-words.js';
import { cognateStrength } from './correspondences.js';

export type { AlignmentLink as ArticleLink, FidelityFinding as Finding, FindingSide, SentenceRef } from '../../api/contract.js';

export interface PlacedFigure extends Figure {
  paragraph: number;
}

export interface PlacedName {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Shared by the mentions of one name, across both texts. */
  entity: string;
}

export interface FidelitySide {
  figures: readonly PlacedFigure[];
  names: readonly PlacedName[];
}

/** Which link each item falls in (by its start), or −1 for text outside every sentence. */
function linkOf<T extends { paragraph: number; start: number }>(items: readonly T[], links: readonly ArticleLink[], side: 'source' | 'target'): number[] {
  return items.map((item) => links.findIndex((link) => link[side].some((s) => s.paragraph === item.paragraph && item.start >= s.start && item.start < s.end)));
}

const describe = (f: Figure) => f.text;

export interface FidelityText {
  /** The text of each paragraph, for the checks that look at words rather than figures. */
  paragraphs: readonly string[];
}

/** Small counts written in words are not checked (see above). */
function checked(figure: Figure): boolean {
  return !(figure.kind === 'count' && typeof figure.value === 'number' && Math.abs(figure.value) <= 2 && !/\p{Nd}/u.test(figure.text));
}

export function checkFidelity(
  links: readonly ArticleLink[],
  originalSide: FidelitySide & FidelityText,
  translationSide: FidelitySide & FidelityText,
): Finding[] {
  const original = { ...originalSide, figures: originalSide.figures.filter(checked) };
  const translation = { ...translationSide, figures: translationSide.figures.filter(checked) };
  const findings: Finding[] = [];
  const sourceFigureLink = linkOf(original.figures, links, 'source');
  const targetFigureLink = linkOf(translation.figures, links, 'target');
  const targetUsed = new Set<number>();
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  const side = (x: { paragraph: number; start: number; end: number; text: string }): FindingSide => ({ paragraph: x.paragraph, start: x.start, end: x.end, text: x.text });

  // Figures matched in their own link first, then in a neighbouring one.
  const matchIn = (k: number, accept: (targetLink: number) => boolean): boolean => {
    const j = translation.figures.findIndex((t, j) => !targetUsed.has(j) && accept(targetFigureLink[j]!) && figuresMatch(original.figures[k]!, t));
    if (j >= 0) targetUsed.add(j);
    return j >= 0;
  };
  const unmatched = original.figures
    .map((_, k) => k)
    .filter((k) => sourceFigureLink[k]! >= 0 && !matchIn(k, (l) => l === sourceFigureLink[k]))
    .filter((k) => !matchIn(k, (l) => l >= 0 && near(l, sourceFigureLink[k]!)))
    .filter((k) => !digitsKept(original.figures[k]!, sourceFigureLink[k]!, links, 'target', translation));
  for (const k of unmatched) {
    const figure = original.figures[k]!;
    const link = sourceFigureLink[k]!;
    // The closest unexplained figure of the same kind and unit in the link: a changed rendering.
    let best = -1;
    let distance = Infinity;
    translation.figures.forEach((t, j) => {
      if (targetUsed.has(j) || targetFigureLink[j] !== link || t.kind !== figure.kind || t.unit !== figure.unit) return;
      const d = typeof figure.value === 'number' && typeof t.value === 'number' ? Math.abs(Math.log(Math.abs(figure.value) + 1e-9) - Math.log(Math.abs(t.value) + 1e-9)) : 1;
      if (d < distance) [best, distance] = [j, d];
    });
    if (best >= 0) {
      targetUsed.add(best);
      const t = translation.figures[best]!;
      findings.push({ kind: 'changed', item: 'figure', link, source: side(figure), target: side(t), detail: `${describe(figure)} is rendered as ${describe(t)}` });
    } else {
      const alone = links[link]!.target.length === 0;
      findings.push({ kind: 'missing', item: 'figure', link, source: side(figure), target: null, detail: alone ? `${describe(figure)}: the sentence has no counterpart in the translation` : `${describe(figure)} is not in the translation` });
    }
  }
  translation.figures.forEach((t, j) => {
    const link = targetFigureLink[j]!;
    if (targetUsed.has(j) || link < 0 || digitsKept(t, link, links, 'source', original)) return;
    findings.push({ kind: 'added', item: 'figure', link, source: null, target: side(t), detail: `${describe(t)} is not in the original` });
  });

  // Names of the original, by entity or by spelling.
  const sourceNameLink = linkOf(original.names, links, 'source');
  const targetNameLink = linkOf(translation.names, links, 'target');
  const entityLinks = new Map<string, number[]>();
  translation.names.forEach((name, k) => {
    if (targetNameLink[k]! >= 0) entityLinks.set(name.entity, [...(entityLinks.get(name.entity) ?? []), targetNameLink[k]!]);
  });
  const reported = new Set<string>();
  original.names.forEach((name, k) => {
    const link = sourceNameLink[k]!;
    const key = `${name.entity}:${link}`;
    if (link < 0 || reported.has(key)) return;
    if ((entityLinks.get(name.entity) ?? []).some((l) => near(l, link))) return;
    if (spelledAlikeNear(name.text, link, links, translation)) return;
    reported.add(key);
    findings.push({ kind: 'missing', item: 'name', link, source: side(name), target: null, detail: `${name.text} is not in the translation here` });
  });
  return findings.sort((a, b) => a.link - b.link || order(a) - order(b));
}

/** The text of the sentences on one side of the links around `link`. */
function nearbyText(link: number, links: readonly ArticleLink[], which: 'source' | 'target', text: FidelityText): string {
  const parts: string[] = [];
  for (let l = Math.max(0, link - 1); l <= Math.min(links.length - 1, link + 1); l++) {
    for (const s of links[l]![which]) parts.push(text.paragraphs[s.paragraph]!.slice(s.start, s.end));
  }
  return parts.join(' ');
}

/**
 * Whether the digits of a figure appear on the other side, around its link, outside every figure
 * found there: the extractor read them as something it does not report (an ordinal, a part of a
 * name), so the number is kept. Digits inside another figure are that figure's (`14 billion`
 * keeps the digits of `1.4 trillion` and is still a change).
 */
function digitsKept(figure: Figure, link: number, links: readonly ArticleLink[], which: 'source' | 'target', other: FidelitySide & FidelityText): boolean {
  const digits = figure.text.match(/\p{Nd}+/gu);
  if (!digits) return false;
  for (let l = Math.max(0, link - 1); l <= Math.min(links.length - 1, link + 1); l++) {
    for (const sentence of links[l]![which]) {
      const paragraph = other.paragraphs[sentence.paragraph]!;
      const covered = other.figures.filter((f) => f.paragraph === sentence.paragraph && f.end > sentence.start && f.start < sentence.end);
      const free = (at: number, length: number) => !covered.some((f) => at < f.end && at + length > f.start);
      const runs = [...paragraph.slice(sentence.start, sentence.end).matchAll(/\p{Nd}+/gu)].filter((m) => free(sentence.start + m.index, m[0].length)).map((m) => m[0]);
      if (digits.every((d) => runs.includes(d))) return true;
    }
  }
  return false;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

/** Whether a word of the name is written alike around the link on the other side (OCR, transliteration, inflection). */
function spelledAlikeNear(name: string, link: number, links: readonly ArticleLink[], translation: FidelityText): boolean {
  const words = (name.match(wordPattern) ?? []).filter((w) => w.length >= 4);
  if (words.length === 0) return false;
  const nearby = nearbyText(link, links, 'target', translation).match(wordPattern) ?? [];
  return words.some((word) => {
    const folded = foldText(word);
    const script = scriptOf(word);
    return nearby.some((other) => {
      // Names are spelled alike only when nearly identical: `Maria` is not `mardi`.
      if (scriptOf(other) === script) return cognateStrength(folded, foldText(other)) >= 0.8;
      return skeletonsMatch(soundSkeleton(word), soundSkeleton(other), { abjad: isAbjad(scriptOf(word)) || isAbjad(scriptOf(other)) });
    });
  });
}

const order = (f: Finding) => (f.source ?? f.target)!.paragraph * 1e6 + (f.source ?? f.target)!.start;

export interface NameParagraph {
  kind: ParagraphKind;
  language: string;
  text: string;
}

/** Languages that write every noun with a capital: case says nothing about names there. */
const nounCapitalising = new Set(['de', 'lb']);
const looksLikeName = /^(?:[\p{Lu}\p{N}]{2,}|.+[\p{Lu}\p{N}].*)$/u;

/**
 * The names of two texts, with one entity id per name across both (and across scripts). Junk
 * paragraphs are left out.
 */
export function namesOfPair(original: readonly NameParagraph[], translation: readonly NameParagraph[]): { original: PlacedName[]; translation: PlacedName[] } {
  const all = [...original, ...translation];
  const usable = all.map((p) => p.kind !== 'junk');
  const result = findEntities(all.map((p, k) => (usable[k] ? p : { ...p, text: '' })));
  const texts = new Map<string, Set<'original' | 'translation'>>();
  for (const mention of result.mentions) {
    const which = mention.paragraph < original.length ? 'original' : 'translation';
    let set = texts.get(mention.entity);
    if (!set) texts.set(mention.entity, (set = new Set()));
    set.add(which);
  }
  const out = { original: [] as PlacedName[], translation: [] as PlacedName[] };
  for (const mention of result.mentions) {
    const inOriginal = mention.paragraph < original.length;
    const paragraph = inOriginal ? mention.paragraph : mention.paragraph - original.length;
    const source = all[mention.paragraph]!;
    const text = source.text.slice(mention.start, mention.end);
    const inBoth = texts.get(mention.entity)!.size === 2;
    if (isCalendarName(text)) continue;
    if (!inBoth && nounCapitalising.has(source.language.slice(0, 2)) && !looksLikeName.test(text)) continue;
    (inOriginal ? out.original : out.translation).push({ paragraph, start: mention.start, end: mention.end, text, entity: mention.entity });
  }
  return out;
}
