/**
 * The world the classic sections measure in: a province and a school, people with accounts, an
 * open campaign with nominations (the first COUNCILS + 1 proposed), and helpers that make a
 * council of chosen people and open a voting session over one nomination.
 */
import { importFile, ok, PLATFORM_ADMIN, tokenFor } from '@laurel/testing';
import { gql } from '../gql';
import type { BenchPeoplePageQuery } from '../gql/graphql';
import { pool } from './measure';

export interface BenchSizes {
  councils: number;
  members: number;
  nominations: number;
}

export interface BenchWorld {
  admin: { token: string };
  school: string;
  campaign: string;
  nominationIds: string[];
  /** The person with account `bench-<i>`. */
  person(i: number): string;
  council(members: number[]): Promise<string>;
  /** A session over one nomination, opened. */
  session(councilId: string, nominationId: string): Promise<string>;
}

const Y = new Date().getUTCFullYear() + 1;
const at = (d: string) => new Date(`${d}T17:00:00+07:00`).toISOString();

export async function seedBenchWorld({
  councils: COUNCILS,
  members: MEMBERS,
  nominations: NOMINATIONS,
}: BenchSizes): Promise<BenchWorld> {
  const admin = { token: await tokenFor(PLATFORM_ADMIN) };
  // ---- seed: a province, a school, people with accounts, a campaign, nominations
  const org = async (kind: string, name: string, parentId: string | null) =>
    (
      await ok<{ createOrganization: { id: string } }>(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { code: `${kind}-${Math.random().toString(36).slice(2, 10)}`, name, kind, parentId } },
        admin,
      )
    ).createOrganization.id;
  const province = await org('PROVINCE', 'Tỉnh Đo đạc', null);
  const school = await org('INSTITUTION', 'Trường Đo đạc', province);
  const schoolCode = (
    await ok<{ organization: { code: string } }>(
      `query($id: ID!) { organization(id: $id) { code } }`,
      { id: school },
      admin,
    )
  ).organization.code;
  const people = COUNCILS * MEMBERS + 10 + NOMINATIONS;
  const csv = ['organization,fullName,account'];
  for (let i = 0; i < people; i++) csv.push(`${schoolCode},Cán bộ số ${i + 1},bench-${i}`);
  // A file, not a GraphQL variable: with larger BENCH_* sizes the list passes the 100 KB cap on /graphql.
  const imported = await importFile<{ importPeople: { created: number } }>('people', csv.join('\n'), admin);
  if (!imported.data?.importPeople)
    throw new Error(`importing people failed (${imported.status}): ${JSON.stringify(imported.errors)}`);
  console.log(`[bench] seeded ${imported.data.importPeople.created} people`);
  const ids = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    // Annotated: `after` (read in the loop) makes the inference circular.
    const page: BenchPeoplePageQuery = await ok(
      gql(
        `query BenchPeoplePage($id: ID!, $a: String) { organization(id: $id) { people(first: 100, after: $a) { edges { node { id account } } pageInfo { hasNextPage endCursor } } } }`,
      ),
      { id: school, a: after },
      admin,
    );
    for (const e of page.organization!.people.edges) ids.set(e.node.account!, e.node.id);
    if (!page.organization!.people.pageInfo.hasNextPage) break;
    after = page.organization!.people.pageInfo.endCursor;
  }
  const person = (i: number) => ids.get(`bench-${i}`) as string;

  const campaign = (
    await ok<{ createCampaign: { id: string } }>(
      `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`,
      {
        i: {
          organizationId: school,
          title: 'Đo đạc',
          year: Y,
          kind: 'ANNUAL',
          registrationDeadline: at(`${Y}-03-23`),
          proposalDeadline: at(`${Y}-11-30`),
          distinctionCodes: [],
        },
      },
      admin,
    )
  ).createCampaign.id;
  await ok(`mutation($id: ID!) { openCampaign(id: $id) { id } }`, { id: campaign }, admin);
  const nominationIds: string[] = [];
  const firstNominee = COUNCILS * MEMBERS + 10;
  await pool(
    Array.from({ length: NOMINATIONS }, (_, i) => i),
    8,
    async (i) => {
      const n = await ok<{ registerNomination: { id: string } }>(
        `mutation($i: RegisterNominationInput!) { registerNomination(input: $i) { id } }`,
        {
          i: {
            campaignId: campaign,
            distinctionCode: 'LAO_DONG_TIEN_TIEN',
            submittingOrganizationId: school,
            nomineePersonId: person(firstNominee + i),
          },
        },
        admin,
      );
      nominationIds[i] = n.registerNomination.id;
    },
  );
  for (const id of nominationIds.slice(0, COUNCILS + 1))
    await ok(
      `mutation($id: ID!) { proposeNomination(id: $id, dossier: { summary: "Thành tích" }) { id } }`,
      { id },
      admin,
    );

  const council = async (members: number[]) =>
    (
      await ok<{ createCouncil: { id: string } }>(
        `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }`,
        {
          i: {
            organizationId: school,
            name: 'Hội đồng',
            kind: 'EMULATION',
            members: members.map((m) => ({ personId: person(m), role: 'MEMBER' })),
          },
        },
        admin,
      )
    ).createCouncil.id;
  const session = async (councilId: string, nominationId: string) => {
    const s = await ok<{ createVotingSession: { id: string } }>(
      `mutation($i: CreateVotingSessionInput!) { createVotingSession(input: $i) { id } }`,
      {
        i: {
          councilId,
          title: 'Phiên',
          nominationIds: [nominationId],
          threshold: { numerator: 2, denominator: 3 },
          base: 'TOTAL_MEMBERS',
          quorum: { numerator: 1, denominator: 2 },
        },
      },
      admin,
    );
    await ok(
      `mutation($id: ID!) { openVotingSession(id: $id) { id } }`,
      { id: s.createVotingSession.id },
      admin,
    );
    return s.createVotingSession.id;
  };

  return { admin, school, campaign, nominationIds, person, council, session };
}
