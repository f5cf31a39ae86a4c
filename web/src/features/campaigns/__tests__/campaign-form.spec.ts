import { describe, expect, it } from 'vitest';
import {
  describeChange,
  emptyDraft,
  phaseEnd,
  serverProblems,
  toCreateInput,
  validateDraft,
  type CampaignDraft,
} from '../campaign-form';
import { nomineeScope } from '../my-organizations';
import { dueSoon, type DueItem } from '../upcoming';

const draft = (patch: Partial<CampaignDraft> = {}): CampaignDraft => ({
  ...emptyDraft('INSTITUTION', new Date('2026-09-01T00:00:00Z')),
  title: 'Phong trào thi đua năm học 2026–2027',
  registration: '17:00, 23/03',
  proposal: '17:00, 30/11/2026',
  ...patch,
});

describe('the campaign form', () => {
  it('fills a missing year from the school year and builds createCampaign’s input', () => {
    expect(validateDraft(draft({ proposal: '17:00, 30/05' }))).toEqual({});
    const input = toCreateInput(draft({ proposal: '17:00, 30/05' }), 'org-1', 'parent-1');
    expect(input).toMatchObject({
      organizationId: 'org-1',
      parentId: 'parent-1',
      year: 2026,
      calendar: 'SCHOOL_YEAR',
      registrationDeadline: '2027-03-23T10:00:00.000Z',
      proposalDeadline: '2027-05-30T10:00:00.000Z',
      escalationDeadline: null,
      endYear: null,
    });
  });

  it('checks the server’s rules as the user types', () => {
    const problems = validateDraft(
      draft({
        title: ' ',
        year: '1999',
        registration: '17:00, 23/03/2027',
        proposal: '17:00, 01/03/2027',
        escalation: '31/04/2027',
        criteria: [{ key: 'c', target: 'LEADER', text: '', evaluator: null }],
        quotas: [
          { key: 'a', owner: { type: 'organization', id: 'o', name: 'Khoa' }, min: '3', max: '2' },
          { key: 'b', owner: { type: 'organization', id: 'o', name: 'Khoa' }, min: '-1', max: 'x' },
          { key: 'd', owner: null, min: '0', max: '1' },
        ],
      }),
    );
    expect(Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v.key]))).toEqual({
      title: 'campaigns.problem.required',
      year: 'campaigns.problem.year',
      proposal: 'campaigns.problem.proposalOrder',
      escalation: 'campaigns.problem.deadlineHour',
      'criteria[0].text': 'campaigns.problem.required',
      'quotas[0].max': 'campaigns.problem.quotaOrder',
      'quotas[1]': 'campaigns.problem.quotaTwice',
      'quotas[1].min': 'campaigns.problem.quotaNumber',
      'quotas[1].max': 'campaigns.problem.quotaNumber',
      'quotas[2]': 'campaigns.problem.quotaOwner',
    });
  });

  it('knows the five-year phases and checks a PHASE’s end year', () => {
    expect(phaseEnd(2021)).toBe(2025);
    expect(phaseEnd(2025)).toBe(2025);
    expect(phaseEnd(2026)).toBe(2030);
    expect(validateDraft(draft({ kind: 'PHASE', year: '2026', endYear: '2026' })).endYear?.key).toBe(
      'campaigns.problem.endYear',
    );
    expect(validateDraft(draft({ kind: 'PHASE', year: '2026', endYear: '' })).endYear).toBeUndefined();
  });

  it('places the server’s extensions.fields on the form’s fields, in words', () => {
    const problems = serverProblems([
      {
        field: 'registrationDeadline',
        message: "must fall before the parent campaign's escalation deadline (2027-12-20T10:00:00.000Z)",
      },
      { field: 'quotas[0].organizationId', message: "must be an organization of the campaign's scope" },
      { field: 'parentId', message: 'the parent campaign is CLOSED' },
      { field: 'title', message: 'something new' },
    ]);
    expect(problems.registration).toEqual({
      key: 'campaigns.problem.parentBound',
      params: expect.objectContaining({ date: '17:00, 20/12/2027' }),
    });
    expect(problems['quotas[0]']?.key).toBe('campaigns.problem.scope');
    expect(problems.parentId?.key).toBe('campaigns.problem.parentClosed');
    expect(problems.title?.key).toBe('campaigns.problem.server');
  });
});

describe('deadlines at a glance', () => {
  const item = (campaignId: string, stage: DueItem['stage'], at: string): DueItem => ({
    campaignId,
    title: campaignId,
    organizationName: 'Trường',
    stage,
    at,
    passed: false,
  });

  it('keeps the next 30 days and the late ones of the last 30, once each, by date', () => {
    const now = new Date('2026-12-06T03:00:00.000Z');
    const { upcoming, late } = dueSoon(
      [
        item('b', 'PROPOSAL', '2026-12-20T10:00:00.000Z'),
        item('a', 'REGISTRATION', '2026-12-10T10:00:00.000Z'),
        item('a', 'REGISTRATION', '2026-12-10T10:00:00.000Z'), // the same campaign reached twice
        item('c', 'ESCALATION', '2027-02-01T10:00:00.000Z'), // beyond 30 days
        item('d', 'REGISTRATION', '2026-12-01T10:00:00.000Z'), // late
        item('e', 'REGISTRATION', '2026-09-01T10:00:00.000Z'), // long gone
      ],
      now,
    );
    expect(upcoming.map((i) => i.campaignId)).toEqual(['a', 'b']);
    expect(late.map((i) => i.campaignId)).toEqual(['d']);
  });
});

describe('a campaign history entry', () => {
  it('names a moved deadline in words and local time', () => {
    const t = (key: string) => ({ 'campaigns.field.proposal': 'Hạn đề nghị' })[key] ?? key;
    expect(
      describeChange('proposalDeadline 2026-11-30T10:00:00.000Z → 2026-12-15T10:00:00.000Z; criteria: 2', t),
    ).toBe('Hạn đề nghị: 17:00, 30/11/2026 → 17:00, 15/12/2026; criteria: 2');
  });
});

describe('where a unit finds its nominees', () => {
  it('in its own subtree, or for a mass organization, in its institution (SPEC 9)', () => {
    expect(nomineeScope({ id: 'khoa', name: 'Khoa', kind: 'UNIT', parent: { id: 'truong' } }, 'x')).toBe(
      'khoa',
    );
    expect(
      nomineeScope({ id: 'cd', name: 'Công đoàn', kind: 'MASS_ORGANIZATION', parent: { id: 'truong' } }, 'x'),
    ).toBe('truong');
    expect(nomineeScope(undefined, 'x')).toBe('x');
  });
});
