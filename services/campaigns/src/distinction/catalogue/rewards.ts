import type { RewardMultiplesValue } from '../distinction-rule.types';

// Reward multiples, in tenths of the base salary.

export function reward2017(
  individualTenths: number | null,
  collectiveTenths: number | null,
  note = '',
): RewardMultiplesValue {
  return {
    individualTenths,
    collectiveTenths,
    source: `Nghị định 91/2017/NĐ-CP, chương mức tiền thưởng [article to confirm]${note}`,
  };
}
export function reward2024(
  individualTenths: number | null,
  collectiveTenths: number | null,
  note = '',
): RewardMultiplesValue {
  return {
    individualTenths,
    collectiveTenths,
    source: `Nghị định 98/2023/NĐ-CP, chương mức tiền thưởng [article to confirm]${note}`,
  };
}
export function reward2025(
  individualTenths: number | null,
  collectiveTenths: number | null,
  note = '',
): RewardMultiplesValue {
  return { individualTenths, collectiveTenths, source: `Nghị định 152/2025/NĐ-CP, Điều 49–54${note}` };
}
export const FIGURE_TO_CONFIRM = ' [figure to confirm]';
export const CARRIED_FIGURE = ' [figure carried from Nghị định 91/2017/NĐ-CP, to confirm]';
