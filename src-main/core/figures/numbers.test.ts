import { describe, expect, it } from 'vitest';
import { prefersDecimalComma, readDigitNumber } from './numbers.js';

function read(text: string, language = 'en'): [string, number] | null {
  const d = readDigitNumber(text, 0, language);
  return d ? [text.slice(d.start, d.end), d.value] : null;
}

describe('readDigitNumber', () => {
  it('reads the separators of every locale', () => {
    expect(read('1.4')).toEqual(['1.4', 1.4]);
    expect(read('1,4', 'fr')).toEqual(['1,4', 1.4]);
    expect(read('1 400')).toEqual(['1 400', 1400]);
    expect(read('1\u202f400 milliards', 'fr')).toEqual(['1\u202f400', 1400]);
    expect(read('1\u00a0400')).toEqual(['1\u00a0400', 1400]);
    expect(read("1'400")).toEqual(["1'400", 1400]);
    expect(read('1,400,000')).toEqual(['1,400,000', 1400000]);
    expect(read('1.400.000', 'de')).toEqual(['1.400.000', 1400000]);
    expect(read('1.234.567,89', 'es')).toEqual(['1.234.567,89', 1234567.89]);
    expect(read('1,234,567.89')).toEqual(['1,234,567.89', 1234567.89]);
    expect(read('12,34,567.89')).toEqual(['12,34,567.89', 1234567.89]);
  });

  it('lets the language decide a lone separator before three digits', () => {
    expect(read('4,800', 'en')).toEqual(['4,800', 4800]);
    expect(read('4,800', 'fr')).toEqual(['4,800', 4.8]);
    expect(read('4.800', 'de')).toEqual(['4.800', 4800]);
    expect(read('4.800', 'en')).toEqual(['4.800', 4.8]);
    expect(read('0.683', 'es')).toEqual(['0.683', 0.683]);
    expect(prefersDecimalComma('fr')).toBe(true);
    expect(prefersDecimalComma('he')).toBe(false);
  });

  it('reads Arabic-Indic digits and the Arabic decimal separator', () => {
    expect(read('٣٫٥', 'ar')).toEqual(['٣٫٥', 3.5]);
    expect(read('3ر5', 'ar')).toEqual(['3ر5', 3.5]);
    expect(read('١٬٢٠٠', 'ar')).toEqual(['١٬٢٠٠', 1200]);
    expect(read('۱۲', 'ar')).toEqual(['۱۲', 12]);
    expect(read('４，５６５', 'zh')).toEqual(['４，５６５', 4565]);
  });

  it('stops where a chain of numbers or a list begins', () => {
    expect(read('192.168.1.2')).toEqual(['192', 192]);
    expect(read('1, 234')).toEqual(['1', 1]);
    expect(read('423 0000')).toEqual(['423', 423]);
    expect(read('22,24,26,31')).toEqual(['22', 22]);
  });

  it('reads signs, leading decimal marks, exponents and fractions', () => {
    expect(read('-9.25')).toEqual(['-9.25', -9.25]);
    expect(read('.08')).toEqual(['.08', 0.08]);
    expect(read(',08', 'fr')).toEqual([',08', 0.08]);
    expect(read('1.3e6')).toEqual(['1.3e6', 1300000]);
    expect(read('2.5^-1')).toEqual(['2.5^-1', 0.4]);
    expect(read('3/4')).toEqual(['3/4', 0.75]);
    expect(read('½')).toEqual(['½', 0.5]);
    expect(read('17/05/2018')?.[0]).toBe('17');
  });

  it('implies the precision of the last digit written', () => {
    expect(readDigitNumber('1.4', 0, 'en')?.precision).toBeCloseTo(0.05);
    expect(readDigitNumber('1 400', 0, 'fr')?.precision).toBe(0.5);
  });

  it('does not take a hyphen between words or numbers for a minus sign', () => {
    expect(readDigitNumber('SCP-173', 3, 'en')).toBeNull();
    expect(readDigitNumber('SCP-173', 4, 'en')?.value).toBe(173);
  });
});
