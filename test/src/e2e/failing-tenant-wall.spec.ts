import { codes, collect, graphql, ok, uniqueCode, wsClient, type Credentials } from '@laurel/testing';
import type { GraphQLResponse } from '@laurel/testing';
import { randomUUID } from 'node:crypto';
import { createCampaign, transition } from './campaign-flows';
import { admin, as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { approved, propose, recognize, register } from './nomination-flows';
import { CAST, councilWorld, createSession, waitForStage } from './voting-flows';

/**
 * Issue 23: the tenant wall tried by a hostile tenant. Each case was reproduced against the main
 * of the day (leaks, an existence oracle, refusals that contradict docs/API.md §2) before its fix.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What a caller learns from an answer: status, data, codes and messages (ids blanked). */
function seen(res: GraphQLResponse<unknown>) {
  return JSON.parse(
    JSON.stringify({
      status: res.status,
      data: res.data ?? null,
      errors: (res.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message })),
    }).replace(UUID, '<id>'),
  ) as unknown;
}

const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n');

describe('the tenant wall, tried by a hostile tenant (issue 23)', () => {
  let a: Awaited<ReturnType<typeof provinceWithSchools>>;
  let b: Awaited<ReturnType<typeof provinceWithSchools>>;
  const subject = (n: string) => `${n}-${uniqueCode('w')}`;
  const who = {
    provAdmin: subject('prov-admin'),
    distAdmin: subject('dist-admin'),
    s1Admin: subject('s1-admin'),
    s2Admin: subject('s2-admin'),
    s1Viewer: subject('s1-viewer'),
    unitLead: subject('unit-lead'),
    bAdmin: subject('b-admin'),
    bSchoolAdmin: subject('b-school-admin'),
    roleless: subject('no-role'),
  };
  let apiKey: { apiKey: string };
  let districtCampaign: string;

  beforeAll(async () => {
    a = await provinceWithSchools('Tường A');
    b = await provinceWithSchools('Tường B');
    await grant(who.provAdmin, a.province.id, 'ORG_ADMIN');
    await grant(who.distAdmin, a.district.id, 'ORG_ADMIN');
    await grant(who.s1Admin, a.school1.id, 'ORG_ADMIN');
    await grant(who.s2Admin, a.school2.id, 'ORG_ADMIN');
    await grant(who.s1Viewer, a.school1.id, 'VIEWER');
    await grant(who.unitLead, a.school1.id, 'UNIT_LEAD');
    await grant(who.bAdmin, b.province.id, 'ORG_ADMIN');
    await grant(who.bSchoolAdmin, b.school1.id, 'ORG_ADMIN');
    const key = await ok<{ createApiKey: { key: string } }>(
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`,
      { i: { organizationId: a.district.id, name: 'Công cụ báo cáo của huyện' } },
      await as(who.distAdmin),
    );
    apiKey = { apiKey: key.createApiKey.key };
    const campaign = await createCampaign(await as(who.distAdmin), a.district.id, { title: 'Của huyện' });
    await transition(await as(who.distAdmin), campaign.id, 'open');
    districtCampaign = campaign.id;
  });

  // ------------------------------------------------------------------ leaks

  it('submissionCompliance answers nothing about a campaign the caller may not read', async () => {
    const prov = await as(who.provAdmin);
    const draft = await createCampaign(prov, a.province.id, {
      title: 'Bản nháp của tỉnh',
      quotas: [{ organizationId: a.school1.id, min: 1, max: 2 }],
    });
    const open = await createCampaign(prov, a.province.id, { title: 'Đã mở của tỉnh' });
    await transition(prov, open.id, 'open');
    const COMPLIANCE = `query($o: ID!, $c: ID!) { submissionCompliance(organizationId: $o, campaignId: $c) {
      organization { id } registered quotaMin quotaMax onTime withinQuota } }`;

    // The district's admin does not see the province's draft...
    const dist = await as(who.distAdmin);
    expect(
      (
        await ok<{ campaign: unknown }>(
          `query($id: ID!) { campaign(id: $id) { id } }`,
          { id: draft.id },
          dist,
        )
      ).campaign,
    ).toBeNull();
    // ...so its quotas per school do not exist for it either: the answer of an unknown id.
    const viaDraft = await graphql(COMPLIANCE, { o: a.district.id, c: draft.id }, dist);
    const viaRandom = await graphql(COMPLIANCE, { o: a.district.id, c: randomUUID() }, dist);
    expect(seen(viaDraft)).toEqual(seen(viaRandom));
    expect(viaDraft.data).toEqual({ submissionCompliance: [] });

    // Another province's admin learns nothing of a real campaign (rows, the deadlines' state).
    const other = await as(who.bAdmin);
    const viaForeign = await graphql(COMPLIANCE, { o: b.province.id, c: open.id }, other);
    const viaUnknown = await graphql(COMPLIANCE, { o: b.province.id, c: randomUUID() }, other);
    expect(seen(viaForeign)).toEqual(seen(viaUnknown));
    // Still answered for whoever reads the campaign.
    const own = await ok<{ submissionCompliance: { organization: { id: string } }[] }>(
      COMPLIANCE,
      { o: a.province.id, c: open.id },
      prov,
    );
    expect(own.submissionCompliance.map((r) => r.organization.id)).toEqual([a.district.id]);
  });

  it('registerNomination answers a foreign campaign id as an unknown one (NOT_FOUND, never a 500)', async () => {
    const prov = await as(who.provAdmin);
    const foreign = await createCampaign(prov, a.province.id, { title: 'Chỉ của tỉnh A' });
    await transition(prov, foreign.id, 'open');
    const nominee = await createPerson(b.school1.id, 'Ứng Viên Tỉnh Khác');
    const REGISTER = `mutation($i: RegisterNominationInput!) { registerNomination(input: $i) { id } }`;
    const input = (campaignId: string) => ({
      i: {
        campaignId,
        distinctionCode: 'LAO_DONG_TIEN_TIEN',
        submittingOrganizationId: b.school1.id,
        nomineePersonId: nominee.id,
      },
    });
    const other = await as(who.bSchoolAdmin);
    const viaForeign = await graphql(REGISTER, input(foreign.id), other);
    const viaRandom = await graphql(REGISTER, input(randomUUID()), other);
    expect(codes(viaForeign)).toEqual(['NOT_FOUND']);
    expect(seen(viaForeign)).toEqual(seen(viaRandom));
  });

  it("importPeople never tells a sibling school's admin that an account is linked elsewhere", async () => {
    const account = subject('teacher-account');
    const held = await createPerson(a.school1.id, 'Giáo Viên Trường Một', { account });
    const fresh = subject('fresh-account');
    const IMPORT = `mutation($c: String!) { importPeople(format: CSV, content: $c) { created updated errors { row message } } }`;
    const s2 = await as(who.s2Admin);
    const withFresh = await graphql(
      IMPORT,
      {
        c: csv([
          ['Mã đơn vị', 'Họ và tên', 'Tài khoản'],
          [a.school2.code, 'Người Mới', fresh],
        ]),
      },
      s2,
    );
    const withHeld = await graphql(
      IMPORT,
      {
        c: csv([
          ['Mã đơn vị', 'Họ và tên', 'Tài khoản'],
          [a.school2.code, 'Người Khác', account],
        ]),
      },
      s2,
    );
    // The same answer as for an account nobody holds (one subject may be staff of two tenants).
    expect(withHeld.data).toEqual(withFresh.data);
    expect(withHeld.data).toEqual({ importPeople: { created: 1, updated: 0, errors: [] } });
    // createPerson answers the same way: linking an account held in another tenant is allowed.
    const other = subject('second-account');
    await createPerson(a.school1.id, 'Giáo Viên Hai Trường', { account: other });
    const CREATE = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { account } }`;
    const linked = await graphql(
      CREATE,
      { i: { organizationId: a.school2.id, fullName: 'Dạy Thêm', account: other } },
      s2,
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data).toEqual({ createPerson: { account: other } });
    // Inside one tenant an account links one person.
    const again = await graphql(
      CREATE,
      { i: { organizationId: a.school2.id, fullName: 'Lần Nữa', account: other } },
      s2,
    );
    expect(again.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    // The other school's person is left as it was.
    const person = await ok<{ person: { organization: { id: string }; account: string } }>(
      `query($id: ID!) { person(id: $id) { account organization { id } } }`,
      { id: held.id },
      await as(who.s1Admin),
    );
    expect(person.person).toEqual({ account, organization: { id: a.school1.id } });
  });

  it("Organization.history shows who recorded a change only to those who read the organization's grants", async () => {
    const unit = await createOrg('UNIT', 'Tổ Văn – Sử', a.school2.id, await as(who.s2Admin));
    const HISTORY = `query($id: ID!) { organization(id: $id) { history { kind recordedBy } } }`;
    const recordedBy = async (credentials: Credentials) =>
      (
        await ok<{ organization: { history: { recordedBy: string | null }[] } }>(
          HISTORY,
          { id: unit.id },
          credentials,
        )
      ).organization.history.map((h) => h.recordedBy);
    expect(await recordedBy(await as(who.s1Admin))).toEqual([null]);
    expect(await recordedBy(apiKey)).toEqual([null]);
    // A subject without a role, and another province, have no row of this tenant's history at all
    // (row-level security); either way, never who recorded it.
    expect(await recordedBy(await as(who.roleless))).not.toContain(who.s2Admin);
    expect(await recordedBy(await as(who.bAdmin))).not.toContain(who.s2Admin);
    expect(await recordedBy(await as(who.distAdmin))).toEqual([who.s2Admin]);
    expect(await recordedBy(await as(who.s2Admin))).toEqual([who.s2Admin]);
  });

  describe('the public showcase', () => {
    let person: { id: string };
    let campaignId: string;

    beforeAll(async () => {
      const s1 = await as(who.s1Admin);
      const campaign = await createCampaign(s1, a.school1.id, { title: 'Nêu gương trường một' });
      await transition(s1, campaign.id, 'open');
      campaignId = campaign.id;
      person = await createPerson(a.school1.id, 'Người Được Nêu Gương', { governmentPosition: 'Tổ trưởng' });
      const n = await register(s1, {
        campaignId: campaign.id,
        distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
        submittingOrganizationId: a.school1.id,
        nomineePersonId: person.id,
      });
      await approved(s1, n.id);
      await recognize(s1, n.id, '7/QĐ-TrTHCS');
      await ok(`mutation($id: ID!) { publishExemplar(id: $id, published: true) { id } }`, { id: n.id }, s1);
    });

    const showcase = (selection: string, credentials?: Credentials) =>
      graphql<{ exemplars: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(
        `query($o: ID!) { exemplars(organizationId: $o) { totalCount edges { node { ${selection} } } } }`,
        { o: a.province.id },
        credentials,
      );

    it('shows what was published, and the submitting organization by name only', async () => {
      const res = await showcase(
        'nomineeName year decisionNumber distinction { code } submittingOrganization { name }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.exemplars.edges.map((e) => e.node)).toEqual([
        {
          nomineeName: 'Người Được Nêu Gương',
          year: expect.any(Number),
          decisionNumber: '7/QĐ-TrTHCS',
          distinction: { code: 'DIEN_HINH_TIEN_TIEN_CA_NHAN' },
          submittingOrganization: { name: a.school1.name },
        },
      ]);
    });

    it.each([
      ['the nominee person', 'nominee { __typename ... on Person { id fullName } }'],
      ['the campaign', 'campaign { id title }'],
      ['the organization id', 'submittingOrganization { id }'],
      ['the organization code', 'submittingOrganization { code }'],
      ['the organization kind', 'submittingOrganization { kind }'],
      ['the organization tenant', 'submittingOrganization { tenant { id } }'],
      ['the organization ancestors', 'submittingOrganization { ancestors { id code } }'],
      ['the organization children', 'submittingOrganization { children { totalCount } }'],
    ])(
      'refuses, with or without a token, %s (never null for a non-null field nor {} for a nominee)',
      async (_what, selection) => {
        for (const credentials of [undefined, await as(who.bAdmin)]) {
          const res = await showcase(`nomineeName ${selection}`, credentials);
          expect(codes(res)).toContain('BAD_USER_INPUT');
          expect(res.data ?? null).toBeNull();
          const text = JSON.stringify(res);
          for (const secret of [person.id, campaignId, a.school1.id, a.school1.code, a.district.id])
            expect(text).not.toContain(secret);
        }
      },
    );

    it('follows fragments', async () => {
      const res = await graphql(
        `
          query ($o: ID!) {
            exemplars(organizationId: $o) {
              ...Page
            }
          }
          fragment Page on NominationConnection {
            edges {
              node {
                nomineeName
                nominee {
                  ...Who
                }
              }
            }
          }
          fragment Who on Person {
            id
            governmentPosition
          }
        `,
        { o: a.province.id },
      );
      expect(codes(res)).toContain('BAD_USER_INPUT');
      expect(JSON.stringify(res)).not.toContain(person.id);
      expect(JSON.stringify(res)).not.toContain('Tổ trưởng');
    });
  });

  it('DUPLICATE_NOMINATION names the earlier nomination only to a caller who may read it', async () => {
    const dist = await as(who.distAdmin);
    const s1 = await as(who.s1Admin);
    const teacher = await createPerson(a.school1.id, 'Được Huyện Đề Cử');
    const byDistrict = await register(dist, {
      campaignId: districtCampaign,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      submittingOrganizationId: a.district.id,
      nomineePersonId: teacher.id,
    });
    const REGISTER = `mutation($i: RegisterNominationInput!) { registerNomination(input: $i) { id } }`;
    const again = await graphql(
      REGISTER,
      {
        i: {
          campaignId: districtCampaign,
          distinctionCode: 'LAO_DONG_TIEN_TIEN',
          submittingOrganizationId: a.school1.id,
          nomineePersonId: teacher.id,
        },
      },
      s1,
    );
    expect(codes(again)).toEqual(['DUPLICATE_NOMINATION']);
    expect(JSON.stringify(again)).not.toContain(byDistrict.id);
    // The school cannot read the district's nomination.
    expect(
      (
        await ok<{ nomination: unknown }>(
          `query($id: ID!) { nomination(id: $id) { id } }`,
          { id: byDistrict.id },
          s1,
        )
      ).nomination,
    ).toBeNull();

    // Its own earlier nomination is named.
    const colleague = await createPerson(a.school1.id, 'Được Trường Đề Cử');
    const input = {
      i: {
        campaignId: districtCampaign,
        distinctionCode: 'LAO_DONG_TIEN_TIEN',
        submittingOrganizationId: a.school1.id,
        nomineePersonId: colleague.id,
      },
    };
    const first = await ok<{ registerNomination: { id: string } }>(REGISTER, input, s1);
    const twice = await graphql(REGISTER, input, s1);
    expect(codes(twice)).toEqual(['DUPLICATE_NOMINATION']);
    expect(twice.errors?.[0]?.extensions?.nominationId).toBe(first.registerNomination.id);
  });

  describe('an API key reads the reports of its subtree and nothing else', () => {
    it('no campaign details, no lists of campaigns; the report still names its campaign', async () => {
      const one = await ok<{ campaign: unknown }>(
        `query($id: ID!) { campaign(id: $id) { id history { by } criteria { id } quotas { id } children { id } } }`,
        { id: districtCampaign },
        apiKey,
      );
      expect(one.campaign).toBeNull();
      const list = await ok<{ campaigns: { totalCount: number } }>(
        `query($o: ID!) { campaigns(organizationId: $o, applying: true) { totalCount } }`,
        { o: a.district.id },
        apiKey,
      );
      expect(list.campaigns.totalCount).toBe(0);
      const nested = await ok<{ organization: { campaigns: { totalCount: number } } }>(
        `query($o: ID!) { organization(id: $o) { campaigns { totalCount } } }`,
        { o: a.district.id },
        apiKey,
      );
      expect(nested.organization.campaigns.totalCount).toBe(0);
      const report = await ok<{ orgReport: { campaign: Record<string, unknown> } }>(
        `query($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {
           campaign { title history { by } criteria { id } quotas { id } children { id } } } }`,
        { o: a.district.id, c: districtCampaign },
        apiKey,
      );
      expect(report.orgReport.campaign).toEqual({
        title: 'Của huyện',
        history: [],
        criteria: [],
        quotas: [],
        children: [],
      });
      // A campaign is opened by someone; an admin of the district sees who.
      const mine = await ok<{ campaign: { history: { by: string }[] } }>(
        `query($id: ID!) { campaign(id: $id) { history { by } } }`,
        { id: districtCampaign },
        await as(who.distAdmin),
      );
      expect(mine.campaign.history.map((h) => h.by)).toContain(who.distAdmin);
    });

    it('no events of the tree', async () => {
      const keyClient = wsClient({ 'x-api-key': apiKey.apiKey });
      const adminClient = wsClient({ authorization: `Bearer ${(await as(who.distAdmin)).token}` });
      const EVENTS = `subscription($o: ID!) { organizationChanged(organizationId: $o) { kind organization { id } } }`;
      const byKey = collect<{ data: unknown }>(keyClient, EVENTS, { o: a.district.id });
      const byAdmin = collect<{ data: { organizationChanged: { organization: { id: string } } } }>(
        adminClient,
        EVENTS,
        {
          o: a.district.id,
        },
      );
      try {
        await new Promise((r) => setTimeout(r, 500));
        const unit = await createOrg('UNIT', 'Tổ mới để nghe', a.school1.id, await as(who.distAdmin));
        const heard = await byAdmin.next(10_000);
        expect(heard.data.organizationChanged.organization.id).toBe(unit.id);
        await expect(byKey.next(1_500)).rejects.toThrow(/no event/);
      } finally {
        byKey.unsubscribe();
        byAdmin.unsubscribe();
        await keyClient.dispose();
        await adminClient.dispose();
      }
    });

    it('importDistinctionRecords answers a real person of its subtree as a made-up id', async () => {
      const teacher = await createPerson(a.school1.id, 'Có Thật Trong Huyện');
      const IMPORT = `mutation($c: String!) { importDistinctionRecords(format: CSV, content: $c) { created updated errors { row message } } }`;
      const file = (personId: string) =>
        csv([
          ['Năm', 'Mã danh hiệu', 'Mã cá nhân', 'Số quyết định'],
          ['2020', 'LAO_DONG_TIEN_TIEN', personId, '1/QĐ'],
        ]);
      const real = await graphql(IMPORT, { c: file(teacher.id) }, apiKey);
      const madeUp = await graphql(IMPORT, { c: file(randomUUID()) }, apiKey);
      expect(seen(real)).toEqual(seen(madeUp));
      expect(
        (real.data as { importDistinctionRecords: { created: number } }).importDistinctionRecords.created,
      ).toBe(0);
    });
  });

  // ------------------------------------------------------------------ authority

  it("a school's admin does not name a person head of the district above it", async () => {
    const CREATE = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id leads { id } } }`;
    const s1 = await as(who.s1Admin);
    const above = await graphql(
      CREATE,
      { i: { organizationId: a.school1.id, fullName: 'Tự Xưng Trưởng Phòng', leadsId: a.district.id } },
      s1,
    );
    expect(codes(above)).toEqual(['NOT_FOUND']);
    const random = await graphql(
      CREATE,
      { i: { organizationId: a.school1.id, fullName: 'Tự Xưng Trưởng Phòng', leadsId: randomUUID() } },
      s1,
    );
    expect(seen(above)).toEqual(seen(random));
    const own = await ok<{ createPerson: { leads: { id: string } } }>(
      CREATE,
      { i: { organizationId: a.school1.id, fullName: 'Hiệu Trưởng Thật', leadsId: a.school1.id } },
      s1,
    );
    expect(own.createPerson.leads.id).toBe(a.school1.id);
    // Nor through an import.
    const imported = await ok<{ importPeople: { created: number; errors: { message: string }[] } }>(
      `mutation($c: String!) { importPeople(format: CSV, content: $c) { created errors { message } } }`,
      {
        c: csv([
          ['Mã đơn vị', 'Họ và tên', 'Lãnh đạo đơn vị'],
          [a.school1.code, 'Nhập Làm Trưởng', a.district.code],
        ]),
      },
      s1,
    );
    expect(imported.importPeople.created).toBe(0);
    expect(imported.importPeople.errors).toHaveLength(1);
  });

  it('a UNIT_LEAD does not import distinction records', async () => {
    const teacher = await createPerson(a.school1.id, 'Hồ Sơ Cũ');
    const IMPORT = `mutation($c: String!) { importDistinctionRecords(format: CSV, content: $c) { created errors { message } } }`;
    const file = csv([
      ['Năm', 'Mã danh hiệu', 'Mã cá nhân', 'Số quyết định'],
      ['2021', 'LAO_DONG_TIEN_TIEN', teacher.id, '2/QĐ'],
    ]);
    const byLead = await ok<{ importDistinctionRecords: { created: number; errors: { message: string }[] } }>(
      IMPORT,
      { c: file },
      await as(who.unitLead),
    );
    expect(byLead.importDistinctionRecords.created).toBe(0);
    expect(byLead.importDistinctionRecords.errors.map((e) => e.message)).toEqual([
      `you may not record distinctions of person ${teacher.id}`,
    ]);
    const byAdmin = await ok<{ importDistinctionRecords: { created: number } }>(
      IMPORT,
      { c: file },
      await as(who.s1Admin),
    );
    expect(byAdmin.importDistinctionRecords.created).toBe(1);
  });

  // ------------------------------------------------------------------ consistent refusals

  it('writes on an organization outside the caller`s subtree are NOT_FOUND, as for an unknown id', async () => {
    const s1 = await as(who.s1Admin);
    const CREATE = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`;
    const create = (parentId: string) =>
      graphql(CREATE, { i: { code: uniqueCode('X'), name: 'Chen ngang', kind: 'UNIT', parentId } }, s1);
    const MOVE = `mutation($id: ID!, $p: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $p, effectiveFrom: $at) { id } }`;
    const move = (id: string, p: string) => graphql(MOVE, { id, p, at: new Date().toISOString() }, s1);
    const MERGE = `mutation($s: [ID!]!, $t: ID!, $at: DateTime!) { mergeOrganizations(sourceIds: $s, targetId: $t, effectiveFrom: $at) { id } }`;
    const merge = (s: string[], t: string) => graphql(MERGE, { s, t, at: new Date().toISOString() }, s1);
    for (const [foreign, random] of [
      [await create(b.school1.id), await create(randomUUID())],
      [await create(a.school2.id), await create(randomUUID())],
      [await move(a.unit1.id, b.school1.id), await move(a.unit1.id, randomUUID())],
      [await move(b.unit1.id, a.school1.id), await move(randomUUID(), a.school1.id)],
      [await merge([a.unit1.id], b.school1.id), await merge([a.unit1.id], randomUUID())],
      [await merge([b.unit1.id], a.school1.id), await merge([randomUUID()], a.school1.id)],
    ] as const) {
      expect(codes(foreign)).toEqual(['NOT_FOUND']);
      expect(seen(foreign)).toEqual(seen(random));
    }
  });

  it('FORBIDDEN, for what the caller sees, names what may not be done', async () => {
    const viewer = await as(who.s1Viewer);
    const person = await graphql(
      `
        mutation ($i: CreatePersonInput!) {
          createPerson(input: $i) {
            id
          }
        }
      `,
      { i: { organizationId: a.school1.id, fullName: 'Không được thêm' } },
      viewer,
    );
    const role = await graphql(
      `
        mutation ($i: GrantRoleInput!) {
          grantRole(input: $i) {
            id
          }
        }
      `,
      { i: { subject: 'someone', organizationId: a.school1.id, role: 'VIEWER' } },
      viewer,
    );
    const key = await graphql(
      `
        mutation ($i: CreateApiKeyInput!) {
          createApiKey(input: $i) {
            key
          }
        }
      `,
      { i: { organizationId: a.school1.id, name: 'Không được' } },
      viewer,
    );
    const org = await graphql(
      `
        mutation ($i: CreateOrganizationInput!) {
          createOrganization(input: $i) {
            id
          }
        }
      `,
      { i: { code: uniqueCode('V'), name: 'Không được', kind: 'UNIT', parentId: a.school1.id } },
      viewer,
    );
    expect(
      [person, role, key, org].map((r) => r.errors?.map((e) => [e.extensions?.code, e.message])),
    ).toEqual([
      [['FORBIDDEN', 'You may not add people to this organization']],
      [['FORBIDDEN', 'You may not grant roles on this organization']],
      [['FORBIDDEN', 'You may not create API keys for this organization']],
      [['FORBIDDEN', 'You may not create an organization under this parent']],
    ]);
  });

  describe('a council member and a nominee: FORBIDDEN, not NOT_FOUND, for what they see but may not do', () => {
    let world: Awaited<ReturnType<typeof councilWorld>>;
    let chair: { token: string };
    let member: { token: string };
    let sessionId: string;
    let receiptCode: string;

    beforeAll(async () => {
      world = await councilWorld('Tường hội đồng', 2, 1);
      chair = { token: (await as(world.accounts[0]!)).token };
      member = { token: (await as(world.accounts[1]!)).token };
      sessionId = await createSession(world.admin, world.councilId, world.nominations, {
        threshold: [1, 2],
        base: 'BALLOTS_CAST',
        quorum: [1, 2],
      });
      await ok(
        `mutation($id: ID!) { openVotingSession(id: $id) { id } }`,
        { id: sessionId },
        await as(world.admin),
      );
      const cast = await ok<{ castBallot: { receiptCode: string } }>(
        CAST,
        { s: sessionId, c: [{ nominationId: world.nominations[0], choice: 'APPROVE' }] },
        chair,
      );
      receiptCode = cast.castBallot.receiptCode;
      await ok(
        CAST,
        { s: sessionId, c: [{ nominationId: world.nominations[0], choice: 'APPROVE' }] },
        member,
      );
    });

    it('a member does not close the session he or she reads and votes in (its CHAIR does)', async () => {
      // The member reads the session and its slate...
      const read = await ok<{ votingSession: { id: string; nominations: { id: string }[] } }>(
        `query($id: ID!) { votingSession(id: $id) { id nominations { id } } }`,
        { id: sessionId },
        member,
      );
      expect(read.votingSession.nominations.map((n) => n.id)).toEqual(world.nominations);
      // ...but does not close it.
      const close = await graphql(
        `
          mutation ($id: ID!) {
            closeVotingSession(id: $id) {
              id
            }
          }
        `,
        { id: sessionId },
        member,
      );
      expect(close.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['FORBIDDEN', 'You may not close this voting session'],
      ]);
    });

    it('a receipt is checked by whoever reads the session, and by nobody else: not an API key', async () => {
      const VERIFY = `query($s: ID!, $r: String!) { verifyReceipt(sessionId: $s, receiptCode: $r) }`;
      const verify = { s: sessionId, r: receiptCode };
      expect((await ok<{ verifyReceipt: boolean }>(VERIFY, verify, chair)).verifyReceipt).toBe(true);
      const key = await ok<{ createApiKey: { key: string } }>(
        `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`,
        { i: { organizationId: world.world.school1.id, name: 'Báo cáo trường' } },
        await as(world.admin),
      );
      const byKey = await graphql<{ verifyReceipt: boolean }>(VERIFY, verify, {
        apiKey: key.createApiKey.key,
      });
      const byKeyUnknown = await graphql<{ verifyReceipt: boolean }>(
        VERIFY,
        { ...verify, s: randomUUID() },
        { apiKey: key.createApiKey.key },
      );
      expect(byKey.data).toEqual({ verifyReceipt: false });
      expect(seen(byKey)).toEqual(seen(byKeyUnknown));
      expect((await ok<{ verifyReceipt: boolean }>(VERIFY, verify, await as(who.bAdmin))).verifyReceipt).toBe(
        false,
      );
    });

    it('a member does not recognize nor publish a nomination of the slate', async () => {
      await ok(
        `mutation($id: ID!) { closeVotingSession(id: $id) { id } }`,
        { id: sessionId },
        await as(world.admin),
      );
      const nominationId = world.nominations[0]!;
      await waitForStage(world.admin, nominationId, 'COUNCIL_APPROVED');
      const recognizeByMember = await graphql(
        `
          mutation ($id: ID!, $at: DateTime!) {
            recognizeNomination(id: $id, decisionNumber: "1/QĐ", decidedAt: $at) {
              id
            }
          }
        `,
        { id: nominationId, at: new Date().toISOString() },
        chair,
      );
      expect(recognizeByMember.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['FORBIDDEN', 'You may not recognize this nomination'],
      ]);
      await recognize(await as(world.admin), nominationId);
      const publishByMember = await graphql(
        `
          mutation ($id: ID!) {
            publishExemplar(id: $id, published: true) {
              id
            }
          }
        `,
        { id: nominationId },
        chair,
      );
      expect(publishByMember.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['FORBIDDEN', 'You may not publish this nomination'],
      ]);
    });

    it('a nominee reads his or her own nomination, and may not withdraw it', async () => {
      const account = subject('nominee');
      const nominee = await createPerson(world.world.school1.id, 'Người Được Đề Cử', { account });
      const own = await register(await as(world.admin), {
        campaignId: world.campaign.id,
        distinctionCode: 'LAO_DONG_TIEN_TIEN',
        submittingOrganizationId: world.world.school1.id,
        nomineePersonId: nominee.id,
      });
      await propose(await as(world.admin), own.id);
      const self = await as(account);
      expect(
        (
          await ok<{ nomination: { id: string } }>(
            `query($id: ID!) { nomination(id: $id) { id } }`,
            { id: own.id },
            self,
          )
        ).nomination,
      ).toEqual({ id: own.id });
      const withdraw = await graphql(
        `
          mutation ($id: ID!) {
            withdrawNomination(id: $id) {
              id
            }
          }
        `,
        { id: own.id },
        self,
      );
      expect(withdraw.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['FORBIDDEN', 'You may not withdraw this nomination'],
      ]);
    });
  });

  it('a forged or mistyped cursor is BAD_USER_INPUT, never an internal error', async () => {
    const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    // Wrong for every list: a foreign shape, wrong types, a NUL, not base64 JSON at all.
    const forged = [
      cursor(['x', 'not-an-id']),
      cursor([1, 2]),
      cursor(['Ä\u0000', randomUUID()]),
      'garbage!',
    ];
    const prov = await as(who.provAdmin);
    const lists: [string, Record<string, unknown>, string[]][] = [
      [`query($a: String) { organizations(after: $a) { totalCount } }`, {}, []],
      [
        `query($o: ID!, $a: String) { organization(id: $o) { people(after: $a) { totalCount } } }`,
        { o: a.school1.id },
        [],
      ],
      [
        `query($o: ID!, $a: String) { campaigns(organizationId: $o, after: $a) { totalCount } }`,
        { o: a.province.id },
        [cursor([2020, 'x', 'not-an-id']), cursor([1e300, 'x', randomUUID()])],
      ],
      [
        `query($c: ID!, $a: String) { nominations(campaignId: $c, after: $a) { totalCount } }`,
        { c: districtCampaign },
        [cursor(['2020-02-31T00:00:00.000Z', randomUUID()]), cursor([5, randomUUID()])],
      ],
    ];
    const failures: string[] = [];
    for (const [query, variables, own] of lists) {
      for (const after of [...forged, ...own]) {
        const res = await graphql(query, { ...variables, a: after }, prov);
        const got = codes(res);
        if (got.length !== 1 || got[0] !== 'BAD_USER_INPUT')
          failures.push(`${query.slice(0, 40)} ${after}: ${JSON.stringify(got)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

void admin;
