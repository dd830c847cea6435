/**
 * The shape of a recognised figure. Everything here is plain data so it can cross the process
 * boundary and be stored as JSON.
 */

/**
 * What a figure measures. Figures of different kinds never match each other: a duration never
 * equals a ratio even when both read "eight".
 *
 * - `money`: an amount of a currency (`unit` is its ISO 4217 code).
 * - `count`: a plain quantity ("800 million users", "three codes", "dozens"); `unit` is the unit
 *   of measurement when one is written ("180 ml" → `ml`), else null.
 * - `percent`: a percentage, value in percent (`11%` → 11); `unit` is `pp` for percentage points.
 * - `ratio`: a multiplier ("20 times", "tripled", "פי 19", "×8"), value is the factor.
 * - `duration`: a length of time, value in the unit named by `unit` (`day`, `week`, `month`, `year`, …).
 * - `date`: a calendar date or month; value in days since 1970-01-01 (UTC), a range of them for a
 *   month, or null when the year is not written; `iso` holds the ISO 8601 text ("2025-08-01",
 *   "2025-08", "--08-01").
 * - `year`: a calendar year ("in 2026"), value is the year (an interval for "2019-2020").
 * - `range`: an interval of plain numbers ("between 5 and 10"); ranges of money, percentages or
 *   durations keep their own kind and carry an interval value.
 * - `name`: a name that contains digits ("GPT-4o", "Gemini 3"); value is null.
 */
export type FigureKind = 'money' | 'count' | 'percent' | 'ratio' | 'duration' | 'date' | 'year' | 'range' | 'name';

/**
 * An interval of values: a range ("between 5 and 10") or an approximate magnitude ("hundreds of
 * millions" → 2e8…1e9). The extractor writes both ends; `null` (an open end) is allowed for
 * callers that build intervals from bounds. A bound ("more than 5") is not an interval: the figure
 * keeps its value and says `bound: 'min'`.
 */
export interface Interval {
  min: number | null;
  max: number | null;
}

/** A single number, an interval, or null (names, dates without a year). */
export type FigureValue = number | Interval | null;

export interface Figure {
  /** UTF-16 offset of the first character, into the text given to the extractor. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  kind: FigureKind;
  /**
   * The normalised value: money in units of the currency (`$1.4 trillion` → 1.4e12), counts as
   * numbers, percentages in percent, ratios as factors, durations in `unit`s, years as the year.
   * Approximate magnitudes ("hundreds of millions") are intervals with `approximate: true`.
   */
  value: FigureValue;
  /**
   * Half the width of the rounding the text implies, in the units of `value`: `1.4 trillion` →
   * 0.05e12, `1 400 milliards` → 0.5e9, `800` → 0.5. Zero for intervals and names.
   */
  precision: number;
  /** True for vague magnitudes ("hundreds of millions", "dozens", "about 5"). */
  approximate: boolean;
  /** Set when the text gives only a bound: "up to $5" → `max`, "more than 5" → `min`. */
  bound: 'min' | 'max' | null;
  /** ISO 4217 code for money; time unit for durations; unit of measurement for measured counts; `pp` for percentage points; null otherwise. */
  unit: string | null;
  /** ISO 8601 text for dates ("2025-08-01", "2025-08", "--08-01") and years ("2026"); null otherwise. */
  iso: string | null;
  /** How sure the extractor is that this is a figure of this kind, 0…1. */
  confidence: number;
  /**
   * Where the figure's qualifier starts ("more than", "up to", "about", "כ-"); equal to `start`
   * when there is none. `start` never includes the qualifier, except for ranges, whose span
   * starts at "between"/"from".
   */
  lead: number;
}

/** A number found in text before it is classified as a figure (the "number stage"). */
export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  /** Half the width of the rounding the written form implies (`1.4 trillion` → 5e10). */
  precision: number;
  /** Written with words only ("eight", "trois"), not digits. */
  words: boolean;
  /** The number carries a scale word or suffix ("1.4 trillion", "10k", "万"). */
  scaled: boolean;
  /** The digits written, without sign or scale, for year and name checks; '' for words. */
  digits: string;
}
