/**
 * Links the same quantity across articles and languages: "$1.4 trillion" = "1.4 טריליון דולר" =
 * "1 400 milliards de dollars" = "1,4 billion de dollars" = "1.4万亿美元".
 *
 * Two figures are the same when they are of the same kind and unit and their values match within
 * the rounding each text implies: their intervals (value ± precision) overlap AND they agree when
 * both are rounded to the coarser of the two precisions. "$14 billion" is not "$1.4 trillion";
 * "19 times" is not "20 times"; a duration never equals a ratio. Durations are compared in days
 * ("12 months" = "a year"), names by their letters and digits ("GPT-4o" = "GPT 4o"), dates by their
 * ISO text.
 *
 * An approximate magnitude ("hundreds of millions") never joins a precise figure's group, but the
 * pair is reported as compatible when the precise value lies inside the magnitude. Figures of the
 * same kind and unit from different sources whose values are close but do not match are reported as
 * possible discrepancies.
 */
import type { Figure, FigureKind, FigureValue } from './types.js';

export interface LinkItem {
  /** The caller's id for this figure (e.g. "article:paragraph:start"). */
  key: string;
  figure: Figure;
  /** Where it comes from (an article id); discrepancies are only reported across sources. */
  source?: string;
}

export interface FigureGroup {
  /** Stable id derived from kind, unit and value ("money:USD:1.4e12", "name:gpt4o"). */
  id: string;
  kind: FigureKind;
  /** The value all members agree on (that of the member written with the coarsest precision). */
  value: FigureValue;
  unit: string | null;
  /** Half the rounding step of `value`. */
  precision: number;
  approximate: boolean;
  /** Keys of the member figures, in input order. */
  members: string[];
  /** Distinct sources of the members, in input order. */
  sources: string[];
}

export interface FigureRelation {
  a: string;
  b: string;
  reason: string;
}

export interface LinkResult {
  groups: FigureGroup[];
  /** Figure key → id of its group. */
  groupOf: Record<string, string>;
  /** An approximate magnitude or a range and a precise figure inside it (first members of each group). */
  compatible: FigureRelation[];
  /** Close but different values of the same kind and unit, in different sources (first members of each group). */
  discrepancies: FigureRelation[];
}

export interface LinkOptions {
  /** Largest relative difference still reported as a discrepancy (default 0.25). */
  discrepancyRatio?: number;
  /** Ignore figures less sure than this (default 0). */
  minConfidence?: number;
}

const dayLength: Record<string, number> = {
  second: 1 / 86400,
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30.436875,
  year: 365.2425,
  decade: 3652.425,
  century: 36524.25,
};

interface Norm {
  item: LinkItem;
  index: number;
  /** Bucket: kind and unit after normalisation. */
  bucket: string;
  kind: FigureKind;
  unit: string | null;
  /** Precise figures: the number; intervals: null. */
  x: number | null;
  p: number;
  interval: { min: number; max: number } | null;
  approximate: boolean;
  /** Identity for names and dates. */
  ident: string | null;
}

/** Letters and digits of a name, lower case: "GPT-4o" and "GPT 4o" → "gpt4o". */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]/gu, '')
    .replace(/\.(?!\d)/g, '');
}

function normalise(item: LinkItem, index: number): Norm | null {
  const f = item.figure;
  let unit = f.unit;
  let scale = 1;
  if (f.kind === 'duration' && unit && dayLength[unit] !== undefined) {
    scale = dayLength[unit] ?? 1;
    unit = 'day';
  }
  const base = { item, index, kind: f.kind, unit, approximate: f.approximate };
  if (f.kind === 'name') return { ...base, bucket: 'name', x: null, p: 0, interval: null, ident: nameKey(f.text) };
  if (f.kind === 'date') return f.iso ? { ...base, bucket: 'date', x: null, p: 0, interval: null, ident: f.iso } : null;
  if (f.value === null) return null;
  const bucket = `${f.kind}|${unit ?? ''}`;
  if (typeof f.value === 'number') {
    return { ...base, bucket, x: f.value * scale, p: f.precision * scale, interval: null, ident: null };
  }
  const { min, max } = f.value;
  if (min === null || max === null) return null;
  return { ...base, bucket, x: null, p: 0, interval: { min: min * scale, max: max * scale }, ident: null };
}

function roundTo(x: number, step: number): number {
  return Math.round(x / step + 1e-9);
}

/** Whether two precise values written with these precisions denote the same quantity. */
export function sameQuantity(a: number, pa: number, b: number, pb: number): boolean {
  const tol = 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);
  if (Math.abs(a - b) > pa + pb + tol) return false;
  const step = 2 * Math.max(pa, pb);
  if (step <= tol) return Math.abs(a - b) <= tol;
  return roundTo(a, step) === roundTo(b, step);
}

/** Whether two figures are the same quantity (same kind and unit, matching values). */
export function figuresMatch(a: Figure, b: Figure): boolean {
  const na = normalise({ key: 'a', figure: a }, 0);
  const nb = normalise({ key: 'b', figure: b }, 1);
  return na !== null && nb !== null && same(na, nb);
}

function same(a: Norm, b: Norm): boolean {
  if (a.bucket !== b.bucket) return false;
  if (a.ident !== null || b.ident !== null) return a.ident === b.ident;
  if (a.approximate !== b.approximate) return false;
  if (a.x !== null && b.x !== null) return sameQuantity(a.x, a.p, b.x, b.p);
  if (a.interval && b.interval) {
    const tol = 1e-9 * Math.max(Math.abs(a.interval.max), 1);
    return Math.abs(a.interval.min - b.interval.min) <= tol && Math.abs(a.interval.max - b.interval.max) <= tol;
  }
  return false;
}

function fmt(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  return Number(x.toPrecision(12)).toString();
}

function groupId(g: { kind: FigureKind; unit: string | null; value: FigureValue; approximate: boolean }, ident: string | null): string {
  if (ident !== null) return `${g.kind}:${ident}`;
  const v = g.value;
  let val = '';
  if (typeof v === 'number') val = fmt(v);
  else if (v && typeof v === 'object') val = `${g.approximate ? '~' : ''}${v.min === null ? '' : fmt(v.min)}..${v.max === null ? '' : fmt(v.max)}`;
  return `${g.kind}:${g.unit ?? '-'}:${val}`;
}

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    let k = i;
    while (this.parent[k] !== r) {
      const next = this.parent[k] as number;
      this.parent[k] = r;
      k = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}

const discrepancyKinds = new Set<FigureKind>(['money', 'percent', 'count']);

/**
 * Groups the figures that denote the same quantity and reports compatible and discrepant pairs.
 * Deterministic: the same items in the same order give the same result.
 */
export function linkFigures(items: LinkItem[], options: LinkOptions = {}): LinkResult {
  const minConfidence = options.minConfidence ?? 0;
  const ratio = options.discrepancyRatio ?? 0.25;
  const norms: Norm[] = [];
  items.forEach((item, index) => {
    if (item.figure.confidence < minConfidence) return;
    const n = normalise(item, index);
    if (n) norms.push(n);
  });
  const uf = new UnionFind(norms.length);
  // Compare within buckets; precise values sorted so only near neighbours are compared.
  const buckets = new Map<string, number[]>();
  norms.forEach((n, i) => {
    const list = buckets.get(n.bucket);
    if (list) list.push(i);
    else buckets.set(n.bucket, [i]);
  });
  for (const list of buckets.values()) {
    const keyed = new Map<string, number>();
    const precise: number[] = [];
    for (const i of list) {
      const n = norms[i] as Norm;
      if (n.ident !== null || n.interval) {
        const k = n.ident ?? `${n.approximate}|${n.interval?.min}|${n.interval?.max}`;
        const first = keyed.get(k);
        if (first === undefined) keyed.set(k, i);
        else uf.union(first, i);
      } else precise.push(i);
    }
    precise.sort((a, b) => ((norms[a] as Norm).x as number) - ((norms[b] as Norm).x as number) || a - b);
    let maxP = 0;
    for (const i of precise) maxP = Math.max(maxP, (norms[i] as Norm).p);
    for (let a = 0; a < precise.length; a++) {
      const na = norms[precise[a] as number] as Norm;
      for (let b = a + 1; b < precise.length; b++) {
        const nb = norms[precise[b] as number] as Norm;
        if ((nb.x as number) - (na.x as number) > na.p + maxP + 1e-9 * Math.abs(nb.x as number)) break;
        if (na.approximate === nb.approximate && sameQuantity(na.x as number, na.p, nb.x as number, nb.p)) uf.union(precise[a] as number, precise[b] as number);
      }
    }
  }
  // Build groups in order of their first member.
  const byRoot = new Map<number, number[]>();
  norms.forEach((_, i) => {
    const r = uf.find(i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  });
  const groups: FigureGroup[] = [];
  const groupOf: Record<string, string> = {};
  const groupNorms: Array<{ group: FigureGroup; rep: Norm; members: Norm[] }> = [];
  const usedIds = new Set<string>();
  const roots = [...byRoot.entries()].sort((a, b) => Math.min(...a[1]) - Math.min(...b[1]));
  for (const [, memberIdx] of roots) {
    const members = memberIdx.map((i) => norms[i] as Norm).sort((a, b) => a.index - b.index);
    // The representative: the member with the coarsest precision (what all members agree on), first on ties.
    let rep = members[0] as Norm;
    for (const m of members) if (m.p > rep.p) rep = m;
    const f = rep.item.figure;
    const sources: string[] = [];
    for (const m of members) {
      const s = m.item.source;
      if (s !== undefined && !sources.includes(s)) sources.push(s);
    }
    const base = { kind: f.kind, unit: f.unit, value: f.value, approximate: f.approximate };
    let id = groupId(base, rep.ident);
    if (usedIds.has(id)) {
      let k = 2;
      while (usedIds.has(`${id}#${k}`)) k++;
      id = `${id}#${k}`;
    }
    usedIds.add(id);
    const group: FigureGroup = { id, ...base, precision: f.precision, members: members.map((m) => m.item.key), sources };
    groups.push(group);
    groupNorms.push({ group, rep, members });
    for (const m of members) groupOf[m.item.key] = id;
  }
  const compatible: FigureRelation[] = [];
  const discrepancies: FigureRelation[] = [];
  for (let a = 0; a < groupNorms.length; a++) {
    const ga = groupNorms[a] as (typeof groupNorms)[number];
    for (let b = a + 1; b < groupNorms.length; b++) {
      const gb = groupNorms[b] as (typeof groupNorms)[number];
      if (ga.rep.bucket !== gb.rep.bucket || ga.rep.ident !== null) continue;
      const ka = ga.group.members[0] as string;
      const kb = gb.group.members[0] as string;
      // A magnitude or range admits a precise value inside it.
      const [wide, exact] = ga.rep.interval && gb.rep.x !== null ? [ga, gb] : gb.rep.interval && ga.rep.x !== null ? [gb, ga] : [null, null];
      if (wide && exact) {
        const iv = wide.rep.interval as { min: number; max: number };
        const x = exact.rep.x as number;
        if (x >= iv.min && x <= iv.max) {
          compatible.push({ a: wide.group.members[0] as string, b: exact.group.members[0] as string, reason: `${describe(exact.group)} lies within ${describe(wide.group)}` });
        }
        continue;
      }
      if (ga.rep.x === null || gb.rep.x === null || ga.rep.approximate || gb.rep.approximate) continue;
      if (!discrepancyKinds.has(ga.rep.kind)) continue;
      const x = ga.rep.x;
      const y = gb.rep.x;
      if (ga.rep.kind === 'count' && Math.max(Math.abs(x), Math.abs(y)) < 1000) continue;
      const diff = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
      if (diff === 0 || diff > ratio) continue;
      const sa = new Set(ga.group.sources);
      const distinctSources = gb.group.sources.some((s) => !sa.has(s)) || ga.group.sources.some((s) => !gb.group.sources.includes(s));
      if (ga.group.sources.length > 0 && gb.group.sources.length > 0 && !distinctSources) continue;
      discrepancies.push({ a: ka, b: kb, reason: `${describe(ga.group)} vs ${describe(gb.group)}: ${(diff * 100).toFixed(1)}% apart` });
    }
  }
  return { groups, groupOf, compatible, discrepancies };
}

function describe(g: FigureGroup): string {
  const v = g.value;
  const unit = g.unit ? ` ${g.unit}` : '';
  if (typeof v === 'number') return `${fmt(v)}${unit}`;
  if (v && typeof v === 'object') return `${g.approximate ? '~' : ''}[${v.min === null ? '' : fmt(v.min)}, ${v.max === null ? '' : fmt(v.max)}]${unit}`;
  return g.id;
}
