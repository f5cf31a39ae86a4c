import { graphql, ok, testEnv, uniqueCode, type Credentials } from '@laurel/testing';
import { Workbook, type Worksheet } from 'exceljs';
import { createCampaign, transition, vnTime, Y } from './campaign-flows';
import { as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { approved, propose, recognize, register } from './nomination-flows';
import { gql } from '../gql';

const STATISTICS =
  gql(`query YearlyStatisticsYearlyStatistics($o: ID!, $y: Int!) { yearlyStatistics(organizationId: $o, year: $y) {
  organization { id } year
  campaigns { own { annual thematic phase total } below { annual thematic phase total } above { annual thematic phase total } }
  distinctions { distinction { code } registered { collectives individuals } proposed { collectives individuals }
                 recognized { collectives individuals } } } }`);

const counts = (annual: number, thematic: number, phase: number) => ({
  annual,
  thematic,
  phase,
  total: annual + thematic + phase,
});

/** [registered, proposed, recognized], each [collectives, individuals]. */
const figures = (code: string, [rc, ri, pc, pi, kc, ki]: number[]) => ({
  distinction: { code },
  registered: { collectives: rc, individuals: ri },
  proposed: { collectives: pc, individuals: pi },
  recognized: { collectives: kc, individuals: ki },
});

/** What the province's subtree did in the year's campaigns (see beforeAll). */
const PROVINCE_YEAR = [
  figures('DIEN_HINH_TIEN_TIEN_CA_NHAN', [0, 3, 0, 3, 0, 2]),
  figures('DIEN_HINH_TIEN_TIEN_TAP_THE', [1, 0, 1, 0, 1, 0]),
  figures('GIAY_KHEN', [1, 1, 1, 1, 1, 0]),
  figures('MO_HINH_TIEU_BIEU', [1, 0, 0, 0, 0, 0]),
];

/** Reporting follows the nominations' events within a bounded delay: ask until it agrees. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** A row's cells as read back from the file (empty cells null). */
function cells(sheet: Worksheet, row: number, width: number): unknown[] {
  return Array.from({ length: width }, (_, i) => sheet.getRow(row).getCell(i + 1).value ?? null);
}

describe('the yearly statistical report (Home Affairs form), from the rollups, as XLSX', () => {
  const s = (name: string) => `${name}-${uniqueCode('u')}`;
  const provinceAdmin = s('province-admin');
  const districtAdmin = s('district-admin');
  const school1Admin = s('school1-admin');
  const school2Admin = s('school2-admin');
  const otherAdmin = s('other-province-admin');
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  let other: { id: string };
  const keys = { province: '', other: '' };

  beforeAll(async () => {
    world = await provinceWithSchools('Thống kê');
    other = await createOrg('PROVINCE', 'Tỉnh khác (Thống kê)', null);
    await grant(provinceAdmin, world.province.id, 'ORG_ADMIN');
    await grant(districtAdmin, world.district.id, 'ORG_ADMIN');
    await grant(school1Admin, world.school1.id, 'ORG_ADMIN');
    await grant(school2Admin, world.school2.id, 'ORG_ADMIN');
    await grant(otherAdmin, other.id, 'ORG_ADMIN');
    const p = await as(provinceAdmin);
    const d = await as(districtAdmin);
    const a1 = await as(school1Admin);
    const a2 = await as(school2Admin);
    const q = await as(otherAdmin);
    const next = Y + 1;
    const nextYear = {
      year: next,
      registrationDeadline: vnTime(`${next}-03-23`),
      proposalDeadline: vnTime(`${next}-11-30`),
      escalationDeadline: vnTime(`${next}-12-20`),
    };
    const opened = async (credentials: { token: string }, orgId: string, input: Record<string, unknown>) => {
      const { id } = await createCampaign(credentials, orgId, input);
      await transition(credentials, id, 'open');
      return id;
    };

    // Launched in the year: by the province an annual and a multi-year phase; below it the
    // district's annual (under the province's) and a thematic one, and the school's annual.
    // Not counted: a district draft, the next year's campaigns, the other province's.
    const province = await opened(p, world.province.id, { title: 'Tỉnh' });
    await opened(p, world.province.id, { title: 'Giai đoạn', kind: 'PHASE', endYear: Y + 2 });
    await opened(p, world.province.id, { title: 'Tỉnh năm sau', ...nextYear });
    const district = await opened(d, world.district.id, {
      title: 'Huyện',
      parentId: province,
      escalationDeadline: vnTime(`${Y}-12-10`),
    });
    await opened(d, world.district.id, { title: 'Chuyên đề', kind: 'THEMATIC' });
    await createCampaign(d, world.district.id, { title: 'Bản nháp', kind: 'THEMATIC' });
    const school = await opened(a1, world.school1.id, {
      title: 'Trường',
      parentId: district,
      proposalDeadline: vnTime(`${Y}-11-15`),
      escalationDeadline: vnTime(`${Y}-12-01`),
    });
    const schoolNext = await opened(a1, world.school1.id, { title: 'Trường năm sau', ...nextYear });
    const otherCampaign = await opened(q, other.id, { title: 'Tỉnh khác' });

    const [an, binh, cuong, dung] = await Promise.all(
      ['An', 'Bình', 'Cường', 'Dũng'].map((n) => createPerson(world.unit1.id, `Nguyễn ${n}`)),
    );
    const bySchool1 = (campaignId: string, distinctionCode: string, nominee: Record<string, string>) =>
      register(a1, { campaignId, submittingOrganizationId: world.school1.id, distinctionCode, ...nominee });

    // School 1, school campaign: An recognized; Bình recognized then escalated to the district
    // (his linked nomination is proposed there); Cường proposed for a Giấy khen; the unit
    // recognized for a Giấy khen, registered as a model; Dũng withdrawn.
    const n1 = await bySchool1(school, 'DIEN_HINH_TIEN_TIEN_CA_NHAN', { nomineePersonId: an!.id });
    await approved(a1, n1.id);
    await recognize(a1, n1.id, '01/QĐ-THCS');
    const n2 = await bySchool1(school, 'DIEN_HINH_TIEN_TIEN_CA_NHAN', { nomineePersonId: binh!.id });
    await approved(a1, n2.id);
    await recognize(a1, n2.id, '02/QĐ-THCS');
    await ok(
      `mutation($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id } }`,
      { id: n2.id, to: district },
      a1,
    );
    const n3 = await bySchool1(school, 'GIAY_KHEN', { nomineePersonId: cuong!.id });
    await propose(a1, n3.id);
    const n4 = await bySchool1(school, 'GIAY_KHEN', { nomineeOrganizationId: world.unit1.id });
    await approved(a1, n4.id);
    await recognize(a1, n4.id, '03/QĐ-THCS');
    await bySchool1(school, 'MO_HINH_TIEU_BIEU', { nomineeOrganizationId: world.unit1.id });
    const n6 = await bySchool1(school, 'DIEN_HINH_TIEN_TIEN_CA_NHAN', { nomineePersonId: dung!.id });
    await ok(`mutation($id: ID!) { withdrawNomination(id: $id) { stage } }`, { id: n6.id }, a1);

    // School 2, straight into the district campaign: itself, recognized by the district.
    const n7 = await register(a2, {
      campaignId: district,
      submittingOrganizationId: world.school2.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_TAP_THE',
      nomineeOrganizationId: world.school2.id,
    });
    await approved(a2, n7.id);
    await recognize(d, n7.id, '04/QĐ-PGD');

    // The next year (recognized, so it would show if years leaked) and another province.
    const n8 = await bySchool1(schoolNext, 'DIEN_HINH_TIEN_TIEN_CA_NHAN', { nomineePersonId: an!.id });
    await approved(a1, n8.id);
    await recognize(a1, n8.id, '05/QĐ-THCS');
    const n9 = await register(q, {
      campaignId: otherCampaign,
      submittingOrganizationId: other.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_TAP_THE',
      nomineeOrganizationId: other.id,
    });
    await approved(q, n9.id);
    await recognize(q, n9.id, '06/QĐ-UBND');

    const key = async (credentials: { token: string }, organizationId: string) =>
      (
        await ok<{ createApiKey: { key: string } }>(
          `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`,
          { i: { organizationId, name: 'Phần mềm thống kê' } },
          credentials,
        )
      ).createApiKey.key;
    keys.province = await key(p, world.province.id);
    keys.other = await key(q, other.id);
  });

  const statistics = async (credentials: Credentials, organizationId: string, year: number) =>
    graphql(STATISTICS, { o: organizationId, y: year }, credentials);

  const settled = async (credentials: Credentials, organizationId: string, year: number, expected: unknown) =>
    eventually(
      async () => (await statistics(credentials, organizationId, year)).data?.yearlyStatistics,
      (v) => JSON.stringify(v?.distinctions) === JSON.stringify(expected),
    );

  it('counts the year`s movements by kind and its recognitions by distinction and target, nothing else', async () => {
    const province = await settled(await as(provinceAdmin), world.province.id, Y, PROVINCE_YEAR);
    expect(province).toEqual({
      organization: { id: world.province.id },
      year: Y,
      campaigns: { own: counts(1, 0, 1), below: counts(2, 1, 0), above: counts(0, 0, 0) },
      distinctions: PROVINCE_YEAR,
    });

    // The district: its own two, the school's below, the province's two applying from above.
    const district = await settled(await as(districtAdmin), world.district.id, Y, PROVINCE_YEAR);
    expect(district!.campaigns).toEqual({
      own: counts(1, 1, 0),
      below: counts(1, 0, 0),
      above: counts(1, 0, 1),
    });

    // The next year holds only what was launched and recognized in it.
    const later = await settled(await as(provinceAdmin), world.province.id, Y + 1, [
      figures('DIEN_HINH_TIEN_TIEN_CA_NHAN', [0, 1, 0, 1, 0, 1]),
    ]);
    expect(later!.campaigns).toEqual({
      own: counts(1, 0, 0),
      below: counts(1, 0, 0),
      above: counts(0, 0, 0),
    });
  });

  it('follows the subtree: another province and a sibling school read nothing; a bad year is BAD_USER_INPUT', async () => {
    for (const [who, organizationId] of [
      [otherAdmin, world.province.id],
      [school2Admin, world.school1.id],
      [school2Admin, world.district.id],
    ] as const) {
      const res = await statistics(await as(who), organizationId, Y);
      expect(res.errors).toBeUndefined();
      expect(res.data?.yearlyStatistics).toBeNull();
    }
    const bad = await statistics(await as(provinceAdmin), world.province.id, 1999);
    expect(bad.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect((await statistics(undefined, world.province.id, Y)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  const download = async (apiKey: string, params: Record<string, string>, file = 'statistics.xlsx') => {
    const url = new URL(testEnv('gatewayUrl').replace(/\/graphql$/, `/exports/${file}`));
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    const res = await fetch(url, { headers: { 'x-api-key': apiKey } });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };

  it('exports the form as XLSX for the province`s API key: header block, movements, distinctions by target', async () => {
    await settled({ apiKey: keys.province }, world.province.id, Y, PROVINCE_YEAR);
    const file = await download(keys.province, { organizationId: world.province.id, year: String(Y) });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(decodeURIComponent(file.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe(
      `Thống kê thi đua, khen thưởng năm ${Y} - Tỉnh Thống kê.xlsx`,
    );
    const book = new Workbook();
    await book.xlsx.load(file.body);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Biểu 1 – Phong trào thi đua',
      'Biểu 2 – Khen thưởng',
    ]);
    const [movements, awards] = book.worksheets as [Worksheet, Worksheet];

    // The header block, the same on both sheets.
    for (const sheet of [movements, awards]) {
      expect(cells(sheet, 1, 1)).toEqual([`BÁO CÁO THỐNG KÊ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${Y}`]);
      expect([3, 4, 5, 6, 7].map((r) => sheet.getCell(`A${r}`).value)).toEqual([
        'Chế độ báo cáo thống kê ngành Nội vụ (Thông tư số 02/2023/TT-BNV), báo cáo năm',
        `Đơn vị báo cáo: Tỉnh Thống kê (mã ${world.province.code})`,
        'Đơn vị nhận báo cáo: Bộ Nội vụ (Ban Thi đua – Khen thưởng Trung ương)',
        `Kỳ báo cáo: năm ${Y}, từ ngày 01/01/${Y} đến ngày 31/12/${Y} (giờ Việt Nam)`,
        `Ngày nhận báo cáo: 15/12/${Y}`,
      ]);
    }

    // Biểu 1: header on row 9, then the total, the province's own, those below, those from above.
    expect(movements.getCell('A2').value).toBe('Biểu 1. Số phong trào thi đua được phát động');
    expect(cells(movements, 9, 6)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Tổng số',
      'Thường xuyên (hằng năm)',
      'Theo đợt, chuyên đề',
      'Giai đoạn (nhiều năm)',
    ]);
    expect([10, 11, 12, 13].map((r) => cells(movements, r, 6))).toEqual([
      [null, 'Tổng số phong trào thi đua được phát động trong năm (1 + 2)', 5, 3, 1, 1],
      [1, 'Do Tỉnh Thống kê phát động', 2, 1, 0, 1],
      [2, 'Do các cơ quan, đơn vị trực thuộc phát động', 3, 2, 1, 0],
      [3, 'Phong trào do cấp trên phát động, triển khai tại đơn vị (không cộng vào tổng số)', 0, 0, 0, 0],
    ]);
    expect(movements.rowCount).toBe(13);

    // Biểu 2: every distinction of the catalogue by section; empty where a target cannot apply.
    expect(awards.getCell('A2').value).toBe('Biểu 2. Số danh hiệu thi đua, hình thức khen thưởng');
    expect(cells(awards, 9, 9)).toEqual([
      'STT',
      'Danh hiệu thi đua, hình thức khen thưởng',
      'Mã',
      'Đăng ký – Tập thể',
      'Đăng ký – Cá nhân',
      'Đề nghị – Tập thể',
      'Đề nghị – Cá nhân',
      'Được công nhận, khen thưởng – Tập thể',
      'Được công nhận, khen thưởng – Cá nhân',
    ]);
    expect(cells(awards, 10, 9)).toEqual([null, 'TỔNG SỐ', null, 3, 4, 2, 4, 2, 2]);
    const rows = Array.from({ length: awards.rowCount - 10 }, (_, i) => cells(awards, 11 + i, 9));
    const sections = rows.filter((r) => typeof r[0] === 'string');
    expect(sections).toEqual([
      ['I', 'Danh hiệu thi đua', null, 0, 0, 0, 0, 0, 0],
      ['II', 'Hình thức khen thưởng', null, 1, 1, 1, 1, 1, 0],
      ['III', 'Điển hình tiên tiến, mô hình tiêu biểu', null, 2, 3, 1, 3, 1, 2],
      ['IV', 'Sáng kiến', null, 0, 0, 0, 0, 0, 0],
    ]);
    const byCode = new Map(rows.filter((r) => typeof r[2] === 'string').map((r) => [r[2], r]));
    expect(byCode.size).toBe(14); // the national catalogue
    expect(byCode.get('DIEN_HINH_TIEN_TIEN_CA_NHAN')!.slice(1)).toEqual([
      'Cá nhân điển hình tiên tiến',
      'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      null,
      3,
      null,
      3,
      null,
      2,
    ]);
    expect(byCode.get('DIEN_HINH_TIEN_TIEN_TAP_THE')!.slice(3)).toEqual([1, null, 1, null, 1, null]);
    expect(byCode.get('MO_HINH_TIEU_BIEU')!.slice(3)).toEqual([1, null, 0, null, 0, null]);
    expect(byCode.get('GIAY_KHEN')!.slice(1)).toEqual(['Giấy khen', 'GIAY_KHEN', 1, 1, 1, 1, 1, 0]);
    expect(byCode.get('LAO_DONG_TIEN_TIEN')!.slice(3)).toEqual([null, 0, null, 0, null, 0]);
    expect(byCode.get('BANG_KHEN_TINH')!.slice(3)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('refuses what the export must: another province`s key (404), a missing or bad year (400), CSV (404)', async () => {
    const other = await download(keys.other, { organizationId: world.province.id, year: String(Y) });
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body.toString('utf8')).errors[0].extensions.code).toBe('NOT_FOUND');

    const badYears: Record<string, string>[] = [
      { organizationId: world.province.id },
      { organizationId: world.province.id, year: 'năm nay' },
      { organizationId: world.province.id, year: '1999' },
      { organizationId: world.province.id, year: `${Y}-01` },
    ];
    for (const params of badYears) {
      const res = await download(keys.province, params);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body.toString('utf8')).errors).toEqual([
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'year' } }),
      ]);
    }
    const csv = await download(
      keys.province,
      { organizationId: world.province.id, year: String(Y) },
      'statistics.csv',
    );
    expect(csv.status).toBe(404);
  });
});
