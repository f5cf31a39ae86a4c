/**
 * Money in integer arithmetic only: multiples are tenths of the base salary, amounts are whole
 * đồng, and the reward is rounded up to tens of thousands of đồng.
 */

const ROUNDING_VND = 10_000;

/** multiple (in tenths) × base salary, rounded up to the next 10,000 đồng. */
export function rewardAmountVnd(multipleTenths: number, baseSalaryVnd: number): number {
  if (!Number.isSafeInteger(multipleTenths) || multipleTenths <= 0) {
    throw new RangeError(`multiple in tenths must be a positive integer, got ${multipleTenths}`);
  }
  return rewardAmountVndHundredths(multipleTenths * 10, baseSalaryVnd);
}

/**
 * multiple (in hundredths, for the few multiples such as 0.15 that are no whole number of
 * tenths) × base salary, rounded up to the next 10,000 đồng.
 */
export function rewardAmountVndHundredths(multipleHundredths: number, baseSalaryVnd: number): number {
  if (!Number.isSafeInteger(multipleHundredths) || multipleHundredths <= 0) {
    throw new RangeError(`multiple in hundredths must be a positive integer, got ${multipleHundredths}`);
  }
  if (!Number.isSafeInteger(baseSalaryVnd) || baseSalaryVnd <= 0) {
    throw new RangeError(`base salary must be a positive integer, got ${baseSalaryVnd}`);
  }
  // BigInt: a product beyond 2^53 would otherwise lose đồng silently.
  const hundredthsOfVnd = BigInt(multipleHundredths) * BigInt(baseSalaryVnd);
  const step = BigInt(ROUNDING_VND * 100);
  const amount = ((hundredthsOfVnd + step - 1n) / step) * BigInt(ROUNDING_VND);
  return Number(amount);
}

/** 3 → "0.3", 15 → "1.5", 30 → "3.0". */
export function formatTenths(tenths: number): string {
  return `${Math.trunc(tenths / 10)}.${tenths % 10}`;
}

/** 30 → "0.3", 15 → "0.15", 300 → "3.0": tenths when the multiple is a whole number of them. */
export function formatHundredths(hundredths: number): string {
  if (hundredths % 10 === 0) return formatTenths(hundredths / 10);
  return `${Math.trunc(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** "0.3" → 3, "1.5" → 15, "3" → 30; null for anything else (negative, more than one decimal). */
export function parseTenths(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d))?$/.exec(text.trim());
  if (!match) return null;
  const tenths = Number(match[1]) * 10 + Number(match[2] ?? '0');
  return tenths > 0 ? tenths : null;
}
