export type ChoiceValue = 'APPROVE' | 'REJECT' | 'ABSTAIN';

export interface Rule {
  thresholdNumerator: number;
  thresholdDenominator: number;
  base: 'TOTAL_MEMBERS' | 'BALLOTS_CAST';
  /** Absent: AT_LEAST. */
  comparison?: 'AT_LEAST' | 'MORE_THAN';
  quorumNumerator: number;
  quorumDenominator: number;
}

export interface Tally {
  nominationId: string;
  approve: number;
  reject: number;
  abstain: number;
  passed: boolean;
}

/** Ballots cast reach the quorum: cast/eligible ≥ q, in integers. */
export function quorumMet(rule: Rule, ballotsCast: number, eligibleVoters: number): boolean {
  return ballotsCast * rule.quorumDenominator >= rule.quorumNumerator * eligibleVoters;
}

/**
 * A nomination passes when its approvals reach the threshold of the base: approve/base ≥ n/d,
 * decided as approve·d ≥ n·base — integers only (6 of 9 meets 2/3; 5 of 9 does not); with
 * MORE_THAN, strictly above (a simple majority: 5 of 9 passes 1/2, 4 of 8 does not).
 */
export function tally(
  rule: Rule,
  slate: readonly string[],
  ballots: readonly Record<string, ChoiceValue>[],
  eligibleVoters: number,
): { results: Tally[]; quorum: boolean } {
  const quorum = quorumMet(rule, ballots.length, eligibleVoters);
  const base = rule.base === 'TOTAL_MEMBERS' ? eligibleVoters : ballots.length;
  const results = slate.map((nominationId) => {
    let approve = 0;
    let reject = 0;
    let abstain = 0;
    for (const ballot of ballots) {
      const choice = ballot[nominationId];
      if (choice === 'APPROVE') approve += 1;
      else if (choice === 'REJECT') reject += 1;
      else abstain += 1;
    }
    const left = approve * rule.thresholdDenominator;
    const right = rule.thresholdNumerator * base;
    const passed = quorum && base > 0 && (rule.comparison === 'MORE_THAN' ? left > right : left >= right);
    return { nominationId, approve, reject, abstain, passed };
  });
  return { results, quorum };
}
