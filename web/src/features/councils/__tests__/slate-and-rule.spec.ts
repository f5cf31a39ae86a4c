import { describe, expect, it } from 'vitest';
import { councilProblems, memberProblem } from '../council-form';
import { EMPTY_RULE, prefillRule, ruleInput, ruleProblems, type CatalogueVote } from '../rule';
import { slateCandidates, slateOrder, type SlateCandidate } from '../slate';

const school = 'org-school';
const campaign = (id: string, year: number, org = school, title = `Phong trào ${id}`) => ({
  id,
  title,
  year,
  organization: { id: org },
});
const nomination = (id: string, name: string, stage: string, c = campaign('c1', 2027), code = 'GIAY_KHEN') =>
  ({
    id,
    stage,
    nomineeName: name,
    distinction: { code, nameVi: code, nameEn: code },
    campaign: c,
    submittingOrganization: { id: 'unit', name: 'Tổ Toán' },
  }) satisfies SlateCandidate;

describe('the slate builder', () => {
  it('keeps PROPOSED nominations of campaigns of the council’s organization, by campaign, names in Vietnamese order', () => {
    const groups = slateCandidates(
      [
        nomination('n1', 'Đỗ Văn Bình', 'PROPOSED'),
        nomination('n2', 'An Thị Hoa', 'PROPOSED'),
        nomination('n3', 'Âu Văn Cường', 'REGISTERED'),
        nomination('n4', 'Bùi Văn Dũng', 'UNDER_REVIEW'),
        nomination('n5', 'Cao Thị Én', 'PROPOSED', campaign('c2', 2027, 'org-district')),
        nomination('n6', 'Đinh Văn Giang', 'PROPOSED', campaign('c3', 2028)),
        nomination('n7', 'Dương Thị Hà', 'PROPOSED'),
      ],
      school,
    );
    // The newer campaign first; the district's campaign is not the school council's to vote on.
    expect(groups.map((g) => g.campaign.id)).toEqual(['c3', 'c1']);
    // "D" before "Đ" in Vietnamese.
    expect(groups[1]!.nominations.map((n) => n.nomineeName)).toEqual([
      'An Thị Hoa',
      'Dương Thị Hà',
      'Đỗ Văn Bình',
    ]);
  });

  it('orders the chosen ids as shown, whatever order they were ticked in', () => {
    const groups = slateCandidates(
      [
        nomination('n1', 'Bình', 'PROPOSED'),
        nomination('n2', 'An', 'PROPOSED'),
        nomination('n3', 'Cường', 'PROPOSED'),
      ],
      school,
    );
    expect(slateOrder(groups, new Set(['n3', 'n1']))).toEqual(['n1', 'n3']);
    expect(slateOrder(groups, new Set())).toEqual([]);
  });
});

const vote = (n: number, d: number, extra: Partial<CatalogueVote> = {}): CatalogueVote => ({
  threshold: { numerator: n, denominator: d },
  base: 'TOTAL_MEMBERS',
  comparison: 'AT_LEAST',
  confirmed: true,
  source: `Nghị định ${n}/${d}`,
  ...extra,
});

describe('the rule pre-filled from the catalogue', () => {
  const catalogue = new Map<string, CatalogueVote | null>([
    [
      'GIAY_KHEN',
      vote(1, 2, { comparison: 'MORE_THAN', confirmed: false, base: 'BALLOTS_CAST', source: 'Quá bán' }),
    ],
    ['CHIEN_SI_THI_DUA_CO_SO', vote(4, 5, { source: 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7' })],
    ['CHIEN_SI_THI_DUA_CAP_TINH', vote(9, 10)],
    ['EQUAL_AT_LEAST', vote(1, 2, { base: 'BALLOTS_CAST' })],
    ['NONE', null],
  ]);

  it('takes the strictest threshold of the slate, on all members when any rule needs it, quorum one half', () => {
    const rule = prefillRule(['GIAY_KHEN', 'CHIEN_SI_THI_DUA_CO_SO', 'GIAY_KHEN'], catalogue)!;
    expect(rule.form).toEqual({
      thresholdNumerator: '4',
      thresholdDenominator: '5',
      base: 'TOTAL_MEMBERS',
      comparison: 'AT_LEAST',
      quorumNumerator: '1',
      quorumDenominator: '2',
    });
    expect(rule.source).toBe('Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7');
    // One rule of the slate is not confirmed: the form says so.
    expect(rule.confirmed).toBe(false);
    expect(prefillRule(['CHIEN_SI_THI_DUA_CO_SO', 'CHIEN_SI_THI_DUA_CAP_TINH'], catalogue)!.confirmed).toBe(
      true,
    );
  });

  it('at the same figure MORE_THAN is stricter than AT_LEAST; the base stays the catalogue’s', () => {
    const rule = prefillRule(['EQUAL_AT_LEAST', 'GIAY_KHEN'], catalogue)!;
    expect(rule.form.comparison).toBe('MORE_THAN');
    expect(rule.form.base).toBe('BALLOTS_CAST');
    expect(rule.source).toBe('Quá bán');
  });

  it('has nothing to offer for an empty slate or distinctions without a rule', () => {
    expect(prefillRule([], catalogue)).toBeNull();
    expect(prefillRule(['NONE', 'UNKNOWN'], catalogue)).toBeNull();
  });

  it('checks the figures as the voting service does, keeping the text as typed', () => {
    expect(ruleProblems(EMPTY_RULE)).toEqual({});
    expect(ruleProblems({ ...EMPTY_RULE, thresholdNumerator: '' }).threshold).toBe('threshold.integers');
    expect(ruleProblems({ ...EMPTY_RULE, thresholdNumerator: '1.5' }).threshold).toBe('threshold.integers');
    expect(ruleProblems({ ...EMPTY_RULE, thresholdDenominator: '1001' }).threshold).toBe(
      'threshold.integers',
    );
    expect(ruleProblems({ ...EMPTY_RULE, thresholdNumerator: '0' }).threshold).toBe('threshold.range');
    expect(ruleProblems({ ...EMPTY_RULE, thresholdNumerator: '3' }).threshold).toBe('threshold.range');
    // A quorum of nobody is allowed; more than everybody is not.
    expect(ruleProblems({ ...EMPTY_RULE, quorumNumerator: '0' })).toEqual({});
    expect(ruleProblems({ ...EMPTY_RULE, quorumNumerator: '3' }).quorum).toBe('quorum.range');
    expect(ruleProblems({ ...EMPTY_RULE, quorumDenominator: '0' }).quorum).toBe('quorum.integers');
    expect(ruleInput({ ...EMPTY_RULE, thresholdNumerator: ' 2 ', thresholdDenominator: '3' })).toEqual({
      threshold: { numerator: 2, denominator: 3 },
      quorum: { numerator: 1, denominator: 2 },
      base: 'BALLOTS_CAST',
      comparison: 'MORE_THAN',
    });
  });
});

describe('the council form’s rules', () => {
  const m = (personId: string, role: 'CHAIR' | 'MEMBER' = 'MEMBER') => ({
    personId,
    fullName: personId,
    role,
  });
  it('needs a name and members, one chair at most, nobody twice', () => {
    expect(councilProblems(' ', [])).toEqual({ name: 'name.empty', members: 'members.empty' });
    expect(councilProblems('Hội đồng', [m('a', 'CHAIR'), m('b')])).toEqual({});
    expect(councilProblems('Hội đồng', [m('a', 'CHAIR'), m('b', 'CHAIR')]).members).toBe('members.chairs');
    expect(councilProblems('Hội đồng', [m('a'), m('a')]).members).toBe('members.twice');
  });
  it('adds a chair only to a council without one', () => {
    const existing = [{ person: { id: 'a' }, role: 'CHAIR' }];
    expect(memberProblem(existing, 'b', 'MEMBER')).toBeUndefined();
    expect(memberProblem(existing, 'b', 'CHAIR')).toBe('members.chairs');
    expect(memberProblem(existing, 'a', 'MEMBER')).toBe('members.twice');
  });
});
