/**
 * Parallax's extractor as an evaluation system: the number stage for Number models, the figure
 * stage's percentages and money for the Percent and Currency models.
 */
import { extractFigures } from '../extract-figures.js';
import { extractNumbers } from '../extract-numbers.js';
import type { Figure } from '../types.js';
import type { EvalSet } from './cases.js';
import type { Prediction, System } from './score.js';

function interval(f: Figure): Prediction['interval'] {
  if (f.value !== null && typeof f.value === 'object') return { min: f.value.min, max: f.value.max };
  if (typeof f.value === 'number' && f.bound === 'min') return { min: f.value, max: null };
  if (typeof f.value === 'number' && f.bound === 'max') return { min: null, max: f.value };
  return null;
}

/** Duckling writes bounds and ranges as intervals and counts the qualifier in the span ("פחות מ7 יורו"). */
function toPrediction(f: Figure, set: EvalSet): Prediction {
  const duckling = set.id.startsWith('duckling');
  if (duckling) {
    const iv = interval(f);
    return { start: f.lead, end: f.end, value: iv ? null : typeof f.value === 'number' ? f.value : null, interval: iv, currency: f.unit };
  }
  const iv = f.value !== null && typeof f.value === 'object' ? { min: f.value.min, max: f.value.max } : null;
  return { start: f.start, end: f.end, value: typeof f.value === 'number' ? f.value : null, interval: iv, currency: f.unit };
}

export const oursSystem: System = (input: string, set: EvalSet): Prediction[] => {
  if (set.model === 'number') {
    return extractNumbers(input, set.language).map((m) => ({ start: m.start, end: m.end, value: m.value, interval: null, currency: null }));
  }
  const kind = set.model === 'percent' ? 'percent' : 'money';
  return extractFigures(input, set.language)
    .filter((f) => f.kind === kind)
    .map((f) => toPrediction(f, set));
};
