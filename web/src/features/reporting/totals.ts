import type { MessageKey } from '../../i18n/catalogue';

export const TOTAL_KEYS = [
  'registered',
  'proposed',
  'underReview',
  'councilApproved',
  'councilRejected',
  'recognized',
  'escalated',
  'collectives',
  'individuals',
] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];
export type Totals = Record<TotalKey, number>;

/** The stages a chart shows (collectives and individuals are a split of registered, not a stage). */
export const STAGE_KEYS: readonly TotalKey[] = TOTAL_KEYS.slice(0, 7);

export const totalLabel = (key: TotalKey): MessageKey => `total.${key}`;
