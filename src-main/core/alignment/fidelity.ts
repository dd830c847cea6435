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
import { areCognates } from '../stories/cognates.js';
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
/** A name travels when the translation writes it at least once per this many times the original does. */
const travelShare = 3;

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
      const match = candidates(s.link, distance).find((t) => !t.used && sameFigure(s.item, t.item));
      if (match) s.used = match.used = true;
    }
  }
  const findings: OrderedFinding[] = [];
  for (const s of sourceFigures) {
    if (s.used) continue;
    s.used = true;
    if (!inDigits(s.item)) continue;
    // Its rendering: a leftover figure of the same kind in the same link, of the same unit if there
    // is one (a currency or unit the translator changed is a change too).
    const leftovers = (byLink.get(s.link) ?? []).filter((t) => !t.used && inDigits(t.item) && sameKind(s.item, t.item));
    const rendered = leftovers.find((t) => t.item.unit === s.item.unit) ?? leftovers[0];
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
 * The same figure, as a reader checks a translation: the same quantity even when the qualifier
 * changed (`about 8510 m` for `8510 m` keeps the number), and a name with digits the extractor saw
 * in one language (`Höhenzahl 8603`, capitalised like every German noun) against the plain number
 * of the other.
 */
function sameFigure(a: Figure, b: Figure): boolean {
  if (figuresMatch(a, b)) return true;
  if ((a.kind === 'name') !== (b.kind === 'name')) {
    const digits = (f: Figure) => f.text.match(/\p{Nd}+/gu) ?? [];
    const [name, other] = a.kind === 'name' ? [a, b] : [b, a];
    const wanted = digits(name);
    return wanted.length > 0 && wanted.join(' ') === digits(other).join(' ');
  }
  // A year and a date in that year (`1956` and `novembre 1956`): the translator added the month.
  const year = a.kind === 'year' ? a : b.kind === 'year' ? b : null;
  const date = a.kind === 'date' ? a : b.kind === 'date' ? b : null;
  if (year && date) return year.iso !== null && date.iso !== null && date.iso.startsWith(year.iso);
  const plain = (f: Figure): Figure => ({ ...f, approximate: false, bound: null });
  return a.value !== null && typeof a.value === 'number' && figuresMatch(plain(a), plain(b));
}

/**
 * Numbers in words are matched like any figure but never reported alone: a translator renders
 * "two" as "a pair" or "both", and "deux voies" for "die beiden Routen" is no added figure.
 */
function inDigits(figure: Figure): boolean {
  return /\p{Nd}/u.test(figure.text);
}

function sameKind(a: Figure, b: Figure): boolean {
  return a.kind === b.kind && a.kind !== 'name';
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
  const sourceCounts = new Map<string, number>();
  const targetCounts = new Map<string, number>();
  for (const mention of result.mentions) {
    if (mention.paragraph < sourceCount) {
      const sentence = source.sentences[mention.paragraph]!;
      const words = withoutNumbers(sentence.text, mention.start, mention.end);
      if (words) sourceMentions[mention.paragraph]!.push({ ...words, entity: mention.entity });
      sourceCounts.set(mention.entity, (sourceCounts.get(mention.entity) ?? 0) + 1);
    } else {
      targetEntities[mention.paragraph - sourceCount]!.add(mention.entity);
      targetCounts.set(mention.entity, (targetCounts.get(mention.entity) ?? 0) + 1);
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
  // A name the translation keeps is written about as often on both sides; a noun the translation
  // quotes once (a German `Gipfel` in a French caption) is not one.
  const travels = (entity: string) => (targetCounts.get(entity) ?? 0) * travelShare >= (sourceCounts.get(entity) ?? 0);
  const findings: OrderedFinding[] = [];
  source.sentences.forEach((sentence, index) => {
    const link = sourceOwner[index]!;
    if (link < 0) return;
    const reported = new Set<string>();
    for (const mention of sourceMentions[index]!) {
      if (reported.has(mention.entity)) continue;
      if (!travels(mention.entity) && !provenName(mention.text) && (capitalisesNouns || !/\s/u.test(mention.text))) continue;
      if (namesNear(link).has(mention.entity)) continue;
      // A name written the same way (a Latin name inside Hebrew, Chinese, Arabic text) is kept
      // even when the entity finder did not count it as a name on the other side, and so is one
      // the translation adapted (`Alpen` → `Alpes`, `Himalaya` → `himalayenne`).
      const near = textNear(link);
      if (near.includes(mention.text.toLocaleLowerCase())) continue;
      if (adaptedIn(mention.text, source.language, near, target.language)) continue;
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

/**
 * A name by its shape: a word that is a short acronym (`SBB`; a heading in capitals is not one),
 * has a capital right after a small letter (`OpenAI`; not `Schwere-Ablenkung`), mixes letters and
 * digits (`K2`, `GPT-4o`), or is in a script without case.
 */
function provenName(text: string): boolean {
  return text.split(/\s+/u).some(
    (word) => /^\p{Lu}{2,5}$/u.test(word) || /\p{Ll}\p{Lu}/u.test(word) || /\p{L}[\p{L}-]*\p{Nd}|\p{Nd}[\p{L}-]*\p{L}/u.test(word) || (scriptOf(word) !== 'latin' && scriptOf(word) !== 'other'),
  );
}

/** The mention without the numbers the entity finder keeps beside a name for display (`Chronik 1956`). */
function withoutNumbers(text: string, start: number, end: number): { start: number; end: number; text: string } | null {
  const span = text.slice(start, end);
  const leading = /^(?:\p{N}+[\s-]*)+/u.exec(span)?.[0].length ?? 0;
  const trailing = /(?:[\s-]*\p{N}+)+$/u.exec(span)?.[0].length ?? 0;
  if (leading + trailing >= span.length) return null;
  return { start: start + leading, end: end - trailing, text: span.slice(leading, span.length - trailing) };
}

/** Whether every word of the name has a cognate among the words of `near` (`Alpen` and `Alpes`). */
function adaptedIn(name: string, nameLanguage: string, near: string, nearLanguage: string): boolean {
  const words = near.match(/\p{L}+/gu) ?? [];
  return (name.match(/\p{L}+/gu) ?? []).every((part) => words.some((word) => areCognates(part.toLocaleLowerCase(), nameLanguage, word, nearLanguage) || sharesStem(part, word)));
}

/** Proper names are short for cognate stemmers: a shared start of four letters (accents aside: `Zürich`, `Zurich`) and most of the shorter word. */
function sharesStem(a: string, b: string): boolean {
  const folded = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const x = folded(a);
  const y = folded(b);
  let shared = 0;
  while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared++;
  return shared >= 4 && shared >= 0.75 * Math.min(x.length, y.length);
}
