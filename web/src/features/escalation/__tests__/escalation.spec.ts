import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  escalationDeadline,
  escalationTargets,
  higherDistinctions,
  linkCampaigns,
  refusalOf,
  type UpCampaign,
} from '../escalation';

const campaign = (
  id: string,
  org: string,
  kind: string,
  parent: UpCampaign | null = null,
  codes: string[] = [],
) =>
  ({
    id,
    title: id,
    year: 2027,
    status: 'OPEN',
    proposalDeadline: '2027-11-30T10:00:00.000Z',
    escalationDeadline: null,
    organization: { id: org, name: org, kind },
    distinctions: codes.map((code) => ({ code })),
    parent,
  }) satisfies UpCampaign;

const province = campaign('province', 'p', 'PROVINCE');
const district = campaign('district', 'd', 'DISTRICT', province);
const review = campaign('school-plan', 's', 'INSTITUTION', district);
const school = {
  ...campaign('school', 's', 'INSTITUTION', review),
  escalationDeadline: '2027-12-10T10:00:00.000Z',
};

const catalogue = [
  {
    code: 'GIAY_KHEN',
    nameVi: 'Giấy khen',
    nameEn: '',
    targets: ['INDIVIDUAL', 'COLLECTIVE'],
    level: 'INSTITUTION',
  },
  {
    code: 'LAO_DONG_TIEN_TIEN',
    nameVi: 'Lao động tiên tiến',
    nameEn: '',
    targets: ['INDIVIDUAL'],
    level: 'INSTITUTION',
  },
  {
    code: 'BANG_KHEN_TINH',
    nameVi: 'Bằng khen tỉnh',
    nameEn: '',
    targets: ['INDIVIDUAL', 'COLLECTIVE'],
    level: 'PROVINCE',
  },
  {
    code: 'CHIEN_SI_THI_DUA_TOAN_QUOC',
    nameVi: 'CSTĐ toàn quốc',
    nameEn: '',
    targets: ['INDIVIDUAL'],
    level: 'NATION',
  },
  {
    code: 'TAP_THE_LAO_DONG_XUAT_SAC',
    nameVi: 'TTLĐXS',
    nameEn: '',
    targets: ['COLLECTIVE'],
    level: 'PROVINCE',
  },
];

describe('escalation', () => {
  it('goes to the campaigns of ancestor organizations up the cascade, nearest first', () => {
    // The school's own review round above its campaign is not a higher level.
    expect(escalationTargets(school).map((c) => c.id)).toEqual(['district', 'province']);
    expect(escalationTargets(province)).toEqual([]);
  });

  it('links the applying campaigns by their parents’ ids', () => {
    const strip = ({ parent, ...c }: UpCampaign) => ({ ...c, parent: parent ? { id: parent.id } : null });
    const linked = linkCampaigns([strip(school), strip(review), strip(district), strip(province)]);
    expect(escalationTargets(linked.get('school')!).map((c) => c.id)).toEqual(['district', 'province']);
    // A parent outside the list (another tenant's draft, say) ends the chain.
    const alone = linkCampaigns([strip(school), strip(district)]);
    expect(escalationTargets(alone.get('school')!)).toEqual([]);
  });

  it('is due by the source campaign’s escalation deadline, else the target’s proposal deadline', () => {
    expect(escalationDeadline(school, district)).toBe('2027-12-10T10:00:00.000Z');
    expect(escalationDeadline(review, district)).toBe(district.proposalDeadline);
  });

  it('offers higher distinctions the target level confers, for the nominee’s target, highest first', () => {
    const from = { code: 'GIAY_KHEN', level: 'INSTITUTION' };
    expect(higherDistinctions(from, 'INDIVIDUAL', district, catalogue).map((d) => d.code)).toEqual([
      'CHIEN_SI_THI_DUA_TOAN_QUOC',
      'BANG_KHEN_TINH',
    ]);
    expect(higherDistinctions(from, 'COLLECTIVE', district, catalogue).map((d) => d.code)).toEqual([
      'BANG_KHEN_TINH',
      'TAP_THE_LAO_DONG_XUAT_SAC',
    ]);
    // Only what the target campaign lists, when it lists any; never below the one recognized.
    const listed = campaign('listed', 'd', 'DISTRICT', province, ['BANG_KHEN_TINH']);
    expect(higherDistinctions(from, 'INDIVIDUAL', listed, catalogue).map((d) => d.code)).toEqual([
      'BANG_KHEN_TINH',
    ]);
    expect(
      higherDistinctions(
        { code: 'BANG_KHEN_TINH', level: 'PROVINCE' },
        'INDIVIDUAL',
        province,
        catalogue,
      ).map((d) => d.code),
    ).toEqual(['CHIEN_SI_THI_DUA_TOAN_QUOC']);
  });

  it('turns each refusal code into its sentence', () => {
    const refusal = (message: string, extensions: Record<string, unknown>) =>
      refusalOf(new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] }));
    expect(refusal('late', { code: 'DEADLINE_PASSED', deadline: '2027-12-10T10:00:00.000Z' })).toEqual({
      key: 'deadline',
      deadline: '2027-12-10T10:00:00.000Z',
    });
    expect(refusal('Only a RECOGNIZED nomination', { code: 'INVALID_TRANSITION' }).key).toBe('notRecognized');
    expect(refusal('The target campaign is CLOSED', { code: 'INVALID_TRANSITION' }).key).toBe(
      'targetNotOpen',
    );
    expect(refusal('toCampaignId: …', { code: 'BAD_USER_INPUT', field: 'toCampaignId' }).key).toBe(
      'foreignCampaign',
    );
    expect(refusal('distinctionCode: …', { code: 'BAD_USER_INPUT', field: 'distinctionCode' }).key).toBe(
      'distinction',
    );
    expect(refusal('left', { code: 'BAD_USER_INPUT', field: 'id', reason: 'PERSON_INACTIVE' }).key).toBe(
      'inactive',
    );
    expect(refusal('x', { code: 'NOT_ELIGIBLE', reason: 'PREREQUISITE_MISSING' }).key).toBe('prerequisite');
    expect(refusal('x', { code: 'DUPLICATE_NOMINATION' }).key).toBe('duplicate');
    expect(refusal('x', { code: 'QUOTA_EXCEEDED' }).key).toBe('quota');
    expect(refusal('x', { code: 'SOMETHING_ELSE' }).key).toBe('other');
  });
});
