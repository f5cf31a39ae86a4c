import { defineAbilityFor, type Identity, type Role } from '@laurel/auth';
import type { TableRow } from '@laurel/spreadsheets';
import { planRecords, recordKey, toRecordRow, type RecordLookups } from '../record-import.plan';

const SCHOOL = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const TEACHER = '11111111-1111-4111-8111-111111111111';
const STRANGER = '22222222-2222-4222-8222-222222222222';
const SCHOOL_ID = 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa';
const OTHER_ID = 'bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb';

function ability(role: Role | null, path = SCHOOL) {
  const identity: Identity = {
    subject: 'someone',
    isPlatformAdmin: false,
    personIds: [],
    personPaths: [],
    grants: role ? [{ id: 'g', organizationId: SCHOOL_ID, path, role }] : [],
    apiKey: null,
    tenantRoots: [],
  };
  return defineAbilityFor(identity);
}

const known: RecordLookups = {
  currentYear: 2025,
  distinctions: new Map([
    ['LAO_DONG_TIEN_TIEN', { code: 'LAO_DONG_TIEN_TIEN', targets: ['INDIVIDUAL'] }],
    ['TAP_THE_LAO_DONG_TIEN_TIEN', { code: 'TAP_THE_LAO_DONG_TIEN_TIEN', targets: ['COLLECTIVE'] }],
    ['GIAY_KHEN', { code: 'GIAY_KHEN', targets: ['INDIVIDUAL', 'COLLECTIVE'] }],
  ]),
  people: new Map([
    [TEACHER, { orgPath: SCHOOL }],
    [STRANGER, { orgPath: OTHER }],
  ]),
  organizations: new Map([
    [SCHOOL_ID, { path: SCHOOL }],
    [OTHER_ID, { path: OTHER }],
  ]),
  existing: new Map([
    [
      recordKey('person', TEACHER, 2022, 'LAO_DONG_TIEN_TIEN'),
      { source: 'IMPORTED', decisionNumber: '1/QĐ' },
    ],
    [recordKey('person', TEACHER, 2024, 'GIAY_KHEN'), { source: 'PLATFORM', decisionNumber: '9/QĐ' }],
  ]),
};

let row = 1;
function r(values: Record<string, string>): TableRow {
  row += 1;
  return { row, values };
}
beforeEach(() => (row = 1));

describe('planRecords', () => {
  it('plans new records and updates of earlier imports, normalizing codes and ids', () => {
    const { planned, errors } = planRecords(
      [
        r({ year: '2023', distinctionCode: 'lao_dong_tien_tien', personId: TEACHER.toUpperCase() }),
        r({ year: '2022', distinctionCode: 'LAO_DONG_TIEN_TIEN', personId: TEACHER, decisionNumber: '2/QĐ' }),
        r({ year: '2021.0', distinctionCode: 'TAP_THE_LAO_DONG_TIEN_TIEN', organizationId: SCHOOL_ID }),
      ].map(toRecordRow),
      known,
      ability('ORG_ADMIN'),
    );
    expect(errors).toEqual([]);
    expect(planned).toEqual([
      expect.objectContaining({ row: 2, holder: 'person', holderId: TEACHER, year: 2023, update: false }),
      expect.objectContaining({ row: 3, year: 2022, decisionNumber: '2/QĐ', update: true }),
      expect.objectContaining({ row: 4, holder: 'organization', holderId: SCHOOL_ID, year: 2021 }),
    ]);
  });

  it('reports every problem of every row by its number', () => {
    const { planned, errors } = planRecords(
      [
        r({ year: '1944', distinctionCode: 'KHONG_CO', personId: TEACHER }),
        r({ year: 'năm ngoái', distinctionCode: '', personId: TEACHER, organizationId: SCHOOL_ID }),
        r({ year: '2023', distinctionCode: 'LAO_DONG_TIEN_TIEN', organizationId: SCHOOL_ID }),
        r({ year: '2023', distinctionCode: 'TAP_THE_LAO_DONG_TIEN_TIEN', personId: TEACHER }),
        r({ year: '2026', distinctionCode: 'GIAY_KHEN', personId: 'not-an-id' }),
        r({ year: '2024', distinctionCode: 'GIAY_KHEN', personId: TEACHER }),
        r({ year: '2020', distinctionCode: 'GIAY_KHEN', organizationId: SCHOOL_ID }),
        r({ year: '2020', distinctionCode: 'giay_khen', organizationId: SCHOOL_ID, decisionNumber: 'x' }),
      ].map(toRecordRow),
      known,
      ability('ORG_ADMIN'),
    );
    expect(planned.map((p) => p.row)).toEqual([8]);
    expect(errors.map((e) => [e.row, e.message])).toEqual([
      [2, 'year "1944" is not a year from 1945 to 2025'],
      [2, 'distinctionCode KHONG_CO is not in the distinction catalogue'],
      [3, 'year "năm ngoái" is not a year from 1945 to 2025'],
      [3, 'distinctionCode is empty'],
      [3, 'give exactly one of personId and organizationId'],
      [4, 'LAO_DONG_TIEN_TIEN is not awarded to a collective'],
      [5, 'TAP_THE_LAO_DONG_TIEN_TIEN is not awarded to an individual'],
      [6, 'year "2026" is not a year from 1945 to 2025'],
      [6, 'person not-an-id not found'],
      [7, 'GIAY_KHEN of 2024 is already recognized on the platform; an import does not overwrite it'],
      [9, 'the same record as row 8 (holder, year and distinction)'],
    ]);
  });

  it('hides holders the caller may not see and refuses those it sees but may not record for', () => {
    const rows = [
      r({ year: '2023', distinctionCode: 'LAO_DONG_TIEN_TIEN', personId: STRANGER }),
      r({ year: '2023', distinctionCode: 'TAP_THE_LAO_DONG_TIEN_TIEN', organizationId: OTHER_ID }),
      r({ year: '2023', distinctionCode: 'LAO_DONG_TIEN_TIEN', personId: TEACHER }),
      // Unknown to the directory: the same answer as for the stranger.
      r({
        year: '2023',
        distinctionCode: 'LAO_DONG_TIEN_TIEN',
        personId: '33333333-3333-4333-8333-333333333333',
      }),
    ].map(toRecordRow);
    const asAdmin = planRecords(rows, known, ability('ORG_ADMIN'));
    expect(asAdmin.errors.map((e) => [e.row, e.message])).toEqual([
      [2, `person ${STRANGER} not found`],
      [3, `organization ${OTHER_ID} not found`],
      [5, 'person 33333333-3333-4333-8333-333333333333 not found'],
    ]);
    // A viewer sees the school's people but records nothing.
    const asViewer = planRecords(rows, known, ability('VIEWER'));
    expect(asViewer.errors.find((e) => e.row === 4)?.message).toBe(
      `you may not record distinctions of person ${TEACHER}`,
    );
    // A unit lead submits nominations but does not record the history of before the platform,
    // which is the admins' (issue 23).
    expect(planRecords(rows.slice(2, 3), known, ability('UNIT_LEAD')).errors.map((e) => e.message)).toEqual([
      `you may not record distinctions of person ${TEACHER}`,
    ]);
    expect(planRecords(rows.slice(2, 3), known, ability(null)).errors[0]?.message).toBe(
      `person ${TEACHER} not found`,
    );
    // An API key reads the school's reports, not its people: the teacher does not exist for it.
    const key = defineAbilityFor({
      subject: null,
      isPlatformAdmin: false,
      personIds: [],
      personPaths: [],
      grants: [],
      apiKey: { id: 'k', organizationId: SCHOOL_ID, path: SCHOOL },
      tenantRoots: [],
    });
    expect(planRecords(rows.slice(2, 4), known, key).errors.map((e) => e.message)).toEqual([
      `person ${TEACHER} not found`,
      'person 33333333-3333-4333-8333-333333333333 not found',
    ]);
  });
});
