import { describe, expect, it } from 'vitest';
import { splitWan, splitYuan } from './joint-split.ts';

describe('the joint split: full count for each unit, amount split by share', () => {
  it('splits 123,456.789 万元 60/40 into 74,074.0734 and 49,382.7156, summing exactly', () => {
    expect(splitWan('123456.789', [60, 40])).toEqual(['74074.0734', '49382.7156']);
    expect(splitYuan(1_234_567_890n, [60, 40])).toEqual([740_740_734n, 493_827_156n]);
  });

  it('gives the yuan left over to the largest remainders, ties to the earlier share', () => {
    expect(splitYuan(100n, [33.33, 33.33, 33.34])).toEqual([33n, 33n, 34n]);
    expect(splitYuan(1n, [50, 50])).toEqual([1n, 0n]);
    expect(splitYuan(10n, [33.33, 33.34, 33.33])).toEqual([3n, 4n, 3n]);
    expect(splitWan('0.0001', [60, 40])).toEqual(['0.0001', '0']);
  });

  it('keeps the sum exact for every split it accepts, and refuses shares not summing to 100', () => {
    for (const total of [0n, 7n, 99_999n, 1_234_567_891n]) {
      for (const shares of [[100], [60, 40], [12.5, 12.5, 75], [0.01, 99.99], [20, 20, 20, 20, 20]]) {
        expect(splitYuan(total, shares).reduce((a, b) => a + b, 0n)).toBe(total);
      }
    }
    expect(() => splitYuan(100n, [60, 30])).toThrow('shares must be ≥ 0 and sum to 100: 60, 30');
  });
});
