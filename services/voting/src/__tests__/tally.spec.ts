import { tally, type ChoiceValue, type Rule } from '../session/tally';

const twoThirdsOfMembers: Rule = {
  thresholdNumerator: 2,
  thresholdDenominator: 3,
  base: 'TOTAL_MEMBERS',
  quorumNumerator: 1,
  quorumDenominator: 2,
};
const ballots = (approve: number, reject: number, abstain = 0) =>
  [
    ...Array<ChoiceValue>(approve).fill('APPROVE'),
    ...Array<ChoiceValue>(reject).fill('REJECT'),
    ...Array<ChoiceValue>(abstain).fill('ABSTAIN'),
  ].map((c) => ({ n: c }));

describe('tally', () => {
  it('6 of 9 members meets 2/3; 5 of 9 does not (integers, no floats)', () => {
    expect(tally(twoThirdsOfMembers, ['n'], ballots(6, 3), 9).results[0]!.passed).toBe(true);
    expect(tally(twoThirdsOfMembers, ['n'], ballots(5, 4), 9).results[0]!.passed).toBe(false);
  });

  it('counts absent members against the TOTAL_MEMBERS base, not against BALLOTS_CAST', () => {
    // 6 ballots of 9 members, 5 approve: 5/9 < 2/3 of members, 5/6 ≥ 2/3 of ballots.
    expect(tally(twoThirdsOfMembers, ['n'], ballots(5, 1), 9).results[0]!.passed).toBe(false);
    expect(
      tally({ ...twoThirdsOfMembers, base: 'BALLOTS_CAST' }, ['n'], ballots(5, 1), 9).results[0]!.passed,
    ).toBe(true);
  });

  it('90% of all members: 9 of 10 passes, 8 of 9 does not (8/9 < 9/10)', () => {
    const ninety: Rule = { ...twoThirdsOfMembers, thresholdNumerator: 9, thresholdDenominator: 10 };
    expect(tally(ninety, ['n'], ballots(9, 1), 10).results[0]!.passed).toBe(true);
    expect(tally(ninety, ['n'], ballots(8, 1), 9).results[0]!.passed).toBe(false);
  });

  it('below quorum nothing passes, even unanimous', () => {
    const twoThirdsQuorum = {
      ...twoThirdsOfMembers,
      base: 'BALLOTS_CAST' as const,
      quorumNumerator: 2,
      quorumDenominator: 3,
    };
    const out = tally(twoThirdsQuorum, ['n'], ballots(5, 0), 9); // 5/9 < 2/3
    expect(out.quorum).toBe(false);
    expect(out.results[0]).toEqual({ nominationId: 'n', approve: 5, reject: 0, abstain: 0, passed: false });
    expect(tally(twoThirdsQuorum, ['n'], ballots(6, 0), 9).quorum).toBe(true); // 6/9 = 2/3
  });

  it('a simple majority is strictly more than half: 5 of 9 passes, 4 of 8 does not', () => {
    const majority: Rule = {
      ...twoThirdsOfMembers,
      thresholdNumerator: 1,
      thresholdDenominator: 2,
      comparison: 'MORE_THAN',
    };
    expect(tally(majority, ['n'], ballots(5, 4), 9).results[0]!.passed).toBe(true);
    expect(tally(majority, ['n'], ballots(4, 4), 8).results[0]!.passed).toBe(false);
    expect(tally({ ...majority, comparison: 'AT_LEAST' }, ['n'], ballots(4, 4), 8).results[0]!.passed).toBe(
      true,
    );
  });
});
