import { describe, expect, it } from 'vitest';
import { parseGoldNumber, type EvalCase, type GoldEntity } from './cases.js';
import { scoreCase, type Prediction } from './score.js';

function gold(start: number, end: number, text: string, value: number | null, extra: Partial<GoldEntity> = {}): GoldEntity {
  return { start, end, text, value, interval: null, iso: null, unitName: null, ...extra };
}
function got(start: number, end: number, value: number | null, currency: string | null = null, interval: Prediction['interval'] = null): Prediction {
  return { start, end, value, interval, currency };
}
function kase(input: string, expected: GoldEntity[]): EvalCase {
  return { input, expected, notSupportedDotnet: false, wholeText: false };
}

describe('parseGoldNumber', () => {
  it('reads the specs’ value strings', () => {
    expect(parseGoldNumber('75000000')).toBe(75000000);
    expect(parseGoldNumber('0,2')).toBe(0.2);
    expect(parseGoldNumber('1E-12')).toBe(1e-12);
    expect(parseGoldNumber('4,8%')).toBe(4.8);
    expect(parseGoldNumber('null')).toBeNull();
  });
});

describe('scoreCase', () => {
  it('needs every expected entity and nothing more', () => {
    const c = kase('two and 3', [gold(0, 3, 'two', 2), gold(8, 9, '3', 3)]);
    expect(scoreCase(c, [got(0, 3, 2), got(8, 9, 3)], 'number')).toBe(true);
    expect(scoreCase(c, [got(0, 3, 2)], 'number')).toBe(false);
    expect(scoreCase(c, [got(0, 3, 2), got(8, 9, 3), got(4, 7, 1)], 'number')).toBe(false);
    expect(scoreCase(kase('a', []), [], 'number')).toBe(true);
    expect(scoreCase(kase('a', []), [got(0, 1, 1)], 'number')).toBe(false);
  });
  it('compares spans exactly, or by text where the gold’s offsets are off', () => {
    const c = kase('abc 12', [gold(4, 6, '12', 12)]);
    expect(scoreCase(c, [got(3, 6, 12)], 'number')).toBe(false);
    const off = kase('abc 12', [gold(0, 2, '12', 12)]);
    expect(scoreCase(off, [got(4, 6, 12)], 'number')).toBe(true);
  });
  it('compares currencies by ISO code, or by what a unit name stands for', () => {
    const c = kase('$ 5', [gold(0, 3, '$ 5', 5, { unitName: 'Dollar' })]);
    expect(scoreCase(c, [got(0, 3, 5, 'USD')], 'currency')).toBe(true);
    expect(scoreCase(c, [got(0, 3, 5, 'EUR')], 'currency')).toBe(false);
    const iso = kase('c $ 5', [gold(0, 5, 'c $ 5', 5, { iso: 'CAD', unitName: 'Canadian dollar' })]);
    expect(scoreCase(iso, [got(0, 5, 5, 'USD')], 'currency')).toBe(false);
    const cents = kase('50 cents', [gold(0, 8, '50 cents', 50, { unitName: 'Cent' })]);
    expect(scoreCase(cents, [got(0, 8, 0.5, 'USD')], 'currency')).toBe(true);
  });
  it('compares intervals end by end', () => {
    const c = kase('x', [gold(0, 1, 'x', null, { interval: { min: null, max: 7 }, iso: 'EUR' })]);
    expect(scoreCase(c, [got(0, 1, null, 'EUR', { min: null, max: 7 })], 'currency')).toBe(true);
    expect(scoreCase(c, [got(0, 1, 7, 'EUR')], 'currency')).toBe(false);
  });
});
