import { Workbook } from 'exceljs';
import { ok, uniqueCode } from '@laurel/testing';
import { admin, createOrg } from './flows';
import { gql } from '../gql';

const IMPORT_ORGS = gql(
  `mutation FailImportsImportOrganizations($format: ImportFormat!, $content: String!) { importOrganizations(format: $format, content: $content) { created updated errors { row message } } }`,
);
const IMPORT_PEOPLE = gql(
  `mutation FailImportsImportPeople($format: ImportFormat!, $content: String!) { importPeople(format: $format, content: $content) { created updated errors { row message } } }`,
);
const BY_CODE = gql(
  `query FailImportsOrganizationByCode($code: String!) { organizationByCode(code: $code) { id name parent { code } } }`,
);

describe('imports of organizations and people', () => {
  it('reports every bad row with its number and writes nothing', async () => {
    const province = await createOrg('PROVINCE', 'Tỉnh Hưng Yên', null);
    const good = uniqueCode('pgd');
    const csv = [
      '\ufeffMã đơn vị;Tên đơn vị;Loại;Mã đơn vị cha',
      `${good};Phòng GD&ĐT Văn Giang;AGENCY;${province.code}`,
      `${uniqueCode('x')};;INSTITUTION;${good}`, // row 3: no name
      `${uniqueCode('y')};Trường Mầm non Hoa Sen;VILLAGE;${good}`, // row 4: bad kind
      `${uniqueCode('z')};Trường Tiểu học Xuân Quan;INSTITUTION;KHONG-CO`, // row 5: unknown parent
    ].join('\r\n');
    const result = await ok(IMPORT_ORGS, { format: 'CSV', content: csv }, await admin());
    expect(result.importOrganizations.created).toBe(0);
    expect(result.importOrganizations.errors.map((e) => e.row)).toEqual([3, 4, 5]);
    const notWritten = await ok<{ organizationByCode: unknown }>(BY_CODE, { code: good }, await admin());
    expect(notWritten.organizationByCode).toBeNull();
  });

  it('imports a tree in any row order in one go, then updates on re-import', async () => {
    const province = await createOrg('PROVINCE', 'Tỉnh Hà Tĩnh', null);
    const [office, school, unit] = [uniqueCode('pgd'), uniqueCode('thcs'), uniqueCode('to')];
    const rows = (schoolName: string) =>
      [
        'code,name,kind,parentCode',
        `${unit},"Tổ Ngữ văn, Lịch sử",UNIT,${school}`,
        `${school},${schoolName},INSTITUTION,${office}`,
        `${office},Phòng GD&ĐT Hương Sơn,AGENCY,${province.code}`,
      ].join('\n');
    const first = await ok(
      IMPORT_ORGS,
      { format: 'CSV', content: rows('Trường THCS Lê Văn Thiêm'.normalize('NFD')) },
      await admin(),
    );
    expect(first.importOrganizations).toEqual({ created: 3, updated: 0, errors: [] });
    const imported = await ok(BY_CODE, { code: school }, await admin());
    expect(imported.organizationByCode!.name).toBe('Trường THCS Lê Văn Thiêm'); // stored as NFC
    expect(imported.organizationByCode!.parent!.code).toBe(office);
    const unitRow = await ok(BY_CODE, { code: unit }, await admin());
    expect(unitRow.organizationByCode!.name).toBe('Tổ Ngữ văn, Lịch sử');

    const second = await ok(
      IMPORT_ORGS,
      { format: 'CSV', content: rows('Trường THCS Lê Văn Thiêm (mới)') },
      await admin(),
    );
    expect(second.importOrganizations).toEqual({ created: 0, updated: 3, errors: [] });
  });

  it('imports people from XLSX with the seed form`s Vietnamese headers', async () => {
    const province = await createOrg('PROVINCE', 'Tỉnh Bình Phước', null);
    const school = await createOrg('INSTITUTION', 'Trường Chính trị tỉnh Bình Phước', province.id);
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow([
      'STT',
      'Họ và tên',
      'Chức vụ Đảng, đoàn thể',
      'Chức vụ chính quyền',
      'Mã đơn vị',
      'Mã cán bộ',
    ]);
    sheet.addRow([1, 'Nguyễn Thị Hoa', 'Phó Bí thư', 'Phó Hiệu trưởng', school.code, 'CB001']);
    sheet.addRow([2, 'Phạm Văn Đức', '', 'Giảng viên', school.code, 'CB002']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = await ok(IMPORT_PEOPLE, { format: 'XLSX', content }, await admin());
    expect(result.importPeople).toEqual({ created: 2, updated: 0, errors: [] });
    const people = await ok(
      gql(
        `query FailImportsOrganization($id: ID!) { organization(id: $id) { people(search: "pham van duc") { totalCount edges { node { fullName governmentPosition partyPosition } } } } }`,
      ),
      { id: school.id },
      await admin(),
    );
    expect(people.organization!.people.totalCount).toBe(1);
    expect(people.organization!.people.edges[0].node).toEqual({
      fullName: 'Phạm Văn Đức',
      governmentPosition: 'Giảng viên',
      partyPosition: null,
    });

    const again = await ok(IMPORT_PEOPLE, { format: 'XLSX', content }, await admin());
    expect(again.importPeople).toEqual({ created: 0, updated: 2, errors: [] });
  });

  it('rejects a people file with an unknown organization, writing nothing', async () => {
    const province = await createOrg('PROVINCE', 'Tỉnh Nghệ An', null);
    const school = await createOrg('INSTITUTION', 'Trường THPT Phan Bội Châu', province.id);
    const csv = ['Họ và tên,Mã đơn vị', `Hồ Thị Lan,${school.code}`, 'Võ Văn Kiệt,KHONG-TON-TAI'].join('\n');
    const result = await ok(IMPORT_PEOPLE, { format: 'CSV', content: csv }, await admin());
    expect(result.importPeople.created).toBe(0);
    expect(result.importPeople.errors).toEqual([
      { row: 3, message: expect.stringContaining('KHONG-TON-TAI') },
    ]);
    const people = await ok(
      gql(`query FailImportsOrganization2($id: ID!) { organization(id: $id) { people { totalCount } } }`),
      { id: school.id },
      await admin(),
    );
    expect(people.organization!.people.totalCount).toBe(0);
  });
});
