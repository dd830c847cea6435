import { describe, expect, it } from 'vitest';
import { documentLengthModel, lengthCost } from './gale-church.js';

describe('Gale–Church length cost', () => {
  const model = { ratio: 1.1, variance: 6.8 };

  it('is smallest when the lengths keep the document ratio and grows with the deviation', () => {
    expect(lengthCost(100, 110, model)).toBeCloseTo(0, 5);
    const near = lengthCost(100, 120, model);
    const far = lengthCost(100, 160, model);
    expect(near).toBeGreaterThan(0);
    expect(far).toBeGreaterThan(near);
    // A deviation of one standard unit costs −ln(2(1 − Φ(1))) ≈ 1.148. The unit depends on the
    // lengths themselves, so find that target length by fixed-point iteration.
    let oneSigma = 120;
    for (let k = 0; k < 50; k++) oneSigma = 110 + Math.sqrt(6.8 * ((100 + oneSigma / 1.1) / 2));
    expect(lengthCost(100, oneSigma, model)).toBeCloseTo(1.148, 2);
  });

  it('is bounded, so one absurd pair cannot outweigh everything else', () => {
    expect(lengthCost(1, 5000, model)).toBe(25);
    expect(lengthCost(0, 0, model)).toBe(0);
  });

  it('takes the ratio from the whole texts', () => {
    expect(documentLengthModel([10, 30], [20, 60]).ratio).toBe(2);
    expect(documentLengthModel([], [5]).ratio).toBe(1);
  });
});
