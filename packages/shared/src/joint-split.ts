import { wanToYuan, yuanToWan } from './project-stages.ts';

/**
 * How a joint filing's agreed split (e.g. 60/40) counts in the indicators — the common
 * practice, decided for the platform:
 *
 * - **Counts: in full for each unit.** A project of a joint filing counts as one signed
 *   project (and one for each rate's numerator and denominator) for every unit of the split:
 *   a project is not divisible.
 * - **Amounts: split by the shares.** Its agreed investment is credited to each unit by its
 *   share, so the units' amounts add up exactly to the project's amount (the city counts the
 *   whole amount once).
 *
 * Amounts are in 万元 with four decimals (one yuan). Each share is cut down to the yuan and
 * the yuan left over go one by one to the largest remainders (ties: the earlier share), so the
 * parts always sum exactly to the whole.
 */
export function splitYuan(totalYuan: bigint, percents: readonly number[]): bigint[] {
  // Shares are stored as numeric(5,2): hundredths of a percent, i.e. parts of 10000.
  const parts = percents.map((p) => BigInt(Math.round(p * 100)));
  const sum = parts.reduce((a, b) => a + b, 0n);
  if (parts.length === 0 || sum !== 10000n || parts.some((p) => p < 0n))
    throw new RangeError(`shares must be ≥ 0 and sum to 100: ${percents.join(', ')}`);
  const sign = totalYuan < 0n ? -1n : 1n;
  const total = totalYuan * sign;
  const floors = parts.map((p) => (total * p) / 10000n);
  const remainders = parts.map((p, i) => ({ i, r: (total * p) % 10000n }));
  let left = total - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    floors[i] = floors[i]! + 1n;
    left -= 1n;
  }
  return floors.map((f) => f * sign);
}

/** splitYuan for an amount written in 万元 (up to four decimals); the parts in 万元, four decimals. */
export function splitWan(amountWan: string, percents: readonly number[]): string[] {
  return splitYuan(wanToYuan(amountWan), percents).map((y) => yuanToWan(y));
}
