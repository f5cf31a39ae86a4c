import { ANONYMOUS, signInternalRequest } from '@laurel/auth';
import { graphql, ok, testEnv, uniqueCode, type Operation } from '@laurel/testing';
import { createCampaign, transition, vnTime, Y } from './campaign-flows';
import { admin, as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { councilDecides } from './nomination-flows';
import { gql } from '../gql';

/** A small deterministic PRNG (mulberry32), so that a failing sequence can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function reporting(
  route: string,
): Promise<{ nominations: number; differences: unknown[]; subtreeDifferences?: string[] }> {
  const url = (JSON.parse(testEnv('subgraphUrls')) as Record<string, string>).reporting!.replace(
    '/graphql',
    `/internal/${route}`,
  );
  const body = '{}';
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signInternalRequest(ANONYMOUS, testEnv('internalSecret'), body),
    },
    body,
  });
  return (await res.json()) as { nominations: number; differences: unknown[] };
}

describe('rollups: incremental and rebuilt figures agree after a random sequence', () => {
  it('registrations, transitions, escalations, moves and merges', async () => {
    const seed = Number(process.env.ROLLUP_SEED ?? Date.now() % 100_000);
    const random = prng(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    console.log(`rollups property test seed: ${seed} (ROLLUP_SEED=${seed} replays it)`);

    const world = await provinceWithSchools('Ngẫu nhiên');
    const school3 = await createOrg('INSTITUTION', 'Trường thứ ba', world.district.id);
    const adminName = `province-admin-${uniqueCode('u')}`;
    await grant(adminName, world.province.id, 'ORG_ADMIN');
    const who = await as(adminName);
    const province = (await createCampaign(who, world.province.id, { title: 'Tỉnh' })).id;
    await transition(who, province, 'open');
    const district = (
      await createCampaign(who, world.district.id, {
        title: 'Huyện',
        parentId: province,
        escalationDeadline: vnTime(`${Y}-12-10`),
      })
    ).id;
    await transition(who, district, 'open');
    const schools = [world.school1, world.school2, school3];
    const schoolCampaigns = new Map<string, string>();
    for (const school of schools) {
      const c = (
        await createCampaign(who, school.id, {
          title: `Trường ${school.name}`,
          parentId: district,
          proposalDeadline: vnTime(`${Y}-11-15`),
          escalationDeadline: vnTime(`${Y}-12-01`),
        })
      ).id;
      await transition(who, c, 'open');
      schoolCampaigns.set(school.id, c);
    }
    const people = new Map<string, { id: string }[]>();
    for (const school of schools)
      people.set(
        school.id,
        await Promise.all(
          Array.from({ length: 6 }, (_, i) => createPerson(school.id, `Người ${i} ${school.name}`)),
        ),
      );

    const live: { id: string; school: string; stage: string }[] = [];
    const mutate = <T>(query: Operation<T>, id: string, extra: Record<string, unknown> = {}) =>
      graphql(query, { id, ...extra }, who);
    for (let step = 0; step < 60; step++) {
      const roll = random();
      if (roll < 0.35 || live.length === 0) {
        const school = pick(schools);
        const person = pick(people.get(school.id)!);
        const campaign = random() < 0.7 ? schoolCampaigns.get(school.id)! : district;
        const res = await graphql(
          gql(`
            mutation RollupsPropertyRegisterNomination ($i: RegisterNominationInput!) {
              registerNomination(input: $i) {
                id
                stage
              }
            }
          `),
          {
            i: {
              campaignId: campaign,
              submittingOrganizationId: school.id,
              distinctionCode: pick(['DIEN_HINH_TIEN_TIEN_CA_NHAN', 'LAO_DONG_TIEN_TIEN', 'GIAY_KHEN']),
              nomineePersonId: person.id,
            },
          },
          who,
        );
        if (!res.errors)
          live.push({ id: res.data!.registerNomination.id, school: school.id, stage: 'REGISTERED' });
        continue;
      }
      const n = pick(live);
      const current = (
        await ok<{ nomination: { stage: string } }>(
          `query($id: ID!) { nomination(id: $id) { stage } }`,
          { id: n.id },
          who,
        )
      ).nomination.stage;
      if (current === 'REGISTERED' || current === 'RETURNED') {
        if (random() < 0.2)
          await mutate(`mutation($id: ID!) { withdrawNomination(id: $id) { stage } }`, n.id);
        else
          await mutate(
            `mutation($id: ID!) { proposeNomination(id: $id, dossier: { summary: "x" }) { stage } }`,
            n.id,
          );
      } else if (current === 'PROPOSED') {
        if (random() < 0.2)
          await mutate(`mutation($id: ID!) { returnNomination(id: $id, reason: "bổ sung") { stage } }`, n.id);
        else await councilDecides([n.id], 'UNDER_REVIEW');
      } else if (current === 'UNDER_REVIEW') {
        await councilDecides([n.id], random() < 0.7 ? 'COUNCIL_APPROVED' : 'COUNCIL_REJECTED');
      } else if (current === 'COUNCIL_APPROVED') {
        await mutate(
          `mutation($id: ID!, $at: DateTime!) { recognizeNomination(id: $id, decisionNumber: "1/QĐ", decidedAt: $at) { stage } }`,
          n.id,
          { at: new Date().toISOString() },
        );
      } else if (current === 'RECOGNIZED') {
        const res = await mutate(
          gql(
            `mutation RollupsPropertyEscalate($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id stage } }`,
          ),
          n.id,
          { to: district },
        );
        if (!res.errors)
          live.push({ id: res.data!.escalateNomination.id, school: n.school, stage: 'PROPOSED' });
      }
      if (step === 30) {
        // The tree changes under the figures: a unit moves to another school, and school 3 is
        // merged into school 2 (both effective now).
        await ok(
          `mutation($id: ID!, $p: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $p, effectiveFrom: $at) { id } }`,
          { id: world.unit1.id, p: world.school2.id, at: new Date().toISOString() },
          await admin(),
        );
        // A school that submitted nominations moves to another district: every subtree total
        // above it must follow.
        const district2 = await createOrg('DISTRICT', 'Huyện thứ hai', world.province.id);
        await ok(
          `mutation($id: ID!, $p: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $p, effectiveFrom: $at) { id } }`,
          { id: world.school1.id, p: district2.id, at: new Date().toISOString() },
          await admin(),
        );
        await ok(
          `mutation($s: [ID!]!, $t: ID!, $at: DateTime!) { mergeOrganizations(sourceIds: $s, targetId: $t, effectiveFrom: $at) { id } }`,
          { s: [school3.id], t: world.school2.id, at: new Date().toISOString() },
          await admin(),
        );
      }
    }

    // Other suites run beside this one: only this world's counters are judged (theirs may be
    // mid-flight when the figures are compared).
    const ours = (differences: unknown[]) =>
      (differences as { key: string }[]).filter((d) => schools.some((school) => d.key.startsWith(school.id)));
    // Effective-dated changes are applied by the organizations scheduler, then replicated.
    await new Promise((r) => setTimeout(r, 1_500));
    const verified = await reporting('rollups/verify');
    expect(verified.nominations).toBeGreaterThan(10);
    expect(ours(verified.differences)).toEqual([]);
    // The folded subtree totals agree with the counters they summarize (after the move and merge).
    expect(verified.subtreeDifferences).toEqual([]);

    // The province's report over its cascade counts every nomination that is not withdrawn.
    const report = await ok<{ orgReport: { totals: { collectives: number; individuals: number } } }>(
      `query($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) { totals { collectives individuals } } }`,
      { o: world.province.id, c: province },
      who,
    );
    const all = await ok<{ nominations: { edges: { node: { stage: string } }[] } }>(
      `query($c: ID!) { nominations(campaignId: $c, cascade: true, first: 100) { edges { node { stage } } } }`,
      { c: province },
      who,
    );
    const notWithdrawn = all.nominations.edges.filter((e) => e.node.stage !== 'WITHDRAWN').length;
    expect(report.orgReport.totals.individuals + report.orgReport.totals.collectives).toBe(notWithdrawn);

    // Rebuilding from scratch changes nothing, and the figures still agree afterwards.
    const rebuilt = await reporting('rollups/rebuild');
    expect((await reporting('rollups/verify')).subtreeDifferences).toEqual([]);
    expect(ours(rebuilt.differences)).toEqual([]);
    expect(ours((await reporting('rollups/verify')).differences)).toEqual([]);
  });
});
