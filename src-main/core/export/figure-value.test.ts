import { describe, expect, it } from 'vitest';
import { describeFigure, formatFigureValue, rawFigureValue } from './figure-value.js';

describe('formatFigureValue', () => {
  it('writes amounts in full with their unit', () => {
    expect(formatFigureValue({ kind: 'money', value: 1.4e12, unit: 'USD' })).toBe('1,400,000,000,000 USD');
    expect(formatFigureValue({ kind: 'count', value: 180, unit: 'ml' })).toBe('180 ml');
    expect(formatFigureValue({ kind: 'count', value: 2.5, unit: null })).toBe('2.5');
  });

  it('writes percentages, points, ratios and durations the way they are read', () => {
    expect(formatFigureValue({ kind: 'percent', value: 11, unit: null })).toBe('11%');
    expect(formatFigureValue({ kind: 'percent', value: 3, unit: 'pp' })).toBe('3 percentage points');
    expect(formatFigureValue({ kind: 'ratio', value: 19, unit: null })).toBe('× 19');
    expect(formatFigureValue({ kind: 'duration', value: 7, unit: 'year' })).toBe('7 years');
    expect(formatFigureValue({ kind: 'duration', value: 1, unit: 'week' })).toBe('1 week');
  });

  it('writes intervals and open bounds', () => {
    expect(formatFigureValue({ kind: 'count', value: { min: 2e8, max: 1e9 }, unit: null })).toBe('200,000,000 – 1,000,000,000');
    expect(formatFigureValue({ kind: 'money', value: { min: 5, max: null }, unit: 'EUR' })).toBe('≥ 5 EUR');
    expect(formatFigureValue({ kind: 'year', value: { min: 2019, max: 2020 }, unit: null })).toBe('2019 – 2020');
  });

  it('writes dates (days since 1970) as ISO dates and years without separators', () => {
    const august1 = Date.UTC(2025, 7, 1) / 86_400_000;
    expect(formatFigureValue({ kind: 'date', value: august1, unit: null })).toBe('2025-08-01');
    expect(formatFigureValue({ kind: 'date', value: { min: august1, max: august1 + 30 }, unit: null })).toBe('2025-08-01 – 2025-08-31');
    expect(formatFigureValue({ kind: 'date', value: null, unit: null })).toBe('year not stated');
    expect(formatFigureValue({ kind: 'year', value: 2026, unit: null })).toBe('2026');
  });

  it('describes a figure by kind, and a name by its kind alone', () => {
    expect(describeFigure({ kind: 'money', value: 500, unit: 'EUR' })).toBe('money: 500 EUR');
    expect(describeFigure({ kind: 'name', value: null, unit: null })).toBe('name');
  });
});

describe('rawFigureValue', () => {
  it('keeps numbers as numbers and writes intervals as min..max', () => {
    expect(rawFigureValue(1.4e12)).toBe(1.4e12);
    expect(rawFigureValue({ min: 2e8, max: 1e9 })).toBe('200000000..1000000000');
    expect(rawFigureValue({ min: null, max: 5 })).toBe('..5');
    expect(rawFigureValue(null)).toBeNull();
  });
});
