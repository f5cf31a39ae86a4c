import { z } from 'zod';

/**
 * A nomination's stages (the `NominationStage` enum of docs/API.md, "Nominations"), defined once:
 * the nominations subgraph's GraphQL enum, its entity and CHECK constraint, the gateway's export
 * filter, reporting's counters, voting's council results and the national seed plan all read
 * this list. Adding a stage starts here (CONTRIBUTING.md).
 */
export const NOMINATION_STAGES = [
  'REGISTERED',
  'PROPOSED',
  'UNDER_REVIEW',
  'COUNCIL_APPROVED',
  'COUNCIL_REJECTED',
  'RECOGNIZED',
  'ESCALATED',
  'RETURNED',
  'WITHDRAWN',
  /** A recognition revoked (Law 06/2022, chapter VII). */
  'REVOKED',
] as const;
export type NominationStageValue = (typeof NOMINATION_STAGES)[number];
export const nominationStageSchema = z.enum(NOMINATION_STAGES);

/** The stages a council vote sets (voting → nominations' `council-results`). */
export const COUNCIL_STAGES = [
  'UNDER_REVIEW',
  'COUNCIL_APPROVED',
  'COUNCIL_REJECTED',
] as const satisfies readonly NominationStageValue[];
export type CouncilStageValue = (typeof COUNCIL_STAGES)[number];

/**
 * The stages reporting counts, each with its field of `NominationTotals` (RETURNED and
 * WITHDRAWN nominations are not counted).
 */
export const COUNTED_STAGE_FIELDS = {
  REGISTERED: 'registered',
  PROPOSED: 'proposed',
  UNDER_REVIEW: 'underReview',
  COUNCIL_APPROVED: 'councilApproved',
  COUNCIL_REJECTED: 'councilRejected',
  RECOGNIZED: 'recognized',
  ESCALATED: 'escalated',
  REVOKED: 'revoked',
} as const satisfies Partial<Record<NominationStageValue, string>>;
export type CountedStageField = (typeof COUNTED_STAGE_FIELDS)[keyof typeof COUNTED_STAGE_FIELDS];

/** Who a nomination or a distinction is for. */
export const TARGETS = ['INDIVIDUAL', 'COLLECTIVE'] as const;
export type TargetValue = (typeof TARGETS)[number];
export const targetSchema = z.enum(TARGETS);

/** `"column" IN ('A', 'B')`: a CHECK constraint over one of these lists (new migrations only). */
export function checkIn(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
}

/** An enum-like object over a list (`{ A: 'A', … }`), e.g. for a GraphQL enum registration. */
export function enumOf<const T extends readonly string[]>(values: T): { readonly [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T[number]]: K };
}
