/** The voting feature's words, Vietnamese first; `en` must have every key of `vi`. */
export const vi = {
  'voting.rule.title': 'Quy tắc biểu quyết',
  'voting.rule.text':
    '{comparison} {numerator}/{denominator} {base}; cần ít nhất {quorumNumerator}/{quorumDenominator} thành viên tham gia bỏ phiếu.',
  'voting.rule.AT_LEAST': 'Đồng ý từ',
  'voting.rule.MORE_THAN': 'Đồng ý trên',
  'voting.rule.TOTAL_MEMBERS': 'tổng số thành viên hội đồng',
  'voting.rule.BALLOTS_CAST': 'số phiếu đã bỏ',
  'voting.rule.source': 'Căn cứ: {source}',
  'voting.rule.unconfirmed': 'chưa xác nhận',
  'voting.outcomeNote': 'Ghi chú kết quả: {note}',
  'voting.backToCouncil': 'Về hội đồng {council}',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'voting.rule.title': 'Voting rule',
  'voting.rule.text':
    'Approval {comparison} {numerator}/{denominator} of {base}; at least {quorumNumerator}/{quorumDenominator} of the members must vote.',
  'voting.rule.AT_LEAST': 'of at least',
  'voting.rule.MORE_THAN': 'of more than',
  'voting.rule.TOTAL_MEMBERS': 'all council members',
  'voting.rule.BALLOTS_CAST': 'the ballots cast',
  'voting.rule.source': 'Basis: {source}',
  'voting.rule.unconfirmed': 'not yet confirmed',
  'voting.outcomeNote': 'Note on the outcome: {note}',
  'voting.backToCouncil': 'Back to {council}',
};
