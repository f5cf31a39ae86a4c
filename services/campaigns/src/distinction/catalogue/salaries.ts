import { deepFreeze } from './freeze';

/** Lương cơ sở (base salary), VND per month. 2020-07-01's planned rise was postponed. */
export const BASE_SALARIES_1763850000000: readonly {
  inForceFrom: string;
  amountVnd: number;
  source: string;
}[] = [
  { inForceFrom: '2017-07-01', amountVnd: 1_300_000, source: 'Nghị định 47/2017/NĐ-CP' },
  { inForceFrom: '2018-07-01', amountVnd: 1_390_000, source: 'Nghị định 72/2018/NĐ-CP' },
  { inForceFrom: '2019-07-01', amountVnd: 1_490_000, source: 'Nghị định 38/2019/NĐ-CP' },
  { inForceFrom: '2023-07-01', amountVnd: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' },
  { inForceFrom: '2024-07-01', amountVnd: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
].map(deepFreeze);

/** Reported, not read in a decree: applied, and marked so in its source. */
export const BASE_SALARIES_1765000000000: readonly {
  inForceFrom: string;
  amountVnd: number;
  source: string;
}[] = [
  {
    inForceFrom: '2026-07-01',
    amountVnd: 2_530_000,
    source: 'Lương cơ sở 2.530.000 đồng từ 01/07/2026 theo tin báo chí [unconfirmed: decree not yet read]',
  },
].map(deepFreeze);
