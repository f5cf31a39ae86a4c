import { codes, graphql, ok, uniqueCode, type Operation } from '@laurel/testing';
import { randomUUID } from 'node:crypto';
import { createCampaign, transition, vnTime, Y } from './campaign-flows';
import { as, createPerson, grant, provinceWithSchools } from './flows';
import {
  approved,
  councilDecides,
  NOMINATION,
  propose,
  recognize,
  register,
  REGISTER,
} from './nomination-flows';
import { gql } from '../gql';

describe('nominations through the gateway: register → propose → council → recognize → escalate', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const s = (name: string) => `${name}-${uniqueCode('u')}`;
  const provinceAdmin = s('province-admin');
  const districtAdmin = s('district-admin');
  const schoolAdmin = s('school-admin');
  const unitLead = s('unit-lead');
  let principal: { id: string };
  let teacher: { id: string };
  let colleague: { id: string };
  let province: { id: string };
  let district: { id: string };
  let school: { id: string };
  let criterionId: string;

  beforeAll(async () => {
    world = await provinceWithSchools('Đề nghị');
    await grant(provinceAdmin, world.province.id, 'ORG_ADMIN');
    await grant(districtAdmin, world.district.id, 'ORG_ADMIN');
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    await grant(unitLead, world.school1.id, 'UNIT_LEAD');
    principal = await createPerson(world.school1.id, 'Lê Thị Hoa', {
      governmentPosition: 'Hiệu trưởng',
      partyPosition: 'Bí thư chi bộ',
      leadsId: world.school1.id,
    });
    teacher = await createPerson(world.unit1.id, 'Nguyễn Văn An', { governmentPosition: 'Giáo viên' });
    colleague = await createPerson(world.unit1.id, 'Trần Minh Đức');

    province = await createCampaign(await as(provinceAdmin), world.province.id, { title: 'Tỉnh' });
    await transition(await as(provinceAdmin), province.id, 'open');
    district = await createCampaign(await as(districtAdmin), world.district.id, {
      title: 'Huyện',
      parentId: province.id,
      escalationDeadline: vnTime(`${Y}-12-10`),
    });
    await transition(await as(districtAdmin), district.id, 'open');
    const created = await ok<{ createCampaign: { id: string; criteria: { id: string }[] } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id criteria { id } } }`,
      {
        input: {
          organizationId: world.school1.id,
          title: 'Trường',
          year: Y,
          kind: 'ANNUAL',
          parentId: district.id,
          registrationDeadline: vnTime(`${Y}-03-23`),
          proposalDeadline: vnTime(`${Y}-11-15`),
          escalationDeadline: vnTime(`${Y}-12-01`),
          distinctionCodes: [],
          criteria: [{ target: 'INDIVIDUAL', text: 'Có sáng kiến được công nhận' }],
        },
      },
      await as(schoolAdmin),
    );
    school = { id: created.createCampaign.id };
    criterionId = created.createCampaign.criteria[0]!.id;
    await transition(await as(schoolAdmin), school.id, 'open');
  });

  it('walks the whole pipeline, records every transition and the distinction, and escalates', async () => {
    const n = await register(await as(unitLead), {
      campaignId: school.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: teacher.id,
    });
    expect(n.stage).toBe('REGISTERED');

    const proposed = await ok(
      gql(
        `mutation NominationsProposeNomination($id: ID!, $d: DossierInput!) { proposeNomination(id: $id, dossier: $d) { stage dossier { summary evidence { criterionId text } attachments { name size } } } }`,
      ),
      {
        id: n.id,
        d: {
          summary: 'Giáo viên dạy giỏi cấp tỉnh',
          evidence: [{ criterionId, text: 'Sáng kiến "Dạy học theo dự án" được công nhận' }],
          attachments: [{ name: 'bao-cao-thanh-tich.pdf', size: 120_000, contentType: 'application/pdf' }],
        },
      },
      await as(unitLead),
    );
    expect(proposed.proposeNomination).toEqual({
      stage: 'PROPOSED',
      dossier: {
        summary: 'Giáo viên dạy giỏi cấp tỉnh',
        evidence: [{ criterionId, text: 'Sáng kiến "Dạy học theo dự án" được công nhận' }],
        attachments: [{ name: 'bao-cao-thanh-tich.pdf', size: 120_000 }],
      },
    });

    // The council stages come from voting, at least once: a repeated event changes nothing.
    const eventId = randomUUID();
    expect(await councilDecides([n.id], 'UNDER_REVIEW', eventId)).toEqual({ applied: 1, skipped: 0 });
    expect(await councilDecides([n.id], 'UNDER_REVIEW', eventId)).toEqual({ applied: 0, skipped: 1 });
    await councilDecides([n.id], 'COUNCIL_APPROVED');
    expect((await recognize(await as(schoolAdmin), n.id, '27/QĐ-THCS')).recognizeNomination.stage).toBe(
      'RECOGNIZED',
    );

    const escalated = await ok(
      gql(
        `mutation NominationsEscalateNomination3($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id stage campaign { id } submittingOrganization { id } escalatedFrom { id stage } } }`,
      ),
      { id: n.id, to: district.id },
      await as(schoolAdmin),
    );
    expect(escalated.escalateNomination).toMatchObject({
      stage: 'PROPOSED',
      campaign: { id: district.id },
      submittingOrganization: { id: world.school1.id },
      escalatedFrom: { id: n.id, stage: 'ESCALATED' },
    });

    const read = await ok(NOMINATION, { id: n.id }, await as(schoolAdmin));
    expect(read.nomination).toMatchObject({
      stage: 'ESCALATED',
      decisionNumber: '27/QĐ-THCS',
      nominee: { __typename: 'Person', id: teacher.id, fullName: 'Nguyễn Văn An' },
      distinction: { code: 'DIEN_HINH_TIEN_TIEN_CA_NHAN', nameVi: 'Cá nhân điển hình tiên tiến' },
      campaign: { id: school.id, title: 'Trường' },
      submittingOrganization: { id: world.school1.id },
      escalatedTo: { id: escalated.escalateNomination.id, stage: 'PROPOSED' },
    });
    expect(read.nomination!.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'REGISTERED'],
      ['REGISTERED', 'PROPOSED'],
      ['PROPOSED', 'UNDER_REVIEW'],
      ['UNDER_REVIEW', 'COUNCIL_APPROVED'],
      ['COUNCIL_APPROVED', 'RECOGNIZED'],
      ['RECOGNIZED', 'ESCALATED'],
    ]);
    expect(read.nomination!.history[0].by).toBe(unitLead);

    const person = await ok(
      gql(
        `query NominationsPerson($id: ID!) { person(id: $id) { fullName distinctions { year source decisionNumber distinction { code } nomination { id } } } }`,
      ),
      { id: teacher.id },
      await as(schoolAdmin),
    );
    expect(person.person!.distinctions).toEqual([
      {
        year: Y,
        source: 'PLATFORM',
        decisionNumber: '27/QĐ-THCS',
        distinction: { code: 'DIEN_HINH_TIEN_TIEN_CA_NHAN' },
        nomination: { id: n.id },
      },
    ]);
  });

  it('refuses the moves the stage machine does not allow', async () => {
    const n = await register(await as(unitLead), {
      campaignId: school.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: colleague.id,
    });
    const move = (query: Operation<unknown>, vars: Record<string, unknown>, who = schoolAdmin) =>
      as(who).then((c) => graphql(query, { id: n.id, ...vars }, c));
    const RECOGNIZE = `mutation($id: ID!) { recognizeNomination(id: $id, decisionNumber: "1", decidedAt: "${new Date().toISOString()}") { stage } }`;
    const ESCALATE = gql(
      `mutation NominationsEscalateNomination($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { stage } }`,
    );
    expect(codes(await move(RECOGNIZE, {}))).toEqual(['INVALID_TRANSITION']);
    expect(codes(await move(ESCALATE, { to: district.id }))).toEqual(['INVALID_TRANSITION']);
    expect(
      codes(
        await move(
          `mutation($id: ID!) { returnNomination(id: $id, reason: "Bổ sung minh chứng") { stage } }`,
          {},
        ),
      ),
    ).toEqual(['INVALID_TRANSITION']);
    // Council stages only through voting: the internal route refuses what does not follow.
    expect(await councilDecides([n.id], 'COUNCIL_APPROVED')).toEqual({ applied: 0, skipped: 1 });

    await propose(await as(unitLead), n.id);
    const returned = await ok(
      gql(
        `mutation NominationsReturnNomination($id: ID!) { returnNomination(id: $id, reason: "Bổ sung minh chứng") { stage history { to reason } } }`,
      ),
      { id: n.id },
      await as(schoolAdmin),
    );
    expect(returned.returnNomination.stage).toBe('RETURNED');
    expect(returned.returnNomination.history.at(-1)).toEqual({
      to: 'RETURNED',
      reason: 'Bổ sung minh chứng',
    });
    // A unit lead submits but does not decide.
    expect(
      codes(
        await move(`mutation($id: ID!) { returnNomination(id: $id, reason: "x") { stage } }`, {}, unitLead),
      ),
    ).toEqual(['FORBIDDEN']);
    await propose(await as(unitLead), n.id, 'Đã bổ sung');
    const withdrawn = await ok<{ withdrawNomination: { stage: string } }>(
      `mutation($id: ID!) { withdrawNomination(id: $id) { stage } }`,
      { id: n.id },
      await as(unitLead),
    );
    expect(withdrawn.withdrawNomination.stage).toBe('WITHDRAWN');
    expect(codes(await move(`mutation($id: ID!) { withdrawNomination(id: $id) { stage } }`, {}))).toEqual([
      'INVALID_TRANSITION',
    ]);
  });

  it('a leader is recognized only once the collective he or she heads is (LEADER_REQUIRES_COLLECTIVE)', async () => {
    const leader = await register(await as(schoolAdmin), {
      campaignId: school.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: principal.id,
    });
    await approved(await as(schoolAdmin), leader.id);
    const refused = await graphql(
      `mutation($id: ID!) { recognizeNomination(id: $id, decisionNumber: "30/QĐ", decidedAt: "${new Date().toISOString()}") { stage } }`,
      { id: leader.id },
      await as(schoolAdmin),
    );
    expect(codes(refused)).toEqual(['NOT_ELIGIBLE']);
    expect(refused.errors?.[0]?.extensions?.reason).toBe('LEADER_REQUIRES_COLLECTIVE');

    const collective = await register(await as(schoolAdmin), {
      campaignId: school.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_TAP_THE',
      submittingOrganizationId: world.school1.id,
      nomineeOrganizationId: world.school1.id,
    });
    await approved(await as(schoolAdmin), collective.id);
    await recognize(await as(schoolAdmin), collective.id, '31/QĐ');
    expect((await recognize(await as(schoolAdmin), leader.id, '32/QĐ')).recognizeNomination.stage).toBe(
      'RECOGNIZED',
    );
  });

  it('refuses a duplicate, but not after the first was withdrawn', async () => {
    const input = {
      campaignId: school.id,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: teacher.id,
    };
    const first = await register(await as(unitLead), input);
    const again = await graphql(REGISTER, { input }, await as(schoolAdmin));
    expect(codes(again)).toEqual(['DUPLICATE_NOMINATION']);
    await ok(
      `mutation($id: ID!) { withdrawNomination(id: $id) { stage } }`,
      { id: first.id },
      await as(unitLead),
    );
    expect((await register(await as(unitLead), input)).stage).toBe('REGISTERED');
  });

  it('is idempotent: same key and input → the first nomination; other input → CONFLICT', async () => {
    const key = uniqueCode('key');
    const input = {
      campaignId: school.id,
      distinctionCode: 'GIAY_KHEN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: colleague.id,
      idempotencyKey: key,
    };
    const credentials = await as(unitLead);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => graphql(REGISTER, { input }, credentials)),
    );
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    expect(new Set(results.map((r) => r.data!.registerNomination.id)).size).toBe(1);
    const other = await graphql(
      REGISTER,
      { input: { ...input, distinctionCode: 'LAO_DONG_TIEN_TIEN' } },
      credentials,
    );
    expect(codes(other)).toEqual(['CONFLICT']);
  });

  it('refuses after the deadline, by the server clock', async () => {
    const past = await createCampaign(await as(schoolAdmin), world.school1.id, {
      title: 'Đã hết hạn',
      year: Y - 2,
      registrationDeadline: vnTime(`${Y - 2}-03-23`),
      proposalDeadline: vnTime(`${Y - 2}-11-30`),
      escalationDeadline: null,
    });
    await transition(await as(schoolAdmin), past.id, 'open');
    const late = await graphql(
      REGISTER,
      {
        input: {
          campaignId: past.id,
          distinctionCode: 'LAO_DONG_TIEN_TIEN',
          submittingOrganizationId: world.school1.id,
          nomineePersonId: teacher.id,
        },
      },
      await as(unitLead),
    );
    expect(codes(late)).toEqual(['DEADLINE_PASSED']);
  });

  it('escalates only upward in the cascade, and only what was recognized', async () => {
    const n = await register(await as(schoolAdmin), {
      campaignId: school.id,
      distinctionCode: 'MO_HINH_TIEU_BIEU',
      submittingOrganizationId: world.school1.id,
      nomineeOrganizationId: world.unit1.id,
    });
    await approved(await as(schoolAdmin), n.id);
    await recognize(await as(schoolAdmin), n.id, '40/QĐ');
    const ESCALATE = gql(
      `mutation NominationsEscalateNomination2($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id campaign { id } } }`,
    );
    // Its own campaign and an unrelated one are not above it.
    const unrelated = await createCampaign(await as(schoolAdmin), world.school1.id, { title: 'Khác' });
    for (const to of [school.id, unrelated.id])
      expect(codes(await graphql(ESCALATE, { id: n.id, to }, await as(schoolAdmin)))).toEqual([
        'BAD_USER_INPUT',
      ]);
    // Straight to the province (an ancestor of the school's campaign) is allowed.
    const up = await ok<{ escalateNomination: { campaign: { id: string } } }>(
      ESCALATE,
      { id: n.id, to: province.id },
      await as(schoolAdmin),
    );
    expect(up.escalateNomination.campaign.id).toBe(province.id);
    // Once escalated, never again.
    expect(codes(await graphql(ESCALATE, { id: n.id, to: district.id }, await as(schoolAdmin)))).toEqual([
      'INVALID_TRANSITION',
    ]);
  });

  it('lists with filters, nominee names without diacritics, and through Organization.nominations', async () => {
    const list = await ok(
      gql(
        `query NominationsNominations($c: ID!, $q: String) { nominations(campaignId: $c, search: $q, first: 50) { totalCount edges { node { nomineeName stage nominee { ... on Person { fullName } } submittingOrganization { name } } } } }`,
      ),
      { c: school.id, q: 'nguyen van an' },
      await as(schoolAdmin),
    );
    expect(list.nominations.totalCount).toBeGreaterThan(0);
    expect(list.nominations.edges.every((e) => e.node.nomineeName === 'Nguyễn Văn An')).toBe(true);
    expect(list.nominations.edges[0].node.nominee.fullName).toBe('Nguyễn Văn An');

    const byStage = await ok(
      gql(
        `query NominationsOrganization($id: ID!) { organization(id: $id) { nominations(stage: RECOGNIZED, first: 50) { totalCount edges { node { stage } } } } }`,
      ),
      { id: world.district.id },
      await as(districtAdmin),
    );
    expect(byStage.organization!.nominations.totalCount).toBeGreaterThan(0);
    expect(byStage.organization!.nominations.edges.every((e) => e.node.stage === 'RECOGNIZED')).toBe(true);

    // Relay paging is stable: two pages of one are the first two of one page of two.
    const both = await ok(
      gql(
        `query NominationsNominations2($c: ID!) { nominations(campaignId: $c, first: 2) { edges { node { id } } } }`,
      ),
      { c: school.id },
      await as(schoolAdmin),
    );
    const p1 = await ok(
      gql(
        `query NominationsNominations3($c: ID!) { nominations(campaignId: $c, first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      ),
      { c: school.id },
      await as(schoolAdmin),
    );
    const p2 = await ok(
      gql(
        `query NominationsNominations4($c: ID!, $a: String) { nominations(campaignId: $c, first: 1, after: $a) { edges { node { id } } } }`,
      ),
      { c: school.id, a: p1.nominations.pageInfo.endCursor },
      await as(schoolAdmin),
    );
    expect([p1.nominations.edges[0].node.id, p2.nominations.edges[0].node.id]).toEqual(
      both.nominations.edges.map((e) => e.node.id),
    );
  });
});

describe('quotas hold under concurrent registrations', () => {
  it('ten simultaneous registrations against a maximum of three accept exactly three', async () => {
    const world = await provinceWithSchools('Hạn mức');
    const districtAdmin = `district-admin-${uniqueCode('u')}`;
    const schoolAdmin = `school-admin-${uniqueCode('u')}`;
    await grant(districtAdmin, world.district.id, 'ORG_ADMIN');
    await grant(schoolAdmin, world.school2.id, 'ORG_ADMIN');
    const campaign = await createCampaign(await as(districtAdmin), world.district.id, {
      title: 'Có hạn mức',
      quotas: [{ organizationId: world.school2.id, min: 1, max: 3 }],
    });
    await transition(await as(districtAdmin), campaign.id, 'open');
    const people = await Promise.all(
      Array.from({ length: 10 }, (_, i) => createPerson(world.school2.id, `Giáo viên số ${i + 1}`)),
    );
    const credentials = await as(schoolAdmin);
    const results = await Promise.all(
      people.map((p) =>
        graphql(
          REGISTER,
          {
            input: {
              campaignId: campaign.id,
              distinctionCode: 'LAO_DONG_TIEN_TIEN',
              submittingOrganizationId: world.school2.id,
              nomineePersonId: p.id,
            },
          },
          credentials,
        ),
      ),
    );
    const accepted = results.filter((r) => !r.errors);
    expect(accepted).toHaveLength(3);
    expect(results.filter((r) => r.errors).map((r) => codes(r)[0])).toEqual(Array(7).fill('QUOTA_EXCEEDED'));
    const count = await ok<{ nominations: { totalCount: number } }>(
      `query($c: ID!) { nominations(campaignId: $c) { totalCount } }`,
      { c: campaign.id },
      await as(districtAdmin),
    );
    expect(count.nominations.totalCount).toBe(3);
  });
});
