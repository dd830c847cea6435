import { describe, expect, it } from 'vitest';
import { currencyAfter, currencyBefore, isCurrencyWord } from './currencies.js';

describe('currencies', () => {
  it('finds a currency written after an amount, in every language', () => {
    expect(currencyAfter(' dollars', 0, false)?.code).toBe('USD');
    expect(currencyAfter(' de dollars', 0, true)?.code).toBe('USD');
    expect(currencyAfter(" d'euros", 0, true)?.code).toBe('EUR');
    expect(currencyAfter(' francs suisses', 0, false)?.code).toBe('CHF');
    expect(currencyAfter(' ש"ח', 0, false)?.code).toBe('ILS');
    expect(currencyAfter(' שקלים', 0, false)?.code).toBe('ILS');
    expect(currencyAfter(' דולר', 0, false)?.code).toBe('USD');
    expect(currencyAfter('美元', 0, false)?.code).toBe('USD');
    expect(currencyAfter('元', 0, false)?.code).toBe('CNY');
    expect(currencyAfter(' yuan', 0, false)?.code).toBe('CNY');
    expect(currencyAfter(' مليار دولار', 0, false)).toBeNull();
    expect(currencyAfter(' دولار', 0, false)?.code).toBe('USD');
    expect(currencyAfter('₪', 0, false)?.code).toBe('ILS');
    expect(currencyAfter(' USD', 0, false)?.code).toBe('USD');
  });
  it('reads minor units and multiples as factors', () => {
    expect(currencyAfter(' cents', 0, false)?.factor).toBe(0.01);
    expect(currencyAfter(' אש"ח', 0, false)?.factor).toBe(1000);
    expect(currencyAfter(' MUSD', 0, false)).toMatchObject({ code: 'USD', factor: 1e6 });
  });
  it('finds a currency written before an amount', () => {
    expect(currencyBefore('$500', 1)?.code).toBe('USD');
    expect(currencyBefore('US$ 3', 4)?.code).toBe('USD');
    expect(currencyBefore('€2', 1)?.code).toBe('EUR');
    expect(currencyBefore('c $ 16.4', 4)).toMatchObject({ code: 'CAD', start: 0 });
    expect(currencyBefore('EUR 20', 4)?.code).toBe('EUR');
    expect(currencyBefore('the 20', 4)).toBeNull();
  });
  it('is less sure of a bare dollar sign', () => {
    expect(currencyBefore('$5', 1)?.confidence).toBeLessThan(currencyBefore('US$5', 3)?.confidence ?? 0);
  });
  it('knows currency words and codes', () => {
    expect(isCurrencyWord('dollars')).toBe(true);
    expect(isCurrencyWord('usd')).toBe(true);
    expect(isCurrencyWord('gemini')).toBe(false);
  });
});
