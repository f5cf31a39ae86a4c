import { ok, testEnv, uniqueCode } from '@laurel/testing';
import { Workbook, type Worksheet } from 'exceljs';
import { createCampaign, transition } from './campaign-flows';
import { admin, as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { propose, register } from './nomination-flows';
import { gql } from '../gql';
import type { NominationExportsPeoplePageQuery } from '../gql/graphql';

type Credentials = { token: string } | { apiKey: string } | undefined;

const HEADER_ROW = 5;
const COLUMNS = 7;

/** GETs an export from the real gateway, as a browser or `curl` would. */
async function download(
  path: string,
  params: Record<string, string>,
  credentials: Credentials,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const url = new URL(testEnv('gatewayUrl').replace(/\/graphql$/, `/exports/${path}`));
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const headers: Record<string, string> = {};
  if (credentials && 'token' in credentials) headers.authorization = `Bearer ${credentials.token}`;
  if (credentials && 'apiKey' in credentials) headers['x-api-key'] = credentials.apiKey;
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

async function sheetOf(body: Buffer): Promise<Worksheet> {
  // exceljs types its input as an ArrayBuffer-like; at runtime it takes a Node Buffer.
  const workbook = await new Workbook().xlsx.load(body);
  return workbook.worksheets[0]!;
}

const cellText = (value: unknown): string | number | null =>
  value === null || value === undefined || value === '' ? null : (value as string | number);

/** The rows under the header row, as arrays of the 7 cells (empty cells as null). */
function dataRows(sheet: Worksheet): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: COLUMNS }, (_, c) => cellText(row.getCell(c + 1).value)));
  }
  return rows;
}

/** RFC 4180, as strictly as the export writes it: CRLF records, doubled quotes inside quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
  }
  if (quoted || field !== '' || record.length > 0) throw new Error('the CSV does not end with CRLF');
  return records;
}

const csvRows = (records: string[][]) =>
  records.slice(1).map((r) => r.map((v, c) => (v === '' ? null : c === 0 ? Number(v) : v)));

describe('nomination exports through the gateway (registration and proposal lists)', () => {
  const s = (name: string) => `${name}-${uniqueCode('u')}`;
  const schoolAdmin = s('school-admin');
  const otherAdmin = s('other-admin');
  const districtViewer = s('district-viewer');
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  let campaign: { id: string; title: string; periodLabel: string };
  const school = () => world.school1;

  // In registration order; the summaries exercise CSV quoting (commas, quotes).
  const expected = {
    proposed: [] as (string | number | null)[][],
    registered: [] as (string | number | null)[][],
  };

  beforeAll(async () => {
    world = await provinceWithSchools('Xuất danh sách');
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    await grant(otherAdmin, world.school2.id, 'ORG_ADMIN');
    await grant(districtViewer, world.district.id, 'VIEWER');
    const hoa = await createPerson(world.school1.id, 'Lê Thị Hoa', {
      partyPosition: 'Bí thư chi bộ',
      governmentPosition: 'Hiệu trưởng',
      leadsId: world.school1.id,
    });
    const an = await createPerson(world.unit1.id, 'Nguyễn Văn An', {
      partyPosition: 'Chủ tịch Công đoàn',
      governmentPosition: 'Tổ trưởng chuyên môn',
    });
    const duc = await createPerson(world.unit1.id, 'Trần Minh Đức', { governmentPosition: 'Giáo viên' });
    // Typed on a Mac or pasted from a PDF: decomposed diacritics must come out composed (NFC).
    const anh = await createPerson(world.school1.id, 'Phạm Thị Ngọc Ánh'.normalize('NFD'), {
      partyPosition: 'Bí thư Chi đoàn'.normalize('NFD'),
    });

    const created = await createCampaign(await as(schoolAdmin), world.school1.id, {
      title: 'Phong trào thi đua "Dạy tốt – Học tốt"',
    });
    await transition(await as(schoolAdmin), created.id, 'open');
    const read = await ok<{ campaign: { id: string; title: string; periodLabel: string } }>(
      `query($id: ID!) { campaign(id: $id) { id title periodLabel } }`,
      { id: created.id },
      await as(schoolAdmin),
    );
    campaign = read.campaign;

    const lead = await as(schoolAdmin);
    const nominate = (distinctionCode: string, nominee: Record<string, string>) =>
      register(lead, {
        campaignId: campaign.id,
        distinctionCode,
        submittingOrganizationId: world.school1.id,
        ...nominee,
      });
    const school1 = world.school1.name;
    const nHoa = await nominate('DIEN_HINH_TIEN_TIEN_CA_NHAN', { nomineePersonId: hoa.id });
    const nAn = await nominate('LAO_DONG_TIEN_TIEN', { nomineePersonId: an.id });
    const nUnit = await nominate('DIEN_HINH_TIEN_TIEN_TAP_THE', { nomineeOrganizationId: world.unit1.id });
    await nominate('DIEN_HINH_TIEN_TIEN_CA_NHAN', { nomineePersonId: duc.id });
    await nominate('LAO_DONG_TIEN_TIEN', { nomineePersonId: anh.id });

    const summaries = {
      hoa: 'Chỉ đạo nhà trường đạt chuẩn quốc gia mức độ 2, 100% học sinh lên lớp',
      an: 'Sáng kiến "Dạy học theo dự án" được công nhận cấp tỉnh; giáo viên dạy giỏi cấp huyện',
      unit: 'Tổ có 3 giáo viên dạy giỏi cấp tỉnh; 95% học sinh khá, giỏi',
    };
    await propose(lead, nHoa.id, summaries.hoa);
    await propose(lead, nAn.id, summaries.an);
    await propose(lead, nUnit.id, summaries.unit);

    expected.proposed = [
      [
        1,
        'Lê Thị Hoa',
        'Bí thư chi bộ',
        'Hiệu trưởng',
        'Cá nhân điển hình tiên tiến',
        school1,
        summaries.hoa,
      ],
      [
        2,
        'Nguyễn Văn An',
        'Chủ tịch Công đoàn',
        'Tổ trưởng chuyên môn',
        'Lao động tiên tiến',
        school1,
        summaries.an,
      ],
      [3, 'Tổ Toán – Tin', null, null, 'Tập thể điển hình tiên tiến', school1, summaries.unit],
    ];
    expected.registered = [
      [1, 'Trần Minh Đức', null, 'Giáo viên', 'Cá nhân điển hình tiên tiến', school1, null],
      [2, 'Phạm Thị Ngọc Ánh', 'Bí thư Chi đoàn', null, 'Lao động tiên tiến', school1, null],
    ];
  }, 60_000);

  const params = (extra: Record<string, string> = {}) => ({
    organizationId: school().id,
    campaignId: campaign.id,
    ...extra,
  });

  it('writes the proposal list as XLSX: title, Vietnamese headers, STT 1..n, names, positions, distinctions, summaries', async () => {
    const res = await download('nominations.xlsx', params({ stage: 'PROPOSED' }), await as(schoolAdmin));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(
      /^attachment; filename="danh-sach-de-nghi-[a-z0-9-]+\.xlsx"; filename\*=UTF-8''/,
    );
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe(
      `Danh sách đề nghị - ${school().name} - ${campaign.periodLabel}.xlsx`,
    );

    const sheet = await sheetOf(res.body);
    expect(sheet.name).toBe('Danh sách đề nghị');
    expect(sheet.getCell('A1').value).toBe(
      `DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG ${campaign.periodLabel.toLocaleUpperCase('vi')}`,
    );
    expect(sheet.getCell('A2').value).toBe('Phong trào thi đua "Dạy tốt – Học tốt"');
    expect(sheet.getCell('A3').value).toBe(`Đơn vị: ${school().name}`);
    expect(dataRowsHeader(sheet)).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ Đảng, đoàn thể',
      'Chức vụ chính quyền',
      'Danh hiệu đề nghị',
      'Đơn vị',
      'Tóm tắt thành tích',
    ]);
    const rows = dataRows(sheet);
    expect(rows).toEqual(expected.proposed);
    for (const row of rows)
      for (const cell of row) if (typeof cell === 'string') expect(cell).toBe(cell.normalize('NFC'));
  });

  it('writes the registration list by default: every nomination, without stage, and with stage=REGISTERED', async () => {
    const all = await sheetOf((await download('nominations.xlsx', params(), await as(schoolAdmin))).body);
    expect(all.name).toBe('Danh sách đăng ký');
    expect(String(all.getCell('A1').value)).toMatch(/^DANH SÁCH ĐĂNG KÝ DANH HIỆU THI ĐUA/);
    expect(dataRowsHeader(all)[4]).toBe('Danh hiệu đăng ký');
    expect(dataRows(all).map((r) => [r[0], r[1]])).toEqual([
      [1, 'Lê Thị Hoa'],
      [2, 'Nguyễn Văn An'],
      [3, 'Tổ Toán – Tin'],
      [4, 'Trần Minh Đức'],
      [5, 'Phạm Thị Ngọc Ánh'],
    ]);

    const registered = await download(
      'nominations.xlsx',
      params({ stage: 'REGISTERED' }),
      await as(schoolAdmin),
    );
    expect(dataRows(await sheetOf(registered.body))).toEqual(expected.registered);

    // `form` overrides the default: the proposed nominations on the registration form.
    const overridden = await sheetOf(
      (
        await download(
          'nominations.xlsx',
          params({ stage: 'PROPOSED', form: 'registration' }),
          await as(schoolAdmin),
        )
      ).body,
    );
    expect(String(overridden.getCell('A1').value)).toMatch(/^DANH SÁCH ĐĂNG KÝ/);
    expect(dataRows(overridden)).toEqual(expected.proposed);
  });

  it('writes the same list as CSV: UTF-8 with a BOM, RFC 4180, CRLF', async () => {
    const res = await download('nominations.csv', params({ stage: 'PROPOSED' }), await as(schoolAdmin));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/filename="danh-sach-de-nghi-[a-z0-9-]+\.csv"/);
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(res.body.subarray(3).toString('utf8'));
    expect(records[0]).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ Đảng, đoàn thể',
      'Chức vụ chính quyền',
      'Danh hiệu đề nghị',
      'Đơn vị',
      'Tóm tắt thành tích',
    ]);
    expect(csvRows(records)).toEqual(expected.proposed);
  });

  it('a district reads its schools; another school gets the form with no rows', async () => {
    const district = await download('nominations.csv', params(), await as(districtViewer));
    expect(csvRows(parseCsv(district.body.subarray(3).toString('utf8')))).toHaveLength(5);

    const other = await download('nominations.xlsx', params(), await as(otherAdmin));
    expect(other.status).toBe(200);
    const sheet = await sheetOf(other.body);
    expect(dataRowsHeader(sheet)[0]).toBe('STT');
    expect(dataRows(sheet)).toEqual([]);
    // Nor does asking for its own organization with the first school's campaign reveal anything.
    const own = await download(
      'nominations.csv',
      { organizationId: world.school2.id, campaignId: campaign.id },
      await as(otherAdmin),
    );
    expect(parseCsv(own.body.subarray(3).toString('utf8'))).toHaveLength(1);
  });

  it('an API key reads reports only (SPEC 2): its nominations export is an empty list, not an error', async () => {
    const key = await ok<{ createApiKey: { key: string } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
      { input: { organizationId: world.school1.id, name: 'Công cụ báo cáo' } },
      await admin(),
    );
    const res = await download('nominations.csv', params(), { apiKey: key.createApiKey.key });
    expect(res.status).toBe(200);
    const records = parseCsv(res.body.subarray(3).toString('utf8'));
    expect(records).toHaveLength(1);
    expect(records[0]![0]).toBe('STT');
  });

  it('refuses callers without valid credentials (401) and bad parameters (400), as JSON', async () => {
    const none = await download('nominations.xlsx', params(), undefined);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await download('nominations.xlsx', params(), { token: 'not.a.token' });
    expect(forged.status).toBe(401);
    expect(JSON.parse(forged.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const badKey = await download('nominations.csv', params(), { apiKey: 'lk_nope' });
    expect(badKey.status).toBe(401);

    const missing = await download(
      'nominations.xlsx',
      { organizationId: school().id },
      await as(schoolAdmin),
    );
    expect(missing.status).toBe(400);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(missing.body.toString())).toEqual({
      errors: [
        {
          message: 'campaignId is required',
          extensions: { code: 'BAD_USER_INPUT', field: 'campaignId' },
        },
      ],
    });
    const stage = await download('nominations.csv', params({ stage: 'DONE' }), await as(schoolAdmin));
    expect(stage.status).toBe(400);
    expect(JSON.parse(stage.body.toString()).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'stage',
    });

    const unknownOrg = await download(
      'nominations.csv',
      params({ organizationId: '00000000-0000-4000-8000-000000000000' }),
      await as(schoolAdmin),
    );
    expect(unknownOrg.status).toBe(404);
    expect(JSON.parse(unknownOrg.body.toString()).errors[0].extensions.code).toBe('NOT_FOUND');

    expect((await download('people.csv', params(), await as(schoolAdmin))).status).toBe(404);
  });
});

describe('a large nomination export streams page after page', () => {
  const COUNT = 250;
  const schoolAdmin = `big-school-admin-${uniqueCode('u')}`;
  let school: { id: string; code: string; name: string };
  let campaignId: string;

  beforeAll(async () => {
    const province = await createOrg('PROVINCE', 'Tỉnh Quảng Trị', null);
    school = await createOrg('INSTITUTION', 'Trường THPT Đông Hà', province.id);
    await grant(schoolAdmin, school.id, 'ORG_ADMIN');
    const lines = ['Họ và tên,Chức vụ chính quyền,Mã đơn vị'];
    for (let i = 1; i <= COUNT; i++) lines.push(`Nguyễn Thị Số ${i},Giáo viên,${school.code}`);
    const imported = await ok<{ importPeople: { created: number; errors: unknown[] } }>(
      `mutation($c: String!) { importPeople(format: CSV, content: $c) { created errors { row message } } }`,
      { c: lines.join('\n') },
      await admin(),
    );
    expect(imported.importPeople).toEqual({ created: COUNT, errors: [] });

    const people: string[] = [];
    let after: string | null = null;
    do {
      // Annotated: `after` (read in the loop's condition) makes the inference circular.
      const page: NominationExportsPeoplePageQuery = await ok(
        gql(`query NominationExportsPeoplePage($id: ID!, $after: String) { organization(id: $id) { people(first: 100, after: $after) {
            pageInfo { hasNextPage endCursor } edges { node { id } } } } }`),
        { id: school.id, after },
        await admin(),
      );
      people.push(...page.organization!.people.edges.map((e) => e.node.id));
      after = page.organization!.people.pageInfo.hasNextPage
        ? page.organization!.people.pageInfo.endCursor
        : null;
    } while (after);
    expect(people).toHaveLength(COUNT);

    const lead = await as(schoolAdmin);
    campaignId = (await createCampaign(lead, school.id)).id;
    await transition(lead, campaignId, 'open');
    for (let i = 0; i < people.length; i += 10)
      await Promise.all(
        people.slice(i, i + 10).map((nomineePersonId) =>
          register(lead, {
            campaignId,
            distinctionCode: 'LAO_DONG_TIEN_TIEN',
            submittingOrganizationId: school.id,
            nomineePersonId,
          }),
        ),
      );
  }, 180_000);

  const expectedNames = Array.from({ length: COUNT }, (_, i) => `Nguyễn Thị Số ${i + 1}`).sort();

  it('250 nominations over 3 pages arrive complete in the XLSX', async () => {
    const res = await download(
      'nominations.xlsx',
      { organizationId: school.id, campaignId },
      await as(schoolAdmin),
    );
    expect(res.status).toBe(200);
    const rows = dataRows(await sheetOf(res.body));
    expect(rows).toHaveLength(COUNT);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
    expect(rows.map((r) => r[1]).sort()).toEqual(expectedNames);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['Lao động tiên tiến']));
  });

  it('and in the CSV', async () => {
    const res = await download(
      'nominations.csv',
      { organizationId: school.id, campaignId },
      await as(schoolAdmin),
    );
    const rows = csvRows(parseCsv(res.body.subarray(3).toString('utf8')));
    expect(rows).toHaveLength(COUNT);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
    expect(rows.map((r) => r[1]).sort()).toEqual(expectedNames);
  });
});

function dataRowsHeader(sheet: Worksheet): (string | number | null)[] {
  const row = sheet.getRow(HEADER_ROW);
  return Array.from({ length: COLUMNS }, (_, c) => cellText(row.getCell(c + 1).value));
}
