import { Workbook } from 'exceljs';
import { importFile, ok } from '@laurel/testing';
import { admin, as, createOrg, grant, provinceWithSchools } from './flows';

interface ImportResult {
  created: number;
  updated: number;
  errors: { row: number; message: string }[];
}

/** Whole files through POST /imports/<kind>: the import mutations, as the caller, past 100 KB. */
describe('imports sent as files', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const schoolAdmin = `upload-admin-${Date.now().toString(36)}`;

  beforeAll(async () => {
    world = await provinceWithSchools('Tải tệp');
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
  });

  const peopleCount = async (organizationId: string) =>
    (
      await ok<{ organization: { people: { totalCount: number } } }>(
        `query($id: ID!) { organization(id: $id) { people(first: 1) { totalCount } } }`,
        { id: organizationId },
        await admin(),
      )
    ).organization.people.totalCount;

  it('imports every row of a CSV over 100 KB, as the school administrator who sent it', async () => {
    const ROWS = 2_500;
    const lines = ['\ufeffHọ và tên,Chức vụ chính quyền,Mã đơn vị,Mã cán bộ'];
    for (let i = 1; i <= ROWS; i++)
      lines.push(`Nguyễn Thị Ánh Tuyết số ${i},Giáo viên Ngữ văn,${world.school1.code},GV${i}`);
    const file = lines.join('\r\n');
    expect(Buffer.byteLength(file)).toBeGreaterThan(100 * 1024);

    const result = await importFile<{ importPeople: ImportResult }>('people', file, await as(schoolAdmin));
    expect(result).toEqual({
      status: 200,
      data: { importPeople: { created: ROWS, updated: 0, errors: [] } },
    });
    expect(await peopleCount(world.school1.id)).toBe(ROWS);

    // Vietnamese arrives intact (NFC, diacritics kept).
    const found = await ok<{ organization: { people: { edges: { node: { fullName: string } }[] } } }>(
      `query($id: ID!) { organization(id: $id) { people(search: "anh tuyet so 2500", first: 1) { edges { node { fullName } } } } }`,
      { id: world.school1.id },
      await admin(),
    );
    expect(found.organization.people.edges.map((e) => e.node.fullName)).toEqual([
      'Nguyễn Thị Ánh Tuyết số 2500',
    ]);
  });

  it('answers as the mutation on /graphql does: the same authorization, row by row', async () => {
    // A school administrator may not add people to the sibling school: refused the same way.
    const file = ['Họ và tên,Mã đơn vị', `Trần Văn Bình,${world.school2.code}`].join('\n');
    const viaGraphql = await ok<{ importPeople: ImportResult }>(
      `mutation($c: String!) { importPeople(format: CSV, content: $c) { created updated errors { row message } } }`,
      { c: file },
      await as(schoolAdmin),
    );
    const viaFile = await importFile<{ importPeople: ImportResult }>('people', file, await as(schoolAdmin));
    expect(viaFile.data).toEqual(viaGraphql);
    expect(viaFile.data?.importPeople.created).toBe(0);
    expect(viaFile.data?.importPeople.errors).toEqual([{ row: 2, message: expect.any(String) }]);
    expect(await peopleCount(world.school2.id)).toBe(0);
  });

  it('takes an XLSX file as it is saved, no base64', async () => {
    const province = await createOrg('PROVINCE', 'Tỉnh Quảng Bình', null);
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Đơn vị');
    sheet.addRow(['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã cấp trên']);
    sheet.addRow([`${province.code}-PGD`, 'Phòng GD&ĐT Bố Trạch', 'AGENCY', province.code]);
    sheet.addRow([`${province.code}-THCS`, 'Trường THCS Hoàn Lão', 'INSTITUTION', `${province.code}-PGD`]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const result = await importFile<{ importOrganizations: ImportResult }>(
      'organizations',
      file,
      await admin(),
      'xlsx',
    );
    expect(result.data).toEqual({ importOrganizations: { created: 2, updated: 0, errors: [] } });
    const tree = await ok<{ organizations: { edges: { node: { name: string } }[] } }>(
      `query($id: ID!) { organizations(withinId: $id, kind: INSTITUTION) { edges { node { name } } } }`,
      { id: province.id },
      await admin(),
    );
    expect(tree.organizations.edges.map((e) => e.node.name)).toEqual(['Trường THCS Hoàn Lão']);
  });

  it('carries a distinction history of more than a megabyte to the nominations subgraph', async () => {
    // Columns the import does not know are ignored: a long remarks column makes the file big.
    const remarks = 'Hoàn thành xuất sắc nhiệm vụ năm học. '.repeat(16_000);
    const file = [
      'Năm;Mã danh hiệu;Mã cá nhân;Mã tập thể;Số quyết định;Ghi chú',
      `2023;TAP_THE_LAO_DONG_TIEN_TIEN;;${world.school1.id};21/QĐ-UBND;${remarks}`,
      `2024;TAP_THE_LAO_DONG_TIEN_TIEN;;${world.school1.id};34/QĐ-UBND;${remarks}`,
    ].join('\r\n');
    expect(Buffer.byteLength(file)).toBeGreaterThan(1024 * 1024);

    const result = await importFile<{ importDistinctionRecords: ImportResult }>(
      'distinction-records',
      file,
      await as(schoolAdmin),
    );
    expect(result.data).toEqual({ importDistinctionRecords: { created: 2, updated: 0, errors: [] } });
    const records = await ok<{ organization: { distinctions: { year: number; decisionNumber: string }[] } }>(
      `query($id: ID!) { organization(id: $id) { distinctions { year decisionNumber } } }`,
      { id: world.school1.id },
      await admin(),
    );
    expect(records.organization.distinctions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ year: 2023, decisionNumber: '21/QĐ-UBND' }),
        expect.objectContaining({ year: 2024, decisionNumber: '34/QĐ-UBND' }),
      ]),
    );
  });
});
