import { ok, uniqueCode, type Credentials } from '@laurel/testing';
import { createCampaign, transition } from './campaign-flows';
import { as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { approved, recognize, register } from './nomination-flows';
import { gql } from '../gql';

/** The calendar year in Vietnam, as the server judges periods and reports. */
export const THIS_YEAR = Number(
  new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
);

/** The quarter running now in Vietnam, e.g. `2026-Q4`. */
export function currentQuarter(): string {
  const month = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', month: 'numeric' }).format(new Date()),
  );
  return `${THIS_YEAR}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The instant a quarter ends (midnight in Vietnam), ISO. */
export function quarterEnd(label: string): string {
  const [year, q] = [Number(label.slice(0, 4)), Number(label.slice(6))];
  const month = q * 3;
  return new Date(Date.UTC(month === 12 ? year + 1 : year, month % 12, 1) - 7 * 3_600_000).toISOString();
}

export function nextQuarter(label: string): string {
  const [year, q] = [Number(label.slice(0, 4)), Number(label.slice(6))];
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

// A fragment (not an interpolated string) so that codegen types the documents that spread it.
export const EXEMPLAR_FIELDS = gql(`fragment ExemplarFields on Exemplar {
  id title field published
  nominee { __typename ... on Person { id fullName } }
  organization { id name }
  recognitions { id stage }
  plan { goals targetDistinction { code } targetYear evaluationPeriod
         actions { id text responsible { id } dueAt doneAt } }
  evaluations { totalCount edges { node { period effect influence potential difficulties support by } } }
  nextEvaluationDue
  adoptions { kind outcome adopter { id name } exemplar { id } } }`);

export const CREATE_EXEMPLAR = gql(
  `mutation FlowsCreateExemplar($i: CreateExemplarInput!) { createExemplar(input: $i) { ...ExemplarFields } }`,
);
export const EXEMPLAR = gql(`query FlowsExemplar($id: ID!) { exemplar(id: $id) { ...ExemplarFields } }`);
export const SET_PLAN = gql(
  `mutation FlowsSetFosteringPlan($id: ID!, $p: FosteringPlanInput!) { setFosteringPlan(exemplarId: $id, plan: $p) { ...ExemplarFields } }`,
);
export const EVALUATE = gql(
  `mutation FlowsRecordEvaluation($id: ID!, $e: EvaluationInput!) { recordEvaluation(exemplarId: $id, evaluation: $e) { id period at } }`,
);
export const ADOPT =
  gql(`mutation FlowsRecordAdoption($i: AdoptionInput!) { recordAdoption(input: $i) { id kind outcome adopter { id name }
  exemplar { id title published plan { goals } evaluations { totalCount } adoptions { id } nextEvaluationDue pathway { missing } } } }`);

export const rating = (effect = 'GOOD', influence = 'GOOD', potential = 'EXCELLENT') => ({
  effect,
  influence,
  potential,
});

/**
 * Seed 004's district: Văn Giang with two schools that foster a teacher each, a third school of
 * the same district (cluster), a school of another province, their admins, a district viewer.
 */
export async function fosteringWorld(label: string) {
  const world = await provinceWithSchools(label);
  const school3 = await createOrg('INSTITUTION', `Trường Mầm non Phụng Công (${label})`, world.district.id);
  const elsewhere = await provinceWithSchools(`${label} – tỉnh khác`);
  const subjects = {
    district: `district-admin-${uniqueCode('f')}`,
    districtViewer: `district-viewer-${uniqueCode('f')}`,
    school1: `school1-admin-${uniqueCode('f')}`,
    school1Lead: `school1-lead-${uniqueCode('f')}`,
    school2: `school2-admin-${uniqueCode('f')}`,
    school3: `school3-admin-${uniqueCode('f')}`,
    elsewhere: `elsewhere-admin-${uniqueCode('f')}`,
  };
  await grant(subjects.district, world.district.id, 'ORG_ADMIN');
  await grant(subjects.districtViewer, world.district.id, 'VIEWER');
  await grant(subjects.school1, world.school1.id, 'ORG_ADMIN');
  await grant(subjects.school1Lead, world.school1.id, 'UNIT_LEAD');
  await grant(subjects.school2, world.school2.id, 'ORG_ADMIN');
  await grant(subjects.school3, school3.id, 'ORG_ADMIN');
  await grant(subjects.elsewhere, elsewhere.school1.id, 'ORG_ADMIN');
  const credentials = Object.fromEntries(
    await Promise.all(Object.entries(subjects).map(async ([k, s]) => [k, await as(s)])),
  ) as Record<keyof typeof subjects, { token: string }>;
  return {
    ...world,
    school3,
    elsewhere: elsewhere.school1,
    elsewhereProvince: elsewhere.province,
    credentials,
  };
}

/** A teacher of the school recognized as an exemplar (Cá nhân điển hình tiên tiến) by the school. */
export async function recognizedTeacher(
  credentials: { token: string },
  schoolId: string,
  name: string,
  distinctionCode = 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
) {
  const teacher = await createPerson(schoolId, name, { governmentPosition: 'Giáo viên' });
  const campaign = await createCampaign(credentials, schoolId, {
    title: `Điển hình tiên tiến – ${name}`,
    criteria: [{ target: 'INDIVIDUAL', text: 'Tiêu chí' }],
  });
  await transition(credentials, campaign.id, 'open');
  const nomination = await register(credentials, {
    campaignId: campaign.id,
    distinctionCode,
    submittingOrganizationId: schoolId,
    nomineePersonId: teacher.id,
  });
  await approved(credentials, nomination.id);
  await recognize(credentials, nomination.id, `${Math.floor(Math.random() * 900) + 100}/QĐ-TrTHCS`);
  return { teacher, campaign, nominationId: nomination.id };
}

export async function createExemplar(
  credentials: Credentials,
  nominationId: string,
  title: string,
  extra = {},
) {
  return (await ok(CREATE_EXEMPLAR, { i: { nominationId, title, ...extra } }, credentials)).createExemplar;
}

/** Retries `check` until it holds (the nominations events reach the exemplars within a second). */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  ms = 10_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}
