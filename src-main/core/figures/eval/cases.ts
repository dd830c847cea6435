/**
 * Loads the shared evaluation sets (Recognizers-Text specs and Duckling's Hebrew corpora) into one
 * case shape, so every system is scored on the same cases by the same rule (see score.ts).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export type EvalLanguage = 'en' | 'fr' | 'zh' | 'es' | 'de' | 'he';
/** Which kind of entity a set asks for. */
export type EvalModel = 'number' | 'percent' | 'currency';

/** One expected entity. Offsets are UTF-16, `end` exclusive. */
export interface GoldEntity {
  start: number | null;
  end: number | null;
  text: string;
  /** A single value, or null when the set gives an interval (or nothing). */
  value: number | null;
  /** For interval gold (Duckling "between", "under", "above"): the ends, null when open. */
  interval: { min: number | null; max: number | null } | null;
  /** Currency: ISO code when the set gives one. */
  iso: string | null;
  /** Currency: the set's unit name ("Dollar", "Livre", "Cent"). */
  unitName: string | null;
}

export interface EvalCase {
  input: string;
  expected: GoldEntity[];
  /** The set's authors mark it as failing in the reference (.NET) implementation. */
  notSupportedDotnet: boolean;
  /** The whole input must be one entity (Duckling's convention). */
  wholeText: boolean;
}

export interface EvalSet {
  /** Stable id, e.g. `recognizers/English/NumberModel`. */
  id: string;
  language: EvalLanguage;
  model: EvalModel;
  cases: EvalCase[];
}

const languageDirs: Array<[EvalLanguage, string]> = [
  ['en', 'English'],
  ['fr', 'French'],
  ['zh', 'Chinese'],
  ['es', 'Spanish'],
  ['de', 'German'],
];

/** Gold numbers are strings: "75000000", "0,2" (French), "1E-12", "100%", "4,8%". */
export function parseGoldNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string' || raw === 'null' || raw === '') return null;
  let s = raw.trim().replace(/%$/, '');
  if (s.includes(',') && !s.includes('.')) s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

interface SpecResult {
  Text?: string;
  Start?: number;
  End?: number;
  Resolution?: { value?: unknown; unit?: string; isoCurrency?: string } | null;
}
interface SpecCase {
  Input: string;
  NotSupported?: string;
  Results: SpecResult[];
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

function specCases(path: string): EvalCase[] {
  const raw = readJson(path) as SpecCase[];
  return raw.map((c) => ({
    input: c.Input,
    notSupportedDotnet: (c.NotSupported ?? '').toLowerCase().includes('dotnet'),
    wholeText: false,
    expected: c.Results.map((r) => ({
      start: typeof r.Start === 'number' ? r.Start : null,
      end: typeof r.End === 'number' ? r.End + 1 : null,
      text: r.Text ?? '',
      value: parseGoldNumber(r.Resolution?.value),
      interval: null,
      iso: r.Resolution?.isoCurrency ?? null,
      unitName: r.Resolution?.unit ?? null,
    })),
  }));
}

/** The Recognizers-Text sets of the eval: Number, Percent and Currency models, five languages, and the Hebrew PR spec. */
export function loadRecognizersSets(root: string): EvalSet[] {
  const sets: EvalSet[] = [];
  for (const [language, dir] of languageDirs) {
    const files: Array<[EvalModel, string]> = [
      ['number', `Number/${dir}/NumberModel.json`],
      ['percent', `Number/${dir}/PercentModel.json`],
      ['currency', `NumberWithUnit/${dir}/CurrencyModel.json`],
    ];
    for (const [model, file] of files) {
      const path = join(root, file);
      if (!existsSync(path)) continue;
      sets.push({ id: `recognizers/${file.replace(/\.json$/, '')}`, language, model, cases: specCases(path) });
    }
  }
  const hebrew = join(root, 'Number/Hebrew-PR2699/NumberModel.json');
  if (existsSync(hebrew)) {
    sets.push({ id: 'recognizers/Number/Hebrew-PR2699/NumberModel', language: 'he', model: 'number', cases: specCases(hebrew) });
  }
  return sets;
}

interface DucklingMoney {
  value?: number;
  unit?: string;
}
interface DucklingLine {
  text: string;
  kind: string;
  duckling_passes: boolean;
  value: number | { type: string; value?: number; unit?: string; from?: DucklingMoney; to?: DucklingMoney };
}

/** Duckling's unit names: ISO codes, or `$` / `£` for a dollar or pound of no stated country. */
function ducklingUnit(unit: string | undefined): { iso: string | null; unitName: string | null } {
  if (unit === '$') return { iso: null, unitName: 'Dollar' };
  if (unit === '£') return { iso: null, unitName: 'Pound' };
  return { iso: unit ?? null, unitName: null };
}

/**
 * Duckling's Hebrew numeral, ordinal and money corpora. Each line is one phrase that must be read
 * as one entity spanning it. The time corpus is not loaded: almost all of it is relative time
 * ("מחר", "שבוע הבא") and clock times, which Parallax does not resolve.
 */
export function loadDucklingSets(root: string): EvalSet[] {
  const sets: EvalSet[] = [];
  const files: Array<[string, EvalModel]> = [
    ['numeral', 'number'],
    ['ordinal', 'number'],
    ['amount-of-money', 'currency'],
  ];
  for (const [name, model] of files) {
    const path = join(root, `${name}.jsonl`);
    if (!existsSync(path)) continue;
    const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const cases: EvalCase[] = lines.map((line) => {
      const d = JSON.parse(line) as DucklingLine;
      const text = d.text;
      const start = text.length - text.trimStart().length;
      const end = text.trimEnd().length;
      const base = { start, end, text: text.trim() };
      if (typeof d.value === 'number') {
        return { input: text, notSupportedDotnet: !d.duckling_passes, wholeText: true, expected: [{ ...base, value: d.value, interval: null, iso: null, unitName: null }] };
      }
      const v = d.value;
      if (v.type === 'interval') {
        const unit = ducklingUnit(v.from?.unit ?? v.to?.unit);
        return {
          input: text,
          notSupportedDotnet: !d.duckling_passes,
          wholeText: true,
          expected: [{ ...base, value: null, interval: { min: v.from?.value ?? null, max: v.to?.value ?? null }, ...unit }],
        };
      }
      return { input: text, notSupportedDotnet: !d.duckling_passes, wholeText: true, expected: [{ ...base, value: v.value ?? null, interval: null, ...ducklingUnit(v.unit) }] };
    });
    sets.push({ id: `duckling-he/${name}`, language: 'he', model, cases });
  }
  return sets;
}
