import type { DistinctionRuleEntity } from './distinction-rule.entity';
import type { RuleVersionValue } from './distinction-rule.types';

/* A version of a distinction's rules, as a row of distinction_rule and back. */

/** One version of the rules, with who issued it (null: national). */
export interface DistinctionRulesVersion extends RuleVersionValue {
  id: string;
  issuerId: string | null;
}

export function toRulesVersion(e: DistinctionRuleEntity): DistinctionRulesVersion {
  return {
    id: e.id,
    code: e.code,
    issuerId: e.issuerOrganizationId,
    inForceFrom: e.inForceFrom,
    inForceTo: e.inForceTo,
    vote:
      e.voteThresholdNumerator === null
        ? null
        : {
            threshold: { numerator: e.voteThresholdNumerator, denominator: e.voteThresholdDenominator! },
            base: e.voteBase!,
            comparison: e.voteComparison!,
            secretBallot: e.voteSecretBallot!,
            confirmed: e.voteConfirmed!,
            source: e.voteSource!,
          },
    prerequisites: e.prerequisites,
    prerequisitesExhaustive: e.prerequisitesExhaustive,
    exclusions: e.exclusions,
    ratioCap:
      e.ratioCapCode === null
        ? null
        : {
            code: e.ratioCapCode,
            share: { numerator: e.ratioCapNumerator!, denominator: e.ratioCapDenominator! },
            source: e.ratioCapSource!,
          },
    reward:
      e.rewardSource === null
        ? null
        : {
            individualTenths: e.rewardIndividualTenths,
            collectiveTenths: e.rewardCollectiveTenths,
            source: e.rewardSource,
          },
    standardVi: e.standardVi,
    source: e.source,
  };
}

export function toEntityFields(
  v: RuleVersionValue,
): Omit<DistinctionRuleEntity, 'id' | 'createdAt' | 'createdBy'> {
  return {
    code: v.code,
    issuerOrganizationId: null,
    inForceFrom: v.inForceFrom,
    inForceTo: v.inForceTo,
    voteThresholdNumerator: v.vote?.threshold.numerator ?? null,
    voteThresholdDenominator: v.vote?.threshold.denominator ?? null,
    voteBase: v.vote?.base ?? null,
    voteComparison: v.vote?.comparison ?? null,
    voteSecretBallot: v.vote?.secretBallot ?? null,
    voteConfirmed: v.vote?.confirmed ?? null,
    voteSource: v.vote?.source ?? null,
    prerequisites: v.prerequisites,
    prerequisitesExhaustive: v.prerequisitesExhaustive,
    exclusions: v.exclusions,
    ratioCapCode: v.ratioCap?.code ?? null,
    ratioCapNumerator: v.ratioCap?.share.numerator ?? null,
    ratioCapDenominator: v.ratioCap?.share.denominator ?? null,
    ratioCapSource: v.ratioCap?.source ?? null,
    rewardIndividualTenths: v.reward?.individualTenths ?? null,
    rewardCollectiveTenths: v.reward?.collectiveTenths ?? null,
    rewardSource: v.reward?.source ?? null,
    standardVi: v.standardVi,
    source: v.source,
  };
}
