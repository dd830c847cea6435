import { describe, expect, it } from 'vitest';
import { chineseRateAt } from './chinese-rates.js';

describe('chineseRateAt', () => {
  it('reads 成 as tenths and 折 as the price paid', () => {
    expect(chineseRateAt('三成').map((r) => r.value)).toEqual([30]);
    expect(chineseRateAt('三成半').map((r) => r.value)).toEqual([35]);
    expect(chineseRateAt('九折').map((r) => r.value)).toEqual([90]);
    expect(chineseRateAt('五五折').map((r) => r.value)).toEqual([55]);
    expect(chineseRateAt('9.9折').map((r) => r.value)).toEqual([99]);
    expect(chineseRateAt('打对折').map((r) => [r.start, r.value])).toEqual([[1, 50]]);
  });
  it('needs a number before the character', () => {
    expect(chineseRateAt('折扣')).toEqual([]);
    expect(chineseRateAt('完成')).toEqual([]);
    expect(chineseRateAt('十折')).toEqual([]);
  });
});
