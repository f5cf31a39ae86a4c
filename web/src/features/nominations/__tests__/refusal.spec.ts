import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../i18n/i18n';
import { criteriaFor, toDossierInput, validateDossier } from '../dossier';
import { refusalOf } from '../refusal';

const refused = (extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('raw English message', { extensions })] });

const sentence = (extensions: Record<string, unknown>) => {
  const refusal = refusalOf(refused(extensions));
  return refusal ? translate('vi', refusal.key, refusal.params) : null;
};

describe('refusals as Vietnamese sentences, from extensions', () => {
  it('names the passed deadline in local time and the quota’s maximum', () => {
    expect(sentence({ code: 'DEADLINE_PASSED', deadline: '2027-03-23T10:00:00.000Z' })).toBe(
      'Đã quá thời hạn (17:00, 23/03/2027) nên không thể thực hiện.',
    );
    expect(sentence({ code: 'QUOTA_EXCEEDED', max: 2 })).toBe(
      'Đơn vị đã đủ chỉ tiêu tối đa 2 hồ sơ của phong trào này; không thể đăng ký thêm.',
    );
  });

  it('explains each eligibility reason, duplicates and invalid transitions', () => {
    expect(sentence({ code: 'NOT_ELIGIBLE', reason: 'LEADER_REQUIRES_COLLECTIVE' })).toContain(
      'tập thể do mình phụ trách',
    );
    expect(sentence({ code: 'NOT_ELIGIBLE', reason: 'PREREQUISITE_MISSING' })).toContain('bắt buộc');
    expect(sentence({ code: 'NOT_ELIGIBLE', reason: 'SOMETHING_NEW' })).toBe(
      'Chưa đủ điều kiện để được đề nghị danh hiệu này.',
    );
    expect(sentence({ code: 'DUPLICATE_NOMINATION' })).toContain('đã được đăng ký');
    const transition = refusalOf(refused({ code: 'INVALID_TRANSITION', from: 'WITHDRAWN', to: 'PROPOSED' }));
    expect(transition).toEqual({ key: 'nominations.refusal.transition', params: { stage: 'WITHDRAWN' } });
    expect(sentence({ code: 'FORBIDDEN' })).toBe('Bạn không có quyền thực hiện thao tác này.');
    expect(refusalOf(null)).toBeNull();
  });

  it('never shows the server’s raw message', () => {
    for (const code of [
      'DEADLINE_PASSED',
      'QUOTA_EXCEEDED',
      'NOT_ELIGIBLE',
      'INVALID_TRANSITION',
      'WHATEVER',
    ])
      expect(sentence({ code })).not.toContain('raw English message');
  });
});

describe('the dossier', () => {
  it('answers the criteria of its nominee: collectives the collective ones, individuals theirs and the leaders’', () => {
    const criteria = [
      { id: '1', target: 'COLLECTIVE' },
      { id: '2', target: 'INDIVIDUAL' },
      { id: '3', target: 'LEADER' },
    ];
    expect(criteriaFor(criteria, 'COLLECTIVE').map((c) => c.id)).toEqual(['1']);
    expect(criteriaFor(criteria, 'INDIVIDUAL').map((c) => c.id)).toEqual(['2', '3']);
  });

  it('needs a summary, names its attachments, and leaves empty evidence out', () => {
    const draft = {
      summary: ' Hoàn thành xuất sắc nhiệm vụ ',
      evidence: { a: 'Sáng kiến cấp trường', b: '  ' },
      attachments: [
        { key: 'x', name: 'bao-cao.pdf', url: 'https://truong.example.vn/bao-cao.pdf', size: '2048' },
      ],
    };
    expect(validateDossier(draft)).toEqual({});
    expect(toDossierInput(draft)).toEqual({
      summary: 'Hoàn thành xuất sắc nhiệm vụ',
      evidence: [{ criterionId: 'a', text: 'Sáng kiến cấp trường' }],
      attachments: [{ name: 'bao-cao.pdf', url: 'https://truong.example.vn/bao-cao.pdf', size: 2048 }],
    });
    expect(
      validateDossier({
        summary: '',
        evidence: {},
        attachments: [{ key: 'y', name: '', url: 'ftp://x', size: 'lớn' }],
      }),
    ).toEqual({
      summary: 'required',
      'attachments[0].name': 'required',
      'attachments[0].url': 'url',
      'attachments[0].size': 'size',
    });
  });
});

describe('a duplicate', () => {
  it('points to the earlier nomination when the server names it', () => {
    expect(refusalOf(refused({ code: 'DUPLICATE_NOMINATION', nominationId: 'n-1' }))).toEqual({
      key: 'nominations.refusal.duplicate',
      nominationId: 'n-1',
    });
    expect(refusalOf(refused({ code: 'DUPLICATE_NOMINATION' }))).toEqual({
      key: 'nominations.refusal.duplicate',
    });
  });
});
