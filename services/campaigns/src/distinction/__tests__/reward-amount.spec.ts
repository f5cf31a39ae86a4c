import { formatTenths, parseTenths, rewardAmountVnd } from '../reward-amount';

describe('reward amount', () => {
  it('rounds the product up to tens of thousands of đồng', () => {
    expect(rewardAmountVnd(3, 2_340_000)).toBe(710_000); // 702,000
    expect(rewardAmountVnd(3, 1_490_000)).toBe(450_000); // 447,000
    expect(rewardAmountVnd(45, 1_490_000)).toBe(6_710_000); // 6,705,000
    expect(rewardAmountVnd(35, 2_340_000)).toBe(8_190_000); // exact
    expect(rewardAmountVnd(15, 2_340_000)).toBe(3_510_000); // exact
    expect(rewardAmountVnd(10, 1_390_001)).toBe(1_400_000); // one đồng over rounds up
  });

  it('stays exact where floating point would not', () => {
    // 1.1 × 1,800,000 in floats is 1980000.0000000002, which a float ceil turns into 1,990,000.
    expect(Math.ceil((1.1 * 1_800_000) / 10_000) * 10_000).toBe(1_990_000);
    expect(rewardAmountVnd(11, 1_800_000)).toBe(1_980_000);
    expect(rewardAmountVnd(3, 1_800_000)).toBe(540_000);
    expect(rewardAmountVnd(7, 10_000_000_000)).toBe(7_000_000_000);
  });

  it('refuses what is not a positive integer', () => {
    expect(() => rewardAmountVnd(1.5, 2_340_000)).toThrow(RangeError);
    expect(() => rewardAmountVnd(3, 0)).toThrow(RangeError);
  });

  it('formats and parses multiples in tenths', () => {
    expect([3, 10, 15, 45, 70].map(formatTenths)).toEqual(['0.3', '1.0', '1.5', '4.5', '7.0']);
    expect(['0.3', '1,5', '3', ' 4.5 '].map(parseTenths)).toEqual([3, 15, 30, 45]);
    expect(['0', '-1', '0.25', 'abc', '', '1.'].map(parseTenths)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
