import type { VoteRuleValue } from '../distinction-rule.types';

// Council votes.

export const VOTE_90_2017: VoteRuleValue = {
  threshold: { numerator: 9, denominator: 10 },
  base: 'TOTAL_MEMBERS',
  comparison: 'AT_LEAST',
  secretBallot: true,
  confirmed: true,
  source:
    'Nghị định 91/2017/NĐ-CP, Điều 45: bỏ phiếu kín, tỷ lệ đồng ý từ 90% trở lên [base "tổng số thành viên Hội đồng" to confirm]',
};
export const VOTE_90_2024: VoteRuleValue = {
  threshold: { numerator: 9, denominator: 10 },
  base: 'TOTAL_MEMBERS',
  comparison: 'AT_LEAST',
  secretBallot: true,
  confirmed: true,
  source:
    'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7: từ 90% trở lên trên tổng số thành viên Hội đồng (thành viên vắng mặt cho ý kiến bằng văn bản) [secret ballot to confirm]',
};
export const VOTE_80_2024: VoteRuleValue = {
  threshold: { numerator: 4, denominator: 5 },
  base: 'TOTAL_MEMBERS',
  comparison: 'AT_LEAST',
  secretBallot: true,
  confirmed: true,
  source:
    'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7: Chiến sĩ thi đua cơ sở và Cờ thi đua từ 80% trở lên trên tổng số thành viên Hội đồng (thành viên vắng mặt cho ý kiến bằng văn bản) [secret ballot to confirm]',
};

/** Nghị định 152/2025/NĐ-CP's own figures are not confirmed: 98/2023's are carried over. */
export function carriedInto152(vote: VoteRuleValue): VoteRuleValue {
  return {
    ...vote,
    confirmed: false,
    source: `Nghị định 152/2025/NĐ-CP: figure carried over from ${vote.source} [not yet confirmed in Nghị định 152/2025/NĐ-CP]`,
  };
}

function simpleMajority(decree: string): VoteRuleValue {
  return {
    threshold: { numerator: 1, denominator: 2 },
    base: 'TOTAL_MEMBERS',
    comparison: 'MORE_THAN',
    secretBallot: false,
    confirmed: false,
    source: `Quá bán (simple majority): no specific threshold for this distinction in ${decree} [base and ballot form to confirm]`,
  };
}

export const MAJORITY_2017 = simpleMajority('Nghị định 91/2017/NĐ-CP');
export const MAJORITY_2024 = simpleMajority('Nghị định 98/2023/NĐ-CP');
export const MAJORITY_2025 = simpleMajority('Nghị định 152/2025/NĐ-CP');
