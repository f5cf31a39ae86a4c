import type { ExclusionValue, RuleVersionValue, VoteRuleValue } from '../distinction-rule.types';
import { E2017, E2024, E2025, type Era } from './eras';
import { DISCIPLINE } from './exclusions';
import { MAJORITY_2017, MAJORITY_2024, MAJORITY_2025 } from './votes';

// The versions: one rule shape per distinction and period.

type VersionSpec = Partial<Omit<RuleVersionValue, 'code' | 'inForceFrom' | 'inForceTo' | 'source'>> & {
  vote: VoteRuleValue;
};

export function version(code: string, era: Era, spec: VersionSpec): RuleVersionValue {
  return {
    code,
    inForceFrom: era.from,
    inForceTo: era.to,
    vote: spec.vote,
    prerequisites: spec.prerequisites ?? [],
    prerequisitesExhaustive: spec.prerequisitesExhaustive ?? true,
    exclusions: spec.exclusions ?? [DISCIPLINE[era.from]!],
    ratioCap: spec.ratioCap ?? null,
    reward: spec.reward ?? null,
    standardVi: spec.standardVi ?? null,
    source: era.source,
  };
}

export const DELEGATED_2025 =
  'Tiêu chuẩn cụ thể do bộ, ban, ngành, tỉnh quy định theo phân cấp của Nghị định 152/2025/NĐ-CP.';

/** Distinctions without catalogue prerequisites or reward: one rule shape for each period. */
export function plain(code: string, exclusions?: (era: Era) => ExclusionValue[]): RuleVersionValue[] {
  return [
    version(code, E2017, { vote: MAJORITY_2017, exclusions: exclusions?.(E2017) }),
    version(code, E2024, { vote: MAJORITY_2024, exclusions: exclusions?.(E2024) }),
    version(code, E2025, { vote: MAJORITY_2025, exclusions: exclusions?.(E2025) }),
  ];
}
