/**
 * The scoring rule, shared by `npm run eval:figures` and the accuracy-floor test, and applied to
 * every system alike:
 *
 * A case is right when the set of entities the system returns for the model (numbers, percentages
 * or money) is exactly the expected set: every expected entity is matched by one returned entity
 * with the same span and the same value (relative difference ≤ 1e-9), money also in the same
 * currency, and no returned entity is left unmatched. The span is compared by UTF-16 start and
 * end; where the gold has no offsets, or its offsets do not point at its own text (a few hand-made
 * specs are off by some characters), the returned text must equal the gold text instead (NFKC,
 * case and surrounding spaces ignored). A case that expects nothing is right only when nothing is
 * returned. Entities without a value (a bare "dollars", "percent") are dropped from both sides.
 * Duckling phrases must come back as exactly one entity spanning the phrase.
 */
import type { EvalCase, EvalSet, GoldEntity } from './cases.js';

/** The scoring rule in words, for the report. */
export const scoreRule = [
  'A case is right when the set of entities a system returns for the model (numbers for Number sets, percentages for Percent sets, amounts of money for Currency sets) is exactly the expected set:',
  '',
  '1. every expected entity is matched by one returned entity with the same span and the same value, and no returned entity is left unmatched (so a case that expects nothing is right only when nothing is returned);',
  '2. the span is compared by UTF-16 start and end (end exclusive); where the gold has no offsets, or its offsets do not point at its own text (some hand-made specs are off by a few characters), the returned text must equal the gold text instead, after NFKC, lower-casing and trimming;',
  '3. values match when their relative difference is at most 1e-9; percentages are compared in percent ("11%" → 11); intervals (Duckling\'s "between", "under", "above") must have the same ends, open ends included;',
  '4. money must also be in the same currency: the gold\'s ISO code when it gives one, otherwise the codes its unit name stands for ("Dollar" → any dollar, "Livre" → GBP, "Franc" → any franc); amounts in minor units ("Cent", "Pence", "Centavo") are compared after dividing by 100;',
  '5. entities without a value (a bare "dollars" or "percent") are dropped from both sides;',
  '6. Duckling phrases must come back as exactly one entity spanning the phrase.',
].join('\n');

/** What a system returned for one entity. `currency` is an ISO code or, failing that, a unit name. */
export interface Prediction {
  start: number;
  end: number;
  value: number | null;
  interval: { min: number | null; max: number | null } | null;
  currency: string | null;
}

export type System = (input: string, set: EvalSet) => Prediction[];

export interface CaseResult {
  input: string;
  right: boolean;
  expected: GoldEntity[];
  got: Prediction[];
}

export interface SetScore {
  id: string;
  language: string;
  model: string;
  /** Cases the reference implementation is meant to pass. */
  cases: number;
  right: number;
  accuracy: number;
  /** Cases marked NotSupported for dotnet (Duckling: phrases Duckling itself does not parse). */
  nsCases: number;
  nsRight: number;
  nsAccuracy: number | null;
  failures: CaseResult[];
}

/** Gold unit names (English, French, Spanish, German specs; Duckling) → ISO codes accepted for them. */
const dollarFamily = ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD'];
const unitNameCodes: Record<string, string[]> = {
  dollar: dollarFamily,
  'dólar': dollarFamily,
  'united states dollar': ['USD'],
  'dollar états-unis': ['USD'],
  'dólar estadounidense': ['USD'],
  'canadian dollar': ['CAD'],
  'dollar canadien': ['CAD'],
  'dólar canadiense': ['CAD'],
  'australian dollar': ['AUD'],
  'dollar australien': ['AUD'],
  'dólar australiano': ['AUD'],
  'dollar de hong kong': ['HKD'],
  'dólar de hong kong': ['HKD'],
  euro: ['EUR'],
  pound: ['GBP'],
  'british pound': ['GBP'],
  livre: ['GBP'],
  libra: ['GBP'],
  franc: ['FRF', 'CHF', 'BEF', 'XOF', 'XAF'],
  franco: ['FRF', 'CHF', 'BEF', 'XOF', 'XAF'],
  'franc suisse': ['CHF'],
  'franco suizo': ['CHF'],
  yen: ['JPY'],
  'yen japonais': ['JPY'],
  'yuan chinois': ['CNY'],
  'yuan chino': ['CNY'],
  rupee: ['INR', 'LKR', 'PKR', 'NPR'],
  roupie: ['INR', 'LKR', 'PKR', 'NPR'],
  'indian rupee': ['INR'],
  'roupie indienne': ['INR'],
  'finnish markka': ['FIM'],
  'mark finlandais': ['FIM'],
  'marco finlandés': ['FIM'],
  'netherlands guilder': ['NLG'],
  'florins néerlandais': ['NLG'],
  'florín neerlandés': ['NLG'],
  peseta: ['ESP'],
  bitcoin: ['BTC'],
  'cambodian riel': ['KHR'],
};
/** Minor units: the gold amount is in hundredths (or 1e-8 for satoshi) of these currencies. */
const minorUnits: Record<string, { codes: string[]; factor: number }> = {
  cent: { codes: [...dollarFamily, 'EUR'], factor: 0.01 },
  centimes: { codes: ['EUR', 'FRF', 'CHF'], factor: 0.01 },
  centavo: { codes: [...dollarFamily, 'MXN', 'EUR'], factor: 0.01 },
  pence: { codes: ['GBP'], factor: 0.01 },
  penny: { codes: ['GBP'], factor: 0.01 },
  penique: { codes: ['GBP'], factor: 0.01 },
  pesewa: { codes: ['GHS'], factor: 0.01 },
  sen: { codes: ['JPY', 'MYR', 'IDR'], factor: 0.01 },
  satoshi: { codes: ['BTC'], factor: 1e-8 },
};

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function valueMatches(gold: GoldEntity, got: Prediction, model: string): boolean {
  if (gold.interval) {
    const iv = got.interval;
    if (!iv) return false;
    if (!sameNumber(iv.min, gold.interval.min) || !sameNumber(iv.max, gold.interval.max)) return false;
  } else if (got.interval || got.value === null) {
    return false;
  }
  if (model !== 'currency') return gold.interval ? true : sameNumber(got.value, gold.value);
  const unit = got.currency ?? '';
  if (gold.iso) {
    return unit.toUpperCase() === gold.iso && (gold.interval !== null || sameNumber(got.value, gold.value));
  }
  const name = (gold.unitName ?? '').toLowerCase();
  if (unit.toLowerCase() === name) return gold.interval !== null || sameNumber(got.value, gold.value);
  const minor = minorUnits[name];
  if (minor) {
    return minor.codes.includes(unit.toUpperCase()) && got.value !== null && gold.value !== null && sameNumber(got.value, gold.value * minor.factor);
  }
  const codes = unitNameCodes[name];
  if (!codes || !codes.includes(unit.toUpperCase())) return false;
  return gold.interval !== null || sameNumber(got.value, gold.value);
}

function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim();
}

function spanMatches(gold: GoldEntity, got: Prediction, input: string): boolean {
  if (gold.start !== null && gold.end !== null && fold(input.slice(gold.start, gold.end)) === fold(gold.text)) {
    let s = gold.start;
    let e = Math.min(gold.end, input.length);
    while (s < e && /\s/.test(input[s] ?? '')) s++;
    while (e > s && /\s/.test(input[e - 1] ?? '')) e--;
    return s === got.start && e === got.end;
  }
  return fold(input.slice(got.start, got.end)) === fold(gold.text);
}

export function scoreCase(c: EvalCase, got: Prediction[], model: string): boolean {
  const expected = c.expected.filter((e) => e.value !== null || e.interval !== null);
  const returned = got.filter((g) => g.value !== null || g.interval !== null);
  if (returned.length !== expected.length) return false;
  const used = new Set<number>();
  for (const gold of expected) {
    let found = -1;
    for (let i = 0; i < returned.length; i++) {
      const g = returned[i];
      if (!g || used.has(i)) continue;
      if (spanMatches(gold, g, c.input) && valueMatches(gold, g, model)) {
        found = i;
        break;
      }
    }
    if (found < 0) return false;
    used.add(found);
  }
  return true;
}

export function scoreSet(set: EvalSet, system: System): SetScore {
  let cases = 0;
  let right = 0;
  let nsCases = 0;
  let nsRight = 0;
  const failures: CaseResult[] = [];
  for (const c of set.cases) {
    let got: Prediction[];
    try {
      got = system(c.input, set);
    } catch {
      got = [];
    }
    const ok = scoreCase(c, got, set.model);
    if (c.notSupportedDotnet) {
      nsCases++;
      if (ok) nsRight++;
    } else {
      cases++;
      if (ok) right++;
    }
    if (!ok) failures.push({ input: c.input, right: ok, expected: c.expected, got });
  }
  return {
    id: set.id,
    language: set.language,
    model: set.model,
    cases,
    right,
    accuracy: cases === 0 ? 1 : right / cases,
    nsCases,
    nsRight,
    nsAccuracy: nsCases === 0 ? null : nsRight / nsCases,
    failures,
  };
}
