import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import {
  CAMPAIGN,
  CREATE_CAMPAIGN,
  campaignInput,
  createCampaign,
  transition,
  vnTime,
  Y,
} from './campaign-flows';
import { admin, as, createOrg, grant, provinceWithSchools } from './flows';
import { gql } from '../gql';

const OPEN = gql(`mutation CampaignsOpenCampaign($id: ID!) { openCampaign(id: $id) { status } }`);

describe('campaigns through the gateway', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const s = (name: string) => `${name}-${uniqueCode('u')}`;
  const provinceAdmin = s('province-admin');
  const districtAdmin = s('district-admin');
  const schoolAdmin = s('school-admin');
  let clusterId: string;

  beforeAll(async () => {
    world = await provinceWithSchools('Phong trào');
    await grant(provinceAdmin, world.province.id, 'ORG_ADMIN');
    await grant(districtAdmin, world.district.id, 'ORG_ADMIN');
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    const group = await ok<{ createEmulationGroup: { id: string } }>(
      `mutation($input: CreateEmulationGroupInput!) { createEmulationGroup(input: $input) { id } }`,
      {
        input: {
          ownerId: world.province.id,
          name: 'Cụm thi đua số 1',
          kind: 'CLUSTER',
          memberIds: [world.school1.id, world.school2.id],
        },
      },
      await admin(),
    );
    clusterId = group.createEmulationGroup.id;
  });

  it('creates a draft with criteria, quotas and distinctions, deadlines read in Asia/Ho_Chi_Minh', async () => {
    const data = await ok(
      CREATE_CAMPAIGN,
      {
        input: campaignInput(world.province.id, {
          criteria: [
            { target: 'COLLECTIVE', text: 'Hoàn thành xuất sắc nhiệm vụ năm học' },
            {
              target: 'INDIVIDUAL',
              text: 'Có sáng kiến được công nhận',
              evaluatorOrganizationId: world.unit1.id,
            },
            { target: 'LEADER', text: 'Tập thể do mình lãnh đạo được công nhận điển hình' },
          ],
          distinctionCodes: ['DIEN_HINH_TIEN_TIEN_CA_NHAN', 'DIEN_HINH_TIEN_TIEN_TAP_THE'],
          quotas: [
            { organizationId: world.district.id, min: 9, max: 10 },
            { groupId: clusterId, min: 1, max: 3 },
          ],
        }),
      },
      await as(provinceAdmin),
    );
    const c = data.createCampaign;
    expect(c).toMatchObject({
      status: 'DRAFT',
      year: Y,
      endYear: Y,
      calendar: 'CALENDAR_YEAR',
      periodLabel: `Năm ${Y}`,
      periodStart: `${Y}-01-01`,
      periodEnd: `${Y}-12-31`,
      timeZone: 'Asia/Ho_Chi_Minh',
      organization: { id: world.province.id, name: 'Tỉnh Phong trào' },
      registrationDeadline: `${Y}-03-23T10:00:00.000Z`,
      parent: null,
      history: [{ from: null, to: 'DRAFT', by: provinceAdmin }],
    });
    expect(c.deadlines).toEqual([
      { stage: 'REGISTRATION', at: `${Y}-03-23T10:00:00.000Z`, local: `17:00, 23/03/${Y}`, passed: false },
      { stage: 'PROPOSAL', at: `${Y}-11-30T10:00:00.000Z`, local: `17:00, 30/11/${Y}`, passed: false },
      { stage: 'ESCALATION', at: `${Y}-12-20T10:00:00.000Z`, local: `17:00, 20/12/${Y}`, passed: false },
    ]);
    expect(c.criteria.map((k) => [k.target, k.evaluator?.name ?? null])).toEqual([
      ['COLLECTIVE', null],
      ['INDIVIDUAL', 'Tổ Toán – Tin'],
      ['LEADER', null],
    ]);
    expect(c.distinctions.map((d) => d.code)).toEqual([
      'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      'DIEN_HINH_TIEN_TIEN_TAP_THE',
    ]);
    expect(c.quotas).toEqual(
      expect.arrayContaining([
        { organization: { id: world.district.id }, group: null, min: 9, max: 10 },
        { organization: null, group: { id: clusterId }, min: 1, max: 3 },
      ]),
    );
    expect(c.quotas).toHaveLength(2);
  });

  it('an empty distinction list leads to the whole catalogue; an institution runs by school year', async () => {
    const school = await ok(
      CREATE_CAMPAIGN,
      { input: campaignInput(world.school1.id, { year: Y - 1 }) },
      await as(schoolAdmin),
    );
    expect(school.createCampaign).toMatchObject({
      calendar: 'SCHOOL_YEAR',
      periodLabel: `Năm học ${Y - 1}–${Y}`,
      periodStart: `${Y - 1}-09-01`,
      periodEnd: `${Y}-08-31`,
    });
    expect(school.createCampaign.distinctions.length).toBeGreaterThanOrEqual(14);
  });

  it('walks DRAFT → OPEN → CLOSED → ARCHIVED and refuses every other move, recording each', async () => {
    const adminOf = await as(provinceAdmin);
    const { id } = await createCampaign(adminOf, world.province.id, { title: 'Vòng đời' });
    const move = (name: string) =>
      graphql(`mutation($id: ID!) { ${name}(id: $id) { status } }`, { id }, adminOf);

    expect(codes(await move('closeCampaign'))).toEqual(['INVALID_TRANSITION']);
    expect(codes(await move('archiveCampaign'))).toEqual(['INVALID_TRANSITION']);
    expect((await transition(adminOf, id, 'open')).status).toBe('OPEN');
    expect(codes(await move('openCampaign'))).toEqual(['INVALID_TRANSITION']);
    expect(codes(await move('archiveCampaign'))).toEqual(['INVALID_TRANSITION']);
    expect((await transition(adminOf, id, 'close')).status).toBe('CLOSED');
    expect(codes(await move('openCampaign'))).toEqual(['INVALID_TRANSITION']);
    expect((await transition(adminOf, id, 'archive')).status).toBe('ARCHIVED');
    for (const name of ['openCampaign', 'closeCampaign', 'archiveCampaign'])
      expect(codes(await move(name))).toEqual(['INVALID_TRANSITION']);

    const read = await ok(CAMPAIGN, { id }, adminOf);
    expect(read.campaign!.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'DRAFT'],
      ['DRAFT', 'OPEN'],
      ['OPEN', 'CLOSED'],
      ['CLOSED', 'ARCHIVED'],
    ]);
  });

  it('cascades province → district → school, navigable both ways, and lists what applies to a school', async () => {
    const province = await createCampaign(await as(provinceAdmin), world.province.id, {
      title: 'Tỉnh: cấp cha',
    });
    // A district cannot hang a child on a draft it cannot see.
    const early = await graphql(
      CREATE_CAMPAIGN,
      {
        input: campaignInput(world.district.id, {
          parentId: province.id,
          escalationDeadline: vnTime(`${Y}-12-10`),
        }),
      },
      await as(districtAdmin),
    );
    expect(codes(early)).toEqual(['NOT_FOUND']);
    await transition(await as(provinceAdmin), province.id, 'open');

    const district = await createCampaign(await as(districtAdmin), world.district.id, {
      title: 'Huyện: cấp con',
      parentId: province.id,
      proposalDeadline: vnTime(`${Y}-11-20`),
      escalationDeadline: vnTime(`${Y}-12-10`),
    });
    // The district's admins manage the schools' campaigns too, and see their own draft.
    const school = await createCampaign(await as(districtAdmin), world.school1.id, {
      title: 'Trường: cấp cháu',
      parentId: district.id,
      proposalDeadline: vnTime(`${Y}-11-15`),
      escalationDeadline: vnTime(`${Y}-12-01`),
    });
    // The school's campaign cannot open before its parent.
    const blocked = await graphql(OPEN, { id: school.id }, await as(schoolAdmin));
    expect(codes(blocked)).toEqual(['INVALID_TRANSITION']);
    expect(blocked.errors?.[0]?.message).toContain('parent');
    await transition(await as(districtAdmin), district.id, 'open');
    await transition(await as(schoolAdmin), school.id, 'open');

    const tree = await ok(
      gql(
        `query CampaignsCampaign($id: ID!) { campaign(id: $id) { title children { title parent { title } children { title parent { title } } } } }`,
      ),
      { id: province.id },
      await as(provinceAdmin),
    );
    expect(tree.campaign).toEqual({
      title: 'Tỉnh: cấp cha',
      children: [
        {
          title: 'Huyện: cấp con',
          parent: { title: 'Tỉnh: cấp cha' },
          children: [{ title: 'Trường: cấp cháu', parent: { title: 'Huyện: cấp con' } }],
        },
      ],
    });

    const applying = await ok(
      gql(
        `query CampaignsCampaigns($id: ID!) { campaigns(organizationId: $id, applying: true, first: 50) { totalCount edges { node { title status organization { id } } } } }`,
      ),
      { id: world.school1.id },
      await as(schoolAdmin),
    );
    const titles = applying.campaigns.edges.map((e) => e.node.title);
    expect(titles).toEqual(expect.arrayContaining(['Tỉnh: cấp cha', 'Huyện: cấp con', 'Trường: cấp cháu']));
    // Nothing of the sibling school, and no draft of the levels above.
    expect(
      applying.campaigns.edges.every((e) =>
        [world.province.id, world.district.id, world.school1.id].includes(e.node.organization.id),
      ),
    ).toBe(true);
    expect(
      applying.campaigns.edges.some(
        (e) => e.node.status === 'DRAFT' && e.node.organization.id !== world.school1.id,
      ),
    ).toBe(false);

    // Organization.campaigns is contributed by the campaigns subgraph: one query through the gateway.
    const org = await ok(
      gql(
        `query CampaignsOrganization($id: ID!) { organization(id: $id) { name campaigns(first: 10) { totalCount edges { node { title } } } } }`,
      ),
      { id: world.district.id },
      await as(districtAdmin),
    );
    expect(org.organization!.campaigns.edges.map((e) => e.node.title)).toContain('Huyện: cấp con');
  });

  it('keeps a child inside its parent: scope, deadlines and years', async () => {
    const other = await createOrg('DISTRICT', 'Huyện khác', world.province.id);
    const otherAdmin = s('other-admin');
    await grant(otherAdmin, other.id, 'ORG_ADMIN');
    const district = await createCampaign(await as(districtAdmin), world.district.id, {
      title: 'Huyện: phạm vi',
      escalationDeadline: vnTime(`${Y}-12-10`),
    });
    await transition(await as(districtAdmin), district.id, 'open');

    // Another district's organization is outside this district campaign's scope (the province
    // admin sees both; the other district's own admin does not even see the parent: NOT_FOUND).
    const input = campaignInput(other.id, {
      parentId: district.id,
      escalationDeadline: vnTime(`${Y}-12-05`),
    });
    expect(codes(await graphql(CREATE_CAMPAIGN, { input }, await as(otherAdmin)))).toEqual(['NOT_FOUND']);
    const outside = await graphql(CREATE_CAMPAIGN, { input }, await as(provinceAdmin));
    expect(codes(outside)).toEqual(['BAD_USER_INPUT']);
    expect(outside.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'parentId' })]);

    // A school deadline after the district's escalation deadline, and a year outside it.
    const late = await graphql(
      CREATE_CAMPAIGN,
      {
        input: campaignInput(world.school1.id, {
          parentId: district.id,
          year: Y + 1,
          escalationDeadline: vnTime(`${Y}-12-15`),
        }),
      },
      await as(schoolAdmin),
    );
    expect(codes(late)).toEqual(['BAD_USER_INPUT']);
    const fields = (late.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['escalationDeadline', 'year']));
  });

  it('reports every wrong field at once', async () => {
    const res = await graphql(
      CREATE_CAMPAIGN,
      {
        input: campaignInput(world.province.id, {
          title: '   ',
          kind: 'PHASE',
          endYear: Y, // a PHASE ends after its first year
          registrationDeadline: vnTime(`${Y}-12-01`),
          proposalDeadline: vnTime(`${Y}-11-01`),
          escalationDeadline: vnTime(`${Y}-10-01`),
          quotas: [
            { organizationId: world.district.id, min: 5, max: 3 },
            { min: 1, max: 2 },
          ],
        }),
      },
      await as(provinceAdmin),
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const fields = (res.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'title',
        'endYear',
        'proposalDeadline',
        'escalationDeadline',
        'quotas[0].max',
        'quotas[1]',
      ]),
    );

    const unknown = await graphql(
      CREATE_CAMPAIGN,
      { input: campaignInput(world.province.id, { distinctionCodes: ['KHONG_CO'] }) },
      await as(provinceAdmin),
    );
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0]?.message).toContain('KHONG_CO');
  });

  it('a multi-year PHASE carries its preliminary and final reviews', async () => {
    const data = await ok(
      CREATE_CAMPAIGN,
      {
        input: campaignInput(world.school1.id, {
          title: 'Kế hoạch giai đoạn 2021–2025',
          kind: 'PHASE',
          year: 2021,
          endYear: 2025,
          calendar: 'CALENDAR_YEAR',
          registrationDeadline: vnTime('2021-03-01'),
          proposalDeadline: vnTime('2025-05-31'),
          escalationDeadline: vnTime('2025-06-30'),
          reviews: [
            { kind: 'FINAL', title: 'Tổng kết giai đoạn', dueAt: vnTime('2025-06-30') },
            { kind: 'PRELIMINARY', title: 'Sơ kết giữa kỳ', dueAt: vnTime('2023-03-31') },
          ],
        }),
      },
      await as(schoolAdmin),
    );
    expect(data.createCampaign).toMatchObject({
      kind: 'PHASE',
      year: 2021,
      endYear: 2025,
      periodLabel: 'Giai đoạn 2021–2025',
      reviews: [
        { kind: 'PRELIMINARY', title: 'Sơ kết giữa kỳ' },
        { kind: 'FINAL', title: 'Tổng kết giai đoạn' },
      ],
    });
  });

  it('createCampaign is idempotent: same key and input → the first campaign, other input → CONFLICT', async () => {
    const key = uniqueCode('idem');
    const input = campaignInput(world.province.id, { title: 'Một lần thôi', idempotencyKey: key });
    const credentials = await as(provinceAdmin);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        graphql<{ createCampaign: { id: string } }>(CREATE_CAMPAIGN, { input }, credentials),
      ),
    );
    const ids = new Set(results.map((r) => r.data?.createCampaign.id));
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    expect(ids.size).toBe(1);

    const changed = await graphql(CREATE_CAMPAIGN, { input: { ...input, title: 'Khác' } }, credentials);
    expect(codes(changed)).toEqual(['CONFLICT']);

    const list = await ok(
      gql(
        `query CampaignsCampaigns2($id: ID!, $q: String) { campaigns(organizationId: $id, search: $q, first: 100) { totalCount } }`,
      ),
      { id: world.province.id, q: 'mot lan thoi' },
      credentials,
    );
    expect(list.campaigns.totalCount).toBe(1);
  });
});
