import { describe, expect, it } from 'vitest';
import { readChineseNumber } from './chinese-numbers.js';

function zh(text: string, at = 0): [string, number] | null {
  const z = readChineseNumber(text, at);
  return z ? [text.slice(z.start, z.end), z.value] : null;
}

describe('readChineseNumber', () => {
  it('reads plain and financial numerals', () => {
    expect(zh('一百五十二')).toEqual(['一百五十二', 152]);
    expect(zh('肆佰陸拾')).toEqual(['肆佰陸拾', 460]);
    expect(zh('两千四百五')).toEqual(['两千四百五', 2450]);
    expect(zh('一万三')).toEqual(['一万三', 13000]);
    expect(zh('四亿五千六百四十二万零一十五')).toEqual(['四亿五千六百四十二万零一十五', 456420015]);
  });
  it('reads digits with Chinese scales', () => {
    expect(zh('1.4万亿美元')).toEqual(['1.4万亿', 1.4e12]);
    expect(zh('5万4千6百')).toEqual(['5万4千6百', 54600]);
    expect(zh('10万万')).toEqual(['10万万', 1e9]);
  });
  it('reads decimals, fractions and mixed numbers', () => {
    expect(zh('二点五')).toEqual(['二点五', 2.5]);
    expect(zh('五分之一')).toEqual(['五分之一', 0.2]);
    expect(zh('三百五十又3分之1')?.[1]).toBeCloseTo(350 + 1 / 3);
  });
  it('marks 百分之 as a percentage of what follows', () => {
    const z = readChineseNumber('百分之十一', 0);
    expect(z?.percentOf).toBe(true);
    expect(z?.value).toBe(11);
  });
  it('leaves words that only look like numbers', () => {
    expect(zh('一切')).toBeNull();
    expect(zh('四川')).toBeNull();
    expect(zh('收拾', 1)).toBeNull();
    expect(zh('二三十')).toBeNull();
  });
  it('implies the precision of the last digit', () => {
    expect(readChineseNumber('1.4万亿', 0)?.precision).toBeCloseTo(5e10);
  });
});
