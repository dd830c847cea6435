/**
 * Cuts a paragraph into runs where each run carries every annotation covering it (a figure, a
 * name, a search match), so overlapping layers can be drawn from text nodes without ever building
 * HTML from imported text. Offsets are UTF-16; one never splits a surrogate pair.
 */
export interface Annotation<T> {
  start: number;
  end: number;
  value: T;
}

export interface Run<T> {
  text: string;
  start: number;
  annotations: T[];
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

function snap(text: string, offset: number): number {
  const clamped = Math.max(0, Math.min(text.length, Math.trunc(offset)));
  const splitsPair = clamped > 0 && clamped < text.length && isLowSurrogate(text.charCodeAt(clamped)) && isHighSurrogate(text.charCodeAt(clamped - 1));
  return splitsPair ? clamped - 1 : clamped;
}

export function splitByAnnotations<T>(text: string, annotations: readonly Annotation<T>[]): Run<T>[] {
  if (text.length === 0) return [];
  const spans = annotations
    .filter((a) => Number.isFinite(a.start) && Number.isFinite(a.end))
    .map((a) => ({ start: snap(text, a.start), end: snap(text, a.end), value: a.value }))
    .filter((a) => a.end > a.start);
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const offsets = [...cuts].sort((a, b) => a - b);
  const runs: Run<T>[] = [];
  for (let i = 0; i + 1 < offsets.length; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const covering = spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.value);
    const last = runs.at(-1);
    // Neighbouring runs with the very same annotations are one run.
    if (last && sameValues(last.annotations, covering)) last.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), start, annotations: covering });
  }
  return runs;
}

function sameValues<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
