import { describe, expect, it } from 'vitest';
import { germanCompoundValue, germanFractionWord } from './german-numbers.js';

describe('german compounds', () => {
  it('splits number words written as one word', () => {
    expect(germanCompoundValue('einhunderteinunddreißig')).toBe(131);
    expect(germanCompoundValue('eintausendeinhundertfünfzig')).toBe(1150);
    expect(germanCompoundValue('zweihundertsechsundfuenfzig')).toBe(256);
    expect(germanCompoundValue('sechzehn')).toBe(16);
  });
  it('rejects ordinary words', () => {
    expect(germanCompoundValue('einer')).toBeNull();
    expect(germanCompoundValue('drein')).toBeNull();
    expect(germanCompoundValue('hundertmal')).toBeNull();
  });
  it('reads one-word fractions', () => {
    expect(germanFractionWord('zweieinhalb')).toBe(2.5);
    expect(germanFractionWord('anderthalb')).toBe(1.5);
    expect(germanFractionWord('dreiviertel')).toBe(0.75);
  });
});
