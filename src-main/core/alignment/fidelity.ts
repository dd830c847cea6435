/**
 * The fidelity check: every figure and name of the original is looked for in the sentences the
 * aligner paired it with.
 *
 * Figures (figures/extract-figures.ts) are compared by normalised value, so `$1.4 trillion`,
 * `1,4 billion de dollars` and `1.4 טריליון דולר` are the same figure, and a figure left over on
 * both sides of one link with the same kind and unit is `changed` (`1.4 trillion` → `14 billion`).
 * Names (stories/entities.ts) are linked across scripts by sound (`Altman` = `אלטמן`), so a
 * transliterated name is kept, not flagged.
 *
 * A figure or name found in a neighbouring link counts as kept: the aligner may place a sentence
 * boundary one sentence off, and a reader should not be told a figure is missing when it sits in
 * the next sentence of the translation.
 */
import type { AlignedSpan, FidelityFinding, ParagraphKind } from '../../api/contract.js';
import { extractFigures } from '../figures/extract-figures.js';
import { figuresMatch } from '../figures/link-figures.js';
import type { Figure } from '../figures/types.js';
import { findEntities, type Entity } from '../stories/entities.js';
import { scriptOf } from '../stories/transliterate.js';
import type { SentenceLink } from './links.js';

export interface FidelitySentence extends AlignedSpan {
  /** The sentence's own text (the paragraph's text from `start` to `end`). */
  text: string;
  /** The paragraph's kind: capitals prove less in a title. */
  kind?: ParagraphKind;
}

export interface FidelitySide {
  language: string;
  sentences: readonly FidelitySentence[];
}

export interface FidelityInput {
  source: FidelitySide;
  target: FidelitySide;
  links: readonly SentenceLink[];
}

/** Figures less sure than this are left out: a doubtful figure makes a doubtful finding. */
const minimumConfidence = 0.5;
/** How many links on each side of a figure's own link are searched before it is called missing. */
const neighbourhood = 1;
/**
 * Which names are checked. A single capitalised word is often a word a translation translates
 * (days, months, nationalities: `Tuesday` → `mardi`), so it is checked only when the translation
 * writes that name somewhere, or its shape proves it a name (`SBB`, `GPT-4o`, a word of a script
 * without case); a name of several words (`Greg Brockman`) is checked always. Languages that
 * capitalise every noun get no exception for several words: `Schweizer Alpen` is not a name.
 */
const nounCapitalising = new Set(['de', 'lb']);

interface Located<T> {
  link: number;
  sentence: FidelitySentence;
  item: T;
  used: boolean;
}

/** Every finding, in reading order: by link, the original's before those only in the translation. */
export function checkFidelity(input: FidelityInput): FidelityFinding[] {
  return [...figureFindings(input), ...nameFindings(input)]
    .sort((a, b) => a.order - b.order)
    .map(({ kind, source, target, detail }) => ({ kind, source, target, detail }));
}

function linkOfSentences(links: readonly SentenceLink[], side: 'source' | 'target', count: number): number[] {
  const owner = new Array<number>(count).fill(-1);
  links.forEach((link, index) => {
    for (const sentence of link[side]) owner[sentence] = index;
  });
  return owner;
}

function figuresOf(side: FidelitySide, owner: number[]): Array<Located<Figure>> {
  const out: Array<Located<Figure>> = [];
  side.sentences.forEach((sentence, index) => {
    if (owner[index] === undefined || owner[index] < 0) return;
    for (const figure of extractFigures(sentence.text, side.language, { minConfidence: minimumConfidence })) {
      out.push({ link: owner[index], sentence, item: figure, used: false });
    }
  });
  return out;
}

function where(located: Located<{ start: number; end: number; text: string }>): AlignedSpan & { text: string } {
  const { sentence, item } = located;
  return { paragraph: sentence.paragraph, start: sentence.start + item.start, end: sentence.start + item.end, text: item.text };
}

type OrderedFinding = FidelityFinding & { order: number };

function figureFindings(input: FidelityInput): OrderedFinding[] {
  const sourceFigures = figuresOf(input.source, linkOfSentences(input.links, 'source', input.source.sentences.length));
  const targetFigures = figuresOf(input.target, linkOfSentences(input.links, 'target', input.target.sentences.length));
  const byLink = new Map<number, Array<Located<Figure>>>();
  for (const t of targetFigures) {
    const list = byLink.get(t.link);
    if (list) list.push(t);
    else byLink.set(t.link, [t]);
  }
  const candidates = (link: number, distance: number): Array<Located<Figure>> => {
    const out: Array<Located<Figure>> = [];
    for (let l = link - distance; l <= link + distance; l++) out.push(...(byLink.get(l) ?? []));
    return out;
  };
  // Exact matches first in the figure's own link, then in its neighbours, so a neighbour never
  // takes a figure its own link needed.
  for (const distance of [0, neighbourhood]) {
    for (const s of sourceFigures) {
      if (s.used) continue;
      const match = candidates(s.link, distance).find((t) => !t.used && figuresMatch(s.item, t.item));
      if (match) s.used = match.used = true;
    }
  }
  const findings: OrderedFinding[] = [];
  for (const s of sourceFigures) {
    if (s.used) continue;
    s.used = true;
    if (!inDigits(s.item)) continue;
    const rendered = (byLink.get(s.link) ?? []).find((t) => !t.used && inDigits(t.item) && sameKind(s.item, t.item));
    if (rendered) {
      rendered.used = true;
      findings.push({ kind: 'changed', source: where(s), target: where(rendered), detail: `"${s.item.text}" is rendered as "${rendered.item.text}", a different ${describe(s.item)}.`, order: order(s) });
    } else {
      findings.push({ kind: 'missing', source: where(s), target: null, detail: `The ${describe(s.item)} "${s.item.text}" is not in the translation.`, order: order(s) });
    }
  }
  for (const t of targetFigures) {
    if (t.used || !inDigits(t.item)) continue;
    findings.push({ kind: 'added', source: null, target: where(t), detail: `The ${describe(t.item)} "${t.item.text}" is only in the translation.`, order: t.link * 1e6 + 999_999 });
  }
  return findings;
}

/** Sorts findings by link, then by place in the original. */
function order(located: Located<{ start: number }>): number {
  return located.link * 1e6 + Math.min(999_998, located.sentence.start + located.item.start);
}

/**
 * Numbers in words are matched like any figure but never reported alone: a translator renders
 * "two" as "a pair" or "both", and "deux voies" for "die beiden Routen" is no added figure.
 */
function inDigits(figure: Figure): boolean {
  return /\p{Nd}/u.test(figure.text);
}

function sameKind(a: Figure, b: Figure): boolean {
  if (a.kind === 'name' || b.kind === 'name') return false;
  return a.kind === b.kind && a.unit === b.unit;
}

function describe(figure: Figure): string {
  switch (figure.kind) {
    case 'money':
      return 'amount';
    case 'count':
      return 'number';
    case 'percent':
      return 'percentage';
    case 'ratio':
      return 'multiple';
    case 'name':
      return 'name';
    default:
      return figure.kind;
  }
}

interface NameMention {
  start: number;
  end: number;
  text: string;
  entity: string;
}

function nameFindings(input: FidelityInput): OrderedFinding[] {
  const { source, target } = input;
  const entityInputs = [...source.sentences.map((s) => ({ language: source.language, kind: s.kind ?? 'body', text: s.text })), ...target.sentences.map((s) => ({ language: target.language, kind: s.kind ?? 'body', text: s.text }))];
  const result = findEntities(entityInputs);
  const entities = new Map<string, Entity>(result.entities.map((e) => [e.id, e]));
  const sourceCount = source.sentences.length;
  const sourceMentions: NameMention[][] = source.sentences.map(() => []);
  const targetEntities: Array<Set<string>> = target.sentences.map(() => new Set());
  const inTarget = new Set<string>();
  for (const mention of result.mentions) {
    if (mention.paragraph < sourceCount) {
      const sentence = source.sentences[mention.paragraph]!;
      sourceMentions[mention.paragraph]!.push({ start: mention.start, end: mention.end, text: sentence.text.slice(mention.start, mention.end), entity: mention.entity });
    } else {
      targetEntities[mention.paragraph - sourceCount]!.add(mention.entity);
      inTarget.add(mention.entity);
    }
  }
  const sourceOwner = linkOfSentences(input.links, 'source', sourceCount);
  const namesNear = (link: number): Set<string> => {
    const out = new Set<string>();
    for (let l = Math.max(0, link - neighbourhood); l <= Math.min(input.links.length - 1, link + neighbourhood); l++) {
      for (const t of input.links[l]!.target) for (const id of targetEntities[t] ?? []) out.add(id);
    }
    return out;
  };
  const textNear = (link: number): string => {
    const parts: string[] = [];
    for (let l = Math.max(0, link - neighbourhood); l <= Math.min(input.links.length - 1, link + neighbourhood); l++) {
      for (const t of input.links[l]!.target) parts.push(target.sentences[t]!.text);
    }
    return parts.join(' ').toLocaleLowerCase();
  };
  const capitalisesNouns = nounCapitalising.has(source.language.slice(0, 2));
  const findings: OrderedFinding[] = [];
  source.sentences.forEach((sentence, index) => {
    const link = sourceOwner[index]!;
    if (link < 0) return;
    const reported = new Set<string>();
    for (const mention of sourceMentions[index]!) {
      if (reported.has(mention.entity)) continue;
      if (!inTarget.has(mention.entity) && !provenName(mention.text) && (capitalisesNouns || !/\s/u.test(mention.text))) continue;
      if (namesNear(link).has(mention.entity)) continue;
      // A name written the same way (a Latin name inside Hebrew, Chinese, Arabic text) is kept
      // even when the entity finder did not count it as a name on the other side.
      if (textNear(link).includes(mention.text.toLocaleLowerCase())) continue;
      reported.add(mention.entity);
      const display = entities.get(mention.entity)?.display ?? mention.text;
      findings.push({
        kind: 'missing',
        source: { paragraph: sentence.paragraph, start: sentence.start + mention.start, end: sentence.start + mention.end, text: mention.text },
        target: null,
        detail: `The name "${display}" is not in the translation.`,
        order: link * 1e6 + Math.min(999_998, sentence.start + mention.start),
      });
    }
  });
  return findings;
}

/** A name by its shape: a word that is an acronym, has inner capitals or digits, or is in a script without case. */
function provenName(text: string): boolean {
  return text.split(/\s+/u).some((word) => /^[\p{Lu}\p{N}]{2,}$/u.test(word) || /^.+[\p{Lu}\p{N}]/u.test(word) || scriptOf(word) !== 'latin');
}
