import { graphql, ok, testEnv, uniqueCode } from '@laurel/testing';
import { Workbook } from 'exceljs';
import { createCampaign, transition, vnTime, Y } from './campaign-flows';
import { as, createPerson, grant, provinceWithSchools } from './flows';
import { approved, propose, recognize, register } from './nomination-flows';
import { gql } from '../gql';

const REPORT = gql(`query ReportsOrgReport($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {
  organization { id } campaign { id }
  totals { registered proposed underReview councilApproved councilRejected recognized escalated collectives individuals }
  byDistinction { distinction { code } count }
  children { organization { id name } totals { registered proposed escalated collectives individuals } } } }`);

const zero = {
  registered: 0,
  proposed: 0,
  underReview: 0,
  councilApproved: 0,
  councilRejected: 0,
  recognized: 0,
  escalated: 0,
  collectives: 0,
  individuals: 0,
};

/** Reports follow the nominations' events within a bounded delay: ask until they agree. */
async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 8_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

describe('orgReport counts by SPEC 3 rules over a three-level cascade', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const s = (name: string) => `${name}-${uniqueCode('u')}`;
  const provinceAdmin = s('province-admin');
  const districtAdmin = s('district-admin');
  const school1Admin = s('school1-admin');
  const school2Admin = s('school2-admin');
  const campaigns = { province: '', district: '', school: '' };

  beforeAll(async () => {
    world = await provinceWithSchools('Báo cáo');
    await grant(provinceAdmin, world.province.id, 'ORG_ADMIN');
    await grant(districtAdmin, world.district.id, 'ORG_ADMIN');
    await grant(school1Admin, world.school1.id, 'ORG_ADMIN');
    await grant(school2Admin, world.school2.id, 'ORG_ADMIN');
    campaigns.province = (
      await createCampaign(await as(provinceAdmin), world.province.id, { title: 'Tỉnh' })
    ).id;
    await transition(await as(provinceAdmin), campaigns.province, 'open');
    campaigns.district = (
      await createCampaign(await as(districtAdmin), world.district.id, {
        title: 'Huyện',
        parentId: campaigns.province,
        escalationDeadline: vnTime(`${Y}-12-10`),
        quotas: [{ organizationId: world.school2.id, min: 2, max: 3 }],
      })
    ).id;
    await transition(await as(districtAdmin), campaigns.district, 'open');
    campaigns.school = (
      await createCampaign(await as(school1Admin), world.school1.id, {
        title: 'Trường',
        parentId: campaigns.district,
        proposalDeadline: vnTime(`${Y}-11-15`),
        escalationDeadline: vnTime(`${Y}-12-01`),
      })
    ).id;
    await transition(await as(school1Admin), campaigns.school, 'open');

    const a1 = await as(school1Admin);
    const people = await Promise.all(
      ['An', 'Bình', 'Cường'].map((n) => createPerson(world.unit1.id, `Nguyễn ${n}`)),
    );
    const input = (campaignId: string, extra: Record<string, unknown>) => ({
      campaignId,
      submittingOrganizationId: world.school1.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      ...extra,
    });
    // School 1, school campaign: one registered, one proposed, a withdrawn collective, and one
    // recognized then escalated to the district campaign.
    await register(a1, input(campaigns.school, { nomineePersonId: people[0]!.id }));
    const proposed = await register(a1, input(campaigns.school, { nomineePersonId: people[1]!.id }));
    await propose(a1, proposed.id);
    const withdrawn = await register(
      a1,
      input(campaigns.school, {
        nomineeOrganizationId: world.unit1.id,
        distinctionCode: 'MO_HINH_TIEU_BIEU',
      }),
    );
    await ok(`mutation($id: ID!) { withdrawNomination(id: $id) { stage } }`, { id: withdrawn.id }, a1);
    const best = await register(a1, input(campaigns.school, { nomineePersonId: people[2]!.id }));
    await approved(a1, best.id);
    await recognize(a1, best.id, '99/QĐ');
    await ok(
      `mutation($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id } }`,
      { id: best.id, to: campaigns.district },
      a1,
    );
    // School 2, straight into the district campaign: one registered collective.
    await register(await as(school2Admin), {
      campaignId: campaigns.district,
      submittingOrganizationId: world.school2.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_TAP_THE',
      nomineeOrganizationId: world.school2.id,
    });
  });

  const report = async (who: string, organizationId: string, campaignId: string) =>
    (await ok(REPORT, { o: organizationId, c: campaignId }, await as(who))).orgReport;

  it('the district over its campaign: the whole subtree and the school campaign below it', async () => {
    const expected = { ...zero, registered: 2, proposed: 2, escalated: 1, collectives: 1, individuals: 4 };
    const r = await eventually(
      () => report(districtAdmin, world.district.id, campaigns.district),
      (v) => JSON.stringify(v?.totals) === JSON.stringify(expected),
    );
    // The escalated one counts at the source (ESCALATED) and its linked one again (PROPOSED);
    // the withdrawn one counts nowhere.
    expect(r!.totals).toEqual(expected);
    expect(r!.byDistinction).toEqual([
      { distinction: { code: 'DIEN_HINH_TIEN_TIEN_CA_NHAN' }, count: 4 },
      { distinction: { code: 'DIEN_HINH_TIEN_TIEN_TAP_THE' }, count: 1 },
    ]);
    const rows = new Map(r!.children.map((c) => [c.organization.id, c.totals]));
    expect(rows.get(world.school1.id)).toEqual({
      registered: 1,
      proposed: 2,
      escalated: 1,
      collectives: 0,
      individuals: 4,
    });
    expect(rows.get(world.school2.id)).toEqual({
      registered: 1,
      proposed: 0,
      escalated: 0,
      collectives: 1,
      individuals: 0,
    });
  });

  it('the province over its campaign sees the same cascade; the school over its own sees only it', async () => {
    const province = await eventually(
      () => report(provinceAdmin, world.province.id, campaigns.province),
      (v) => v?.totals.registered === 2,
    );
    expect(province!.totals).toEqual({
      ...zero,
      registered: 2,
      proposed: 2,
      escalated: 1,
      collectives: 1,
      individuals: 4,
    });
    expect(province!.children.map((c) => c.organization.id)).toEqual([world.district.id]);

    const school = await report(school1Admin, world.school1.id, campaigns.school);
    // The linked nomination lives in the district campaign, outside the school campaign's cascade.
    expect(school!.totals).toEqual({ ...zero, registered: 1, proposed: 1, escalated: 1, individuals: 3 });

    const fromOrganization = await ok(
      gql(
        `query ReportsOrganization($id: ID!, $c: ID!) { organization(id: $id) { name report(campaignId: $c) { totals { registered } } } }`,
      ),
      { id: world.school1.id, c: campaigns.school },
      await as(school1Admin),
    );
    expect(fromOrganization.organization!.report!.totals.registered).toBe(1);
  });

  it('a school cannot read another school`s report, nor the district`s', async () => {
    for (const organizationId of [world.school1.id, world.district.id]) {
      const res = await graphql<{ orgReport: unknown }>(
        REPORT,
        { o: organizationId, c: campaigns.district },
        await as(school2Admin),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.orgReport).toBeNull();
    }
  });

  it('a reporting tool reads its subtree`s reports with an API key, nothing outside, nothing once revoked', async () => {
    const created = await ok<{ createApiKey: { key: string; apiKey: { id: string } } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }`,
      { input: { organizationId: world.district.id, name: 'Công cụ báo cáo' } },
      await as(districtAdmin),
    );
    const key = { apiKey: created.createApiKey.key };
    const WITH_CAMPAIGN =
      gql(`query ReportsOrgReport2($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {
      campaign { title } totals { registered } } }`);
    const own = await ok(WITH_CAMPAIGN, { o: world.district.id, c: campaigns.district }, key);
    expect(own.orgReport).toEqual({ campaign: { title: 'Huyện' }, totals: { registered: 2 } });
    const above = await graphql<{ orgReport: unknown }>(
      WITH_CAMPAIGN,
      { o: world.province.id, c: campaigns.province },
      key,
    );
    expect(above.data?.orgReport).toBeNull();
    // Nothing else: not even a nomination of its own subtree.
    const list = await graphql<{ nominations: { totalCount: number } }>(
      `
        query ($c: ID!) {
          nominations(campaignId: $c) {
            totalCount
          }
        }
      `,
      { c: campaigns.district },
      key,
    );
    expect(list.data?.nominations.totalCount ?? 0).toBe(0);

    await ok(
      `mutation($id: ID!) { revokeApiKey(id: $id) }`,
      { id: created.createApiKey.apiKey.id },
      await as(districtAdmin),
    );
    const revoked = await graphql(WITH_CAMPAIGN, { o: world.district.id, c: campaigns.district }, key);
    expect(revoked.status).toBe(401);
  });

  it('submission compliance: per child, registered and proposed, on time and within quota', async () => {
    const COMPLIANCE =
      gql(`query ReportsSubmissionCompliance($o: ID!, $c: ID!) { submissionCompliance(organizationId: $o, campaignId: $c) {
      organization { id } registered proposed quotaMin quotaMax onTime withinQuota } }`);
    const rows = await eventually(
      async () =>
        (await ok(COMPLIANCE, { o: world.district.id, c: campaigns.district }, await as(districtAdmin)))
          .submissionCompliance,
      (v) => v.some((r) => r.registered === 4),
    );
    const byId = new Map(rows.map((r) => [r.organization.id, r]));
    // School 1: four not withdrawn across the cascade (the linked one included), three proposed or further.
    expect(byId.get(world.school1.id)).toMatchObject({
      registered: 4,
      proposed: 3,
      quotaMin: null,
      quotaMax: null,
      onTime: true,
      withinQuota: true,
    });
    expect(byId.get(world.school2.id)).toMatchObject({
      registered: 1,
      proposed: 0,
      quotaMin: 2,
      quotaMax: 3,
      onTime: true,
      withinQuota: false,
    });

    // A campaign whose deadlines passed with nothing submitted: nobody is on time.
    const past = await createCampaign(await as(districtAdmin), world.district.id, {
      title: 'Đã qua hạn',
      year: Y - 2,
      registrationDeadline: vnTime(`${Y - 2}-03-01`),
      proposalDeadline: vnTime(`${Y - 2}-05-01`),
      escalationDeadline: null,
    });
    const late = await ok(COMPLIANCE, { o: world.district.id, c: past.id }, await as(districtAdmin));
    expect(late.submissionCompliance.map((r) => [r.registered, r.onTime])).toEqual([
      [0, false],
      [0, false],
    ]);
    // Outside the caller's subtree: nothing.
    const other = await ok(
      COMPLIANCE,
      { o: world.district.id, c: campaigns.district },
      await as(school2Admin),
    );
    expect(other.submissionCompliance).toEqual([]);
  });

  it('exports the report as XLSX and CSV for a reporting tool`s API key, and nothing outside its subtree', async () => {
    const created = await ok<{ createApiKey: { key: string } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
      { input: { organizationId: world.district.id, name: 'Bảng điều khiển' } },
      await as(districtAdmin),
    );
    const download = async (file: string, organizationId: string, campaignId: string) => {
      const url = new URL(testEnv('gatewayUrl').replace(/\/graphql$/, `/exports/${file}`));
      url.searchParams.set('organizationId', organizationId);
      url.searchParams.set('campaignId', campaignId);
      const res = await fetch(url, { headers: { 'x-api-key': created.createApiKey.key } });
      return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
    };
    const xlsx = await download('report.xlsx', world.district.id, campaigns.district);
    expect(xlsx.status).toBe(200);
    const book = new Workbook();
    await book.xlsx.load(xlsx.body);
    const sheet = book.worksheets[0]!;
    const values: string[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(values[0]![0]).toBe('BÁO CÁO KẾT QUẢ THI ĐUA, KHEN THƯỞNG');
    const header = values.findIndex((r) => r[0] === 'STT');
    expect(values[header]).toEqual(
      expect.arrayContaining(['Đơn vị', 'Đăng ký', 'Đề nghị', 'Tập thể', 'Cá nhân']),
    );
    const body = values.slice(header + 1);
    // Two schools, then the district's total: registered 2, proposed 2, …, revoked 0, individuals 4.
    expect(body).toHaveLength(3);
    expect(body[2]![2]).toBe(`Tổng cộng ${'Huyện Văn Giang (Báo cáo)'}`);
    expect(body[2]!.slice(3)).toEqual(['2', '2', '0', '0', '0', '0', '1', '0', '1', '4']);

    const csv = await download('report.csv', world.district.id, campaigns.district);
    expect(csv.status).toBe(200);
    expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.body.toString('utf8')).toContain('Tổng cộng Huyện Văn Giang (Báo cáo)');

    // Above its subtree the key reads nothing.
    expect((await download('report.csv', world.province.id, campaigns.province)).status).toBe(404);
  });
});
