import { graphql, ok, testEnv, uniqueCode } from '@laurel/testing';
import { Workbook } from 'exceljs';
import { admin, as, createPerson, grant, provinceWithSchools } from './flows';

interface ImportResult {
  created: number;
  updated: number;
  errors: { row: number; message: string }[];
}

const base = () => testEnv('gatewayUrl').replace(/\/graphql$/, '');

async function get(path: string, token?: string) {
  return fetch(`${base()}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function upload(kind: string, file: string, token: string, query: string) {
  const res = await fetch(`${base()}/imports/${kind}?format=csv${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${token}` },
    body: file,
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: Record<string, ImportResult>; errors?: unknown[] },
  };
}

/** The web app's import screen: templates to fill in, and a check that writes nothing before the write. */
describe('import templates and dry runs', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const schoolAdmin = `template-admin-${uniqueCode('u')}`;

  beforeAll(async () => {
    world = await provinceWithSchools('Mẫu nhập');
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
  });

  const peopleCount = async () =>
    (
      await ok<{ organization: { people: { totalCount: number } } }>(
        `query($id: ID!) { organization(id: $id) { people(first: 1) { totalCount } } }`,
        { id: world.school1.id },
        await admin(),
      )
    ).organization.people.totalCount;

  it('serves a CSV and an XLSX template per kind, whose header imports as is', async () => {
    const { token } = await as(schoolAdmin);
    const csv = await get('/imports/templates/people.csv', token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain('people-template.csv');
    const header = (await csv.text()).replace(/^\ufeff/, '').trim();
    expect(header).toBe(
      'Mã đơn vị,Họ và tên,"Chức vụ đảng, đoàn thể",Chức vụ chính quyền,Lãnh đạo đơn vị,Tài khoản,Mã cán bộ,Ngày nghỉ việc',
    );

    // The template, filled in with one row, is a valid import.
    const filled = `${header}\r\n${world.school1.code},Phạm Thị Hồng Nhung,,Giáo viên,,,,\r\n`;
    const result = await upload('people', filled, token, '');
    expect(result.body.data?.importPeople).toEqual({ created: 1, updated: 0, errors: [] });

    for (const kind of ['organizations', 'people', 'distinction-records']) {
      const xlsx = await get(`/imports/templates/${kind}.xlsx`, token);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const workbook = new Workbook();
      await workbook.xlsx.load(await xlsx.arrayBuffer());
      const first = workbook.worksheets[0]!.getRow(1).values as unknown[];
      expect(first.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    }
  });

  it('refuses an anonymous caller and names the templates for an unknown one', async () => {
    const anonymous = await get('/imports/templates/people.csv');
    expect(anonymous.status).toBe(401);
    const { token } = await as(schoolAdmin);
    const unknown = await get('/imports/templates/campaigns.csv', token);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('/imports/templates/people.csv');
    const post = await fetch(`${base()}/imports/templates/people.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(post.status).toBe(405);
  });

  it('a dry run answers the counts or every bad row and writes nothing; the same file then writes', async () => {
    const { token } = await as(schoolAdmin);
    const before = await peopleCount();
    const bad = [
      'Họ và tên,Mã đơn vị',
      `Lê Thị Thu Hà,${world.school1.code}`,
      `Trần Văn Khoa,${world.school2.code}`, // the sibling school: not this administrator's
      `,${world.school1.code}`,
    ].join('\n');
    const checked = await upload('people', bad, token, '&dryRun=true');
    expect(checked.status).toBe(200);
    const errors = checked.body.data!.importPeople!.errors;
    expect(errors.map((e) => e.row)).toEqual([3, 4]);
    expect(await peopleCount()).toBe(before);

    const good = [
      'Họ và tên,Mã đơn vị',
      `Lê Thị Thu Hà,${world.school1.code}`,
      `Võ Minh Tâm,${world.school1.code}`,
    ].join('\n');
    const dry = await upload('people', good, token, '&dryRun=true');
    expect(dry.body.data?.importPeople).toEqual({ created: 2, updated: 0, errors: [] });
    expect(await peopleCount()).toBe(before);

    const written = await upload('people', good, token, '&dryRun=false');
    expect(written.body.data?.importPeople).toEqual({ created: 2, updated: 0, errors: [] });
    expect(await peopleCount()).toBe(before + 2);

    // The mutation takes it too, on /graphql, for organizations.
    const code = uniqueCode('DRY');
    const viaGraphql = await graphql<{ importOrganizations: ImportResult }>(
      `
        mutation ($c: String!) {
          importOrganizations(format: CSV, content: $c, dryRun: true) {
            created
            updated
            errors {
              row
              message
            }
          }
        }
      `,
      { c: `code,name,kind,parentCode\n${code},Tổ Văn,UNIT,${world.school1.code}` },
      { token },
    );
    expect(viaGraphql.data?.importOrganizations).toEqual({ created: 1, updated: 0, errors: [] });
    const found = await ok<{ organizationByCode: { id: string } | null }>(
      `query($code: String!) { organizationByCode(code: $code) { id } }`,
      { code },
      await admin(),
    );
    expect(found.organizationByCode).toBeNull();
  });

  it('refuses a dryRun that is neither true nor false', async () => {
    const { token } = await as(schoolAdmin);
    const result = await upload(
      'people',
      `Họ và tên,Mã đơn vị\nA,${world.school1.code}`,
      token,
      '&dryRun=yes',
    );
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).toContain('BAD_USER_INPUT');
  });

  it('a dry run of distinction history counts exactly and rolls back', async () => {
    const { token } = await as(schoolAdmin);
    const teacher = await createPerson(world.school1.id, 'Đặng Thị Thanh Xuân');
    const records = async () =>
      (
        await ok<{ person: { distinctions: { year: number }[] } }>(
          `query($id: ID!) { person(id: $id) { distinctions { year } } }`,
          { id: teacher.id },
          await admin(),
        )
      ).person.distinctions;
    const csv = [
      'Năm,Mã danh hiệu,Mã cá nhân,Số quyết định',
      `2022,LAO_DONG_TIEN_TIEN,${teacher.id},3/QĐ`,
      `2023,LAO_DONG_TIEN_TIEN,${teacher.id},4/QĐ`,
    ].join('\n');
    const dry = await upload('distinction-records', csv, token, '&dryRun=true');
    expect(dry.body.data?.importDistinctionRecords).toEqual({ created: 2, updated: 0, errors: [] });
    expect(await records()).toEqual([]);
    const written = await upload('distinction-records', csv, token, '');
    expect(written.body.data?.importDistinctionRecords).toEqual({ created: 2, updated: 0, errors: [] });
    expect((await records()).map((r) => r.year).sort()).toEqual([2022, 2023]);
    // Again, dry: the same rows would now update.
    const again = await upload('distinction-records', csv, token, '&dryRun=true');
    expect(again.body.data?.importDistinctionRecords).toEqual({ created: 0, updated: 2, errors: [] });
  });
});
