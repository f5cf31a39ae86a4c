import { BadUserInputError } from '@laurel/graphql';
import { In, type EntityManager } from 'typeorm';
import { DistinctionEntity } from './distinction.entity';
import type {
  FractionValue,
  PrerequisiteRouteValue,
  RatioCapValue,
  VoteRuleValue,
} from './distinction-rule.types';

/* An issuer's own standard for a delegated distinction: what it may set, and what is checked. */

/** What an issuer may set for a delegated distinction; what is absent is inherited. */
export interface DistinctionStandardInput {
  code: string;
  issuerId: string;
  inForceFrom: string;
  standardVi: string;
  source: string;
  prerequisites?: PrerequisiteRouteValue[] | null;
  prerequisitesExhaustive?: boolean | null;
  vote?: Omit<VoteRuleValue, 'confirmed'> | null;
  rewardMultiples?: {
    individualTenths: number | null;
    collectiveTenths: number | null;
    source: string;
  } | null;
  ratioCap?: RatioCapValue | null;
}

/** Codes named by requirements and caps exist; multiples only for the distinction's targets. */
export async function assertStandardReferences(
  m: EntityManager,
  input: DistinctionStandardInput,
  distinction: DistinctionEntity,
): Promise<void> {
  const named = new Set<string>();
  for (const r of input.prerequisites ?? []) {
    for (const q of r.requirements) if ('code' in q) named.add(q.code);
  }
  if (input.ratioCap) named.add(input.ratioCap.code);
  if (named.size > 0) {
    const found = await m.getRepository(DistinctionEntity).findBy({ code: In([...named]) });
    const unknown = [...named].filter((c) => !found.some((f) => f.code === c));
    if (unknown.length > 0) {
      throw new BadUserInputError(`unknown distinction codes: ${unknown.join(', ')}`, { invalid: unknown });
    }
  }
  const reward = input.rewardMultiples;
  for (const [target, tenths] of [
    ['INDIVIDUAL', reward?.individualTenths],
    ['COLLECTIVE', reward?.collectiveTenths],
  ] as const) {
    if (tenths != null && !distinction.targets.includes(target)) {
      throw new BadUserInputError(`${distinction.code} does not go to a ${target.toLowerCase()} nominee`, {
        field: 'rewardMultiples',
      });
    }
  }
}

/** 0 < numerator ≤ denominator. */
export function isProperFraction(f: FractionValue): boolean {
  return (
    Number.isInteger(f.numerator) &&
    Number.isInteger(f.denominator) &&
    f.numerator > 0 &&
    f.denominator > 0 &&
    f.numerator <= f.denominator
  );
}
