import { ok } from '@laurel/testing';
import { gql } from '../gql';

// A fragment (not an interpolated string) so that codegen types the documents that spread it.
export const CAMPAIGN_FIELDS = gql(`fragment CampaignFields on Campaign {
  id title year endYear kind calendar status periodLabel periodStart periodEnd
  registrationDeadline proposalDeadline escalationDeadline timeZone
  organization { id name } parent { id } children { id title }
  deadlines { stage at local passed }
  criteria { id target text evaluator { id name } }
  distinctions { code }
  quotas { organization { id } group { id } min max }
  reviews { kind title dueAt }
  history { from to by } }`);

export const CREATE_CAMPAIGN = gql(
  `mutation FlowsCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }`,
);
export const CAMPAIGN = gql(`query FlowsCampaign($id: ID!) { campaign(id: $id) { ...CampaignFields } }`);

/** 17:00 on a day in Vietnam (UTC+7, no daylight saving) as an instant. */
export function vnTime(date: string, time = '17:00'): string {
  return new Date(`${date}T${time}:00+07:00`).toISOString();
}

/** Next year: deadlines that have not passed, whatever day the tests run. */
export const Y = new Date().getUTCFullYear() + 1;

export function campaignInput(organizationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organizationId,
    title: 'Phong trào thi đua "Dạy tốt – Học tốt"',
    year: Y,
    kind: 'ANNUAL',
    registrationDeadline: vnTime(`${Y}-03-23`),
    proposalDeadline: vnTime(`${Y}-11-30`),
    escalationDeadline: vnTime(`${Y}-12-20`),
    distinctionCodes: [],
    ...overrides,
  };
}

export async function createCampaign(
  credentials: { token: string },
  organizationId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; status: string }> {
  const data = await ok(CREATE_CAMPAIGN, { input: campaignInput(organizationId, overrides) }, credentials);
  return data.createCampaign;
}

export async function transition(
  credentials: { token: string },
  id: string,
  move: 'open' | 'close' | 'archive',
) {
  const field = `${move}Campaign`;
  const data = await ok<Record<string, { status: string }>>(
    `mutation($id: ID!) { ${field}(id: $id) { id status } }`,
    { id },
    credentials,
  );
  return data[field]!;
}
