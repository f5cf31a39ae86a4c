import { foldVietnamese } from '@laurel/i18n';
import { graphql, ok, PLATFORM_ADMIN, testEnv, tokenFor } from '@laurel/testing';
import {
  asPlainReport,
  groupByReport,
  seedNational,
  type GatewayReport,
  type PlainReport,
  type SeedResult,
} from '@laurel/tools';
import { Client } from 'pg';

const TOTALS =
  'registered proposed underReview councilApproved councilRejected recognized escalated revoked collectives individuals';
const REPORT = `query($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {
  totals { ${TOTALS} } byDistinction { distinction { code } count }
  children { organization { id } totals { ${TOTALS} } } } }`;

const sum = (t: PlainReport['totals']) =>
  t.registered +
  t.proposed +
  t.underReview +
  t.councilApproved +
  t.councilRejected +
  t.recognized +
  t.escalated;

describe('seed:national: the reference dataset at a tiny scale, read through the gateway', () => {
  let seeded: SeedResult;
  let db: Client;
  let admin: { token: string };
  const one = async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0] as T;

  beforeAll(async () => {
    seeded = await seedNational({
      databaseUrl: testEnv('databaseUrl'),
      scale: 0.0005,
      votingSealingKey: testEnv('votingSealingKey'),
    });
    db = new Client({ connectionString: testEnv('databaseUrl') });
    await db.connect();
    admin = { token: await tokenFor(PLATFORM_ADMIN) };
  }, 60_000);

  afterAll(async () => {
    await db?.end();
  });

  it('loads every kind of row in the sizes it announces, and refuses to load them twice', async () => {
    const { plan } = seeded;
    const counts = await one<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM organizations.organization o, organizations.organization n
                WHERE n.id = $1 AND o.path <@ n.path) AS organizations,
              (SELECT count(*)::int FROM nominations.nomination WHERE created_by = 'seed:national') AS nominations,
              (SELECT count(*)::int FROM voting.ballot b JOIN voting.voting_session s ON s.id = b.session_id,
                      jsonb_object_keys(b.choices) WHERE s.created_by = 'seed:national') AS choices`,
      [seeded.nationId],
    );
    expect(counts).toEqual({
      organizations: 1 + plan.provinces + plan.districts + plan.institutions + plan.units,
      nominations: plan.nominations,
      choices: plan.ballotChoices,
    });
    expect(plan.toProvince).toBeGreaterThan(0);
    await expect(
      seedNational({ databaseUrl: testEnv('databaseUrl'), scale: 0.0005, votingSealingKey: 'x'.repeat(64) }),
    ).rejects.toThrow(/already holds the national dataset/);
  });

  it("the nation's orgReport over the national cascade is a GROUP BY over all its nominations", async () => {
    const { orgReport } = await ok<{ orgReport: GatewayReport }>(
      REPORT,
      { o: seeded.nationId, c: seeded.campaignId },
      admin,
    );
    const expected = await groupByReport(db, seeded.nationId, seeded.campaignId);
    expect(asPlainReport(orgReport)).toEqual(expected);
    const withdrawn = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM nominations.nomination WHERE created_by = 'seed:national' AND stage = 'WITHDRAWN'`,
    );
    // Everything not withdrawn is a collective or an individual: the whole dataset is in the cascade.
    expect(orgReport.totals.collectives + orgReport.totals.individuals + withdrawn.n).toBe(
      seeded.plan.nominations,
    );
    expect(orgReport.children).toHaveLength(seeded.plan.provinces);
  });

  it("a province's orgReport over its campaign's cascade is a GROUP BY over its subtree", async () => {
    const province = await one<{ id: string; campaign: string }>(
      `SELECT o.id, c.id AS campaign FROM organizations.organization o
         JOIN campaigns.campaign c ON c.organization_id = o.id
        WHERE o.code = 'VN-T001'`,
    );
    const { orgReport } = await ok<{ orgReport: GatewayReport }>(
      REPORT,
      { o: province.id, c: province.campaign },
      admin,
    );
    const expected = await groupByReport(db, province.id, province.campaign);
    expect(asPlainReport(orgReport)).toEqual(expected);
    // Its district offices' campaigns and the escalations into the province campaign are all there.
    expect(expected.totals.escalated + expected.totals.recognized).toBeGreaterThan(0);
    expect(sum(expected.totals)).toBeGreaterThan(seeded.plan.nominations / (2 * seeded.plan.provinces));
  });

  it("a viewer granted on a seeded province reads that province's report, not the nation's", async () => {
    const province = await one<{ id: string; campaign: string }>(
      `SELECT o.id, c.id AS campaign FROM organizations.organization o
         JOIN campaigns.campaign c ON c.organization_id = o.id
        WHERE o.code = 'VN-T002'`,
    );
    const viewer = `seed-viewer-${province.id.slice(0, 8)}`;
    await ok(
      `mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`,
      { i: { subject: viewer, organizationId: province.id, role: 'VIEWER' } },
      admin,
    );
    const as = { token: await tokenFor(viewer) };
    const own = await ok<{ orgReport: GatewayReport | null }>(
      REPORT,
      { o: province.id, c: province.campaign },
      as,
    );
    expect(asPlainReport(own.orgReport!)).toEqual(await groupByReport(db, province.id, province.campaign));
    const nation = await ok<{ orgReport: GatewayReport | null }>(
      REPORT,
      { o: seeded.nationId, c: seeded.campaignId },
      as,
    );
    expect(nation.orgReport).toBeNull();
  });

  it('a page of nominations reads with nominee, submitter, campaign, distinction and a history ending in its stage', async () => {
    const district = await one<{ campaign: string; n: number }>(
      `SELECT campaign_id AS campaign, count(*)::int AS n FROM nominations.nomination
        WHERE created_by = 'seed:national' GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    );
    const page = await ok<{
      nominations: {
        totalCount: number;
        edges: {
          node: {
            id: string;
            stage: string;
            nominee: { __typename: string; fullName?: string; name?: string };
            submittingOrganization: { id: string; name: string };
            campaign: { id: string; title: string };
            distinction: { code: string; nameVi: string };
            history: { from: string | null; to: string; at: string }[];
          };
        }[];
      };
    }>(
      `query($c: ID!) { nominations(campaignId: $c, first: 30) { totalCount edges { node { id stage
         nominee { __typename ... on Person { fullName } ... on Organization { name } }
         submittingOrganization { id name } campaign { id title } distinction { code nameVi }
         history { from to at } } } } }`,
      { c: district.campaign },
      admin,
    );
    expect(page.nominations.totalCount).toBe(district.n);
    expect(page.nominations.edges).toHaveLength(Math.min(30, district.n));
    const stored = new Map(
      (
        await db.query(
          `SELECT id, nominee_name, submitting_organization_id FROM nominations.nomination WHERE id = ANY($1::uuid[])`,
          [page.nominations.edges.map((e) => e.node.id)],
        )
      ).rows.map((r: { id: string; nominee_name: string; submitting_organization_id: string }) => [r.id, r]),
    );
    for (const { node } of page.nominations.edges) {
      const row = stored.get(node.id)!;
      expect(node.nominee.fullName ?? node.nominee.name).toBe(row.nominee_name);
      expect(node.submittingOrganization.id).toBe(row.submitting_organization_id);
      expect(node.campaign.id).toBe(district.campaign);
      expect(node.distinction.nameVi.length).toBeGreaterThan(0);
      expect(node.history[0]!.from).toBeNull();
      expect(node.history.at(-1)!.to).toBe(node.stage);
      const times = node.history.map((h) => Date.parse(h.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    }
  });

  it('names are NFC with the search keys the organizations service writes, and a school is found without diacritics', async () => {
    const orgs = (
      await db.query(
        `SELECT o.id, o.name, o.name_folded, o.kind, o.parent_id FROM organizations.organization o,
                organizations.organization n WHERE n.id = $1 AND o.path <@ n.path`,
        [seeded.nationId],
      )
    ).rows as { id: string; name: string; name_folded: string; kind: string; parent_id: string }[];
    for (const o of orgs) {
      expect(o.name).toBe(o.name.normalize('NFC'));
      expect(o.name_folded).toBe(foldVietnamese(o.name));
    }
    const people = (
      await db.query(
        `SELECT full_name, full_name_folded FROM organizations.person p JOIN organizations.organization n
            ON p.org_path <@ n.path WHERE n.id = $1`,
        [seeded.nationId],
      )
    ).rows as { full_name: string; full_name_folded: string }[];
    expect(people).toHaveLength(seeded.plan.people);
    for (const p of people) expect(p.full_name_folded).toBe(foldVietnamese(p.full_name));

    const school = orgs.find((o) => o.kind === 'INSTITUTION' && /[ơưăâêôđ]/i.test(o.name))!;
    const search = foldVietnamese(school.name);
    expect(search).not.toBe(school.name.toLowerCase());
    const found = await ok<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
      `query($s: String!, $w: ID!) { organizations(search: $s, withinId: $w, first: 100) { edges { node { id name } } } }`,
      { s: search, w: school.parent_id },
      admin,
    );
    expect(found.organizations.edges.map((e) => e.node)).toContainEqual({ id: school.id, name: school.name });
  });

  it('closed sessions hold shuffled ballots whose tally is the published result and the nominations’ stage', async () => {
    const session = await one<{ id: string }>(
      `SELECT id FROM voting.voting_session WHERE created_by = 'seed:national' AND status = 'CLOSED' ORDER BY id LIMIT 1`,
    );
    const read = await ok<{
      votingSession: {
        status: string;
        ballotsCast: number;
        eligibleVoters: number;
        results: {
          nomination: { id: string; stage: string };
          approve: number;
          reject: number;
          abstain: number;
          passed: boolean;
        }[];
      };
    }>(
      `query($id: ID!) { votingSession(id: $id) { status ballotsCast eligibleVoters
         results { nomination { id stage } approve reject abstain passed } } }`,
      { id: session.id },
      admin,
    );
    const s = read.votingSession;
    expect(s.status).toBe('CLOSED');
    expect(s.ballotsCast).toBe(seeded.plan.councilSize);
    expect(s.eligibleVoters).toBe(seeded.plan.councilSize);
    const tally = new Map(
      (
        await db.query(
          `SELECT c.key AS id, count(*) FILTER (WHERE c.value = '"APPROVE"')::int AS approve,
                  count(*) FILTER (WHERE c.value = '"REJECT"')::int AS reject,
                  count(*) FILTER (WHERE c.value = '"ABSTAIN"')::int AS abstain
             FROM voting.ballot b, jsonb_each(b.choices) AS c WHERE b.session_id = $1 GROUP BY c.key`,
          [session.id],
        )
      ).rows.map((r: { id: string; approve: number; reject: number; abstain: number }) => [r.id, r]),
    );
    expect(s.results.length).toBe(tally.size);
    for (const r of s.results) {
      const t = tally.get(r.nomination.id)!;
      expect({ approve: r.approve, reject: r.reject, abstain: r.abstain }).toEqual({
        approve: t.approve,
        reject: t.reject,
        abstain: t.abstain,
      });
      expect(r.passed).toBe(r.approve * 3 >= 2 * s.eligibleVoters);
      expect(['COUNCIL_APPROVED', 'RECOGNIZED', 'ESCALATED'].includes(r.nomination.stage)).toBe(r.passed);
    }
  });

  it('an open session takes a ballot from a council member given an account, and closes with it', async () => {
    const open = await one<{ id: string; council: string }>(
      `SELECT id, council_id AS council FROM voting.voting_session
        WHERE created_by = 'seed:national' AND status = 'OPEN' ORDER BY id LIMIT 1`,
    );
    const member = await one<{ code: string; full_name: string; gov: string | null; staff_code: string }>(
      `SELECT o.code, p.full_name, p.government_position AS gov, p.staff_code
         FROM voting.council_member m JOIN organizations.person p ON p.id = m.person_id
         JOIN organizations.organization o ON o.id = p.organization_id
        WHERE m.council_id = $1 AND m.role = 'MEMBER' ORDER BY p.id LIMIT 1`,
      [open.council],
    );
    // The school's usual way of giving staff their logins: its list again, with accounts.
    const account = `seed-member-${open.id.slice(0, 8)}`;
    const imported = await ok<{ importPeople: { updated: number; errors: unknown[] } }>(
      `mutation($c: String!) { importPeople(format: CSV, content: $c) { updated errors { row message } } }`,
      {
        c: `Mã đơn vị,Họ và tên,Chức vụ chính quyền,Tài khoản,Mã cán bộ\n${member.code},${member.full_name},${member.gov ?? ''},${account},${member.staff_code}\n`,
      },
      admin,
    );
    expect(imported.importPeople).toEqual({ updated: 1, errors: [] });
    const slate = (
      await db.query(`SELECT nomination_id AS id FROM voting.session_nomination WHERE session_id = $1`, [
        open.id,
      ])
    ).rows as { id: string }[];
    const cast = await graphql<{ castBallot: { receiptCode: string } }>(
      `
        mutation ($s: ID!, $c: [BallotChoiceInput!]!) {
          castBallot(sessionId: $s, choices: $c) {
            receiptCode
          }
        }
      `,
      { s: open.id, c: slate.map((n) => ({ nominationId: n.id, choice: 'APPROVE' })) },
      { token: await tokenFor(account) },
    );
    expect(cast.errors).toBeUndefined();
    const closed = await ok<{
      closeVotingSession: { status: string; ballotsCast: number; results: { approve: number }[] };
    }>(
      `mutation($id: ID!) { closeVotingSession(id: $id) { status ballotsCast results { approve } } }`,
      { id: open.id },
      admin,
    );
    expect(closed.closeVotingSession.status).toBe('CLOSED');
    expect(closed.closeVotingSession.ballotsCast).toBe(1);
    expect(closed.closeVotingSession.results.map((r) => r.approve)).toEqual(slate.map(() => 1));
  });
});
