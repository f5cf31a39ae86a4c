import { Workbook } from 'exceljs';
import { graphql, ok, uniqueCode } from '@laurel/testing';
import { createCampaign, transition, Y } from './campaign-flows';
import { admin, as, createPerson, grant, provinceWithSchools } from './flows';
import { approved, recognize, register } from './nomination-flows';

const IMPORT = `mutation($format: ImportFormat!, $content: String!) {
  importDistinctionRecords(format: $format, content: $content) { created updated errors { row message } } }`;
const RECORD_FIELDS = 'year source decisionNumber distinction { code }';
const PERSON_RECORDS = `query($id: ID!) { person(id: $id) { distinctions { ${RECORD_FIELDS} } } }`;
const ORG_RECORDS = `query($id: ID!) { organization(id: $id) { distinctions { ${RECORD_FIELDS} } } }`;

/** The calendar year in Vietnam, as the server judges "no later than this year". */
const THIS_YEAR = Number(
  new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
);

interface ImportResult {
  created: number;
  updated: number;
  errors: { row: number; message: string }[];
}

async function importRecords(
  credentials: { token: string },
  content: string,
  format: 'CSV' | 'XLSX' = 'CSV',
): Promise<ImportResult> {
  return (await ok<{ importDistinctionRecords: ImportResult }>(IMPORT, { format, content }, credentials))
    .importDistinctionRecords;
}

async function personRecords(id: string, credentials?: { token: string }) {
  return (
    await ok<{ person: { distinctions: unknown[] } }>(PERSON_RECORDS, { id }, credentials ?? (await admin()))
  ).person.distinctions;
}

async function organizationRecords(id: string, credentials?: { token: string }) {
  return (
    await ok<{ organization: { distinctions: unknown[] } }>(
      ORG_RECORDS,
      { id },
      credentials ?? (await admin()),
    )
  ).organization.distinctions;
}

const imported = (year: number, code: string, decisionNumber: string | null = null) => ({
  year,
  source: 'IMPORTED',
  decisionNumber,
  distinction: { code },
});

describe('distinction records imported from before the platform', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const schoolAdmin = `school-admin-${uniqueCode('r')}`;
  const otherSchoolAdmin = `other-school-admin-${uniqueCode('r')}`;

  beforeAll(async () => {
    world = await provinceWithSchools('Hồ sơ');
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    await grant(otherSchoolAdmin, world.school2.id, 'ORG_ADMIN');
  });

  it('imports a CSV with Vietnamese headers, shows the records on people and organizations, and updates on re-import', async () => {
    const teacher = await createPerson(world.unit1.id, 'Nguyễn Thị Lan');
    const file = (decision2024: string, extra: string[] = []) =>
      [
        // Excel in a Vietnamese locale: BOM, semicolons, CRLF, headers in NFD as some editors save them.
        '\ufeff' + 'Năm;Mã danh hiệu;Mã cá nhân;Mã tập thể;Số quyết định'.normalize('NFD'),
        `2024;LAO_DONG_TIEN_TIEN;${teacher.id};;${decision2024}`,
        `2025;chien_si_thi_dua_co_so;${teacher.id};;`,
        `2024;TAP_THE_LAO_DONG_TIEN_TIEN;;${world.school1.id};34/QĐ-UBND`,
        ...extra,
      ].join('\r\n');

    expect(await importRecords(await as(schoolAdmin), file('12/QĐ-PGD'))).toEqual({
      created: 3,
      updated: 0,
      errors: [],
    });
    expect(await personRecords(teacher.id, await as(schoolAdmin))).toEqual([
      imported(2025, 'CHIEN_SI_THI_DUA_CO_SO'),
      imported(2024, 'LAO_DONG_TIEN_TIEN', '12/QĐ-PGD'),
    ]);
    expect(await organizationRecords(world.school1.id, await as(schoolAdmin))).toEqual([
      imported(2024, 'TAP_THE_LAO_DONG_TIEN_TIEN', '34/QĐ-UBND'),
    ]);

    // The same file again, corrected and with one more row: updates, never duplicates.
    const again = await importRecords(
      await as(schoolAdmin),
      file('12/QĐ-PGD (đính chính)', [`2023;LAO_DONG_TIEN_TIEN;${teacher.id};;`]),
    );
    expect(again).toEqual({ created: 1, updated: 3, errors: [] });
    expect(await personRecords(teacher.id)).toEqual([
      imported(2025, 'CHIEN_SI_THI_DUA_CO_SO'),
      imported(2024, 'LAO_DONG_TIEN_TIEN', '12/QĐ-PGD (đính chính)'),
      imported(2023, 'LAO_DONG_TIEN_TIEN'),
    ]);
    expect(await organizationRecords(world.school1.id)).toHaveLength(1);
  });

  it('imports an XLSX file (base64) with English headers and numeric cells', async () => {
    const teacher = await createPerson(world.unit1.id, 'Phạm Văn Hùng');
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Khen thưởng');
    sheet.addRow(['Year', 'Distinction code', 'Person ID', 'Organization ID', 'Decision number', 'Ghi chú']);
    sheet.addRow([2022, 'GIAY_KHEN', teacher.id, null, '7/QĐ-THCS', 'bỏ qua']);
    sheet.addRow([]);
    sheet.addRow([
      2023,
      'GIAY_KHEN',
      null,
      world.unit1.id,
      { richText: [{ text: '8/QĐ-' }, { text: 'THCS' }] },
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');

    expect(await importRecords(await as(schoolAdmin), content, 'XLSX')).toEqual({
      created: 2,
      updated: 0,
      errors: [],
    });
    expect(await personRecords(teacher.id)).toEqual([imported(2022, 'GIAY_KHEN', '7/QĐ-THCS')]);
    expect(await organizationRecords(world.unit1.id)).toEqual([imported(2023, 'GIAY_KHEN', '8/QĐ-THCS')]);
  });

  it('reports every bad row by its number and writes nothing', async () => {
    const teacher = await createPerson(world.unit1.id, 'Lê Minh Tâm');
    const csv = [
      'year,distinctionCode,personId,organizationId,decisionNumber',
      `2024,LAO_DONG_TIEN_TIEN,${teacher.id},,1/QĐ`, // row 2: good
      `1930,LAO_DONG_TIEN_TIEN,${teacher.id},,`, // row 3: before 1945
      `${THIS_YEAR + 1},LAO_DONG_TIEN_TIEN,${teacher.id},,`, // row 4: the future
      `2024,KHONG_CO_MA_NAY,${teacher.id},,`, // row 5: not in the catalogue
      `2024,TAP_THE_LAO_DONG_TIEN_TIEN,${teacher.id},,`, // row 6: a collective's title for a person
      `2024,GIAY_KHEN,${teacher.id},${world.school1.id},`, // row 7: two holders
      `2024,GIAY_KHEN,,,`, // row 8: no holder
      `2024,GIAY_KHEN,00000000-0000-4000-8000-000000000000,,`, // row 9: nobody
      `2024,LAO_DONG_TIEN_TIEN,${teacher.id},,1/QĐ`, // row 10: row 2 again
    ].join('\n');
    const result = await importRecords(await as(schoolAdmin), csv);
    expect(result.created).toBe(0);
    expect(result.updated).toBe(0);
    expect(result.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.errors.find((e) => e.row === 5)?.message).toContain('KHONG_CO_MA_NAY');
    expect(result.errors.find((e) => e.row === 6)?.message).toContain('not awarded to an individual');
    expect(result.errors.find((e) => e.row === 9)?.message).toContain('not found');
    expect(result.errors.find((e) => e.row === 10)?.message).toContain('row 2');
    expect(await personRecords(teacher.id)).toEqual([]);

    // A file without a holder column at all is refused as a whole.
    const headerless = await importRecords(await as(schoolAdmin), 'Năm,Mã danh hiệu\n2024,GIAY_KHEN\n');
    expect(headerless.errors).toEqual([{ row: 1, message: expect.stringContaining('Mã cá nhân') }]);
  });

  it("refuses another school's person as if it did not exist, and writes nothing", async () => {
    const mine = await createPerson(world.school1.id, 'Đỗ Thu Hà');
    const theirs = await createPerson(world.school2.id, 'Vũ Đức Anh');
    const csv = [
      'Năm,Mã danh hiệu,Mã cá nhân,Số quyết định',
      `2024,LAO_DONG_TIEN_TIEN,${mine.id},5/QĐ`,
      `2024,LAO_DONG_TIEN_TIEN,${theirs.id},6/QĐ`,
    ].join('\n');
    expect(await importRecords(await as(schoolAdmin), csv)).toEqual({
      created: 0,
      updated: 0,
      errors: [{ row: 3, message: `person ${theirs.id} not found` }],
    });
    expect(await personRecords(mine.id)).toEqual([]);
    expect(await personRecords(theirs.id)).toEqual([]);

    // The other school's admin records its own people (and nobody else's).
    const theirsOnly = [
      'Năm,Mã danh hiệu,Mã cá nhân,Mã tập thể',
      `2024,LAO_DONG_TIEN_TIEN,${theirs.id},`,
      `2024,TAP_THE_LAO_DONG_TIEN_TIEN,,${world.school1.id}`,
    ].join('\n');
    const refused = await importRecords(await as(otherSchoolAdmin), theirsOnly);
    expect(refused.errors.map((e) => e.row)).toEqual([3]);
    expect(
      await importRecords(await as(otherSchoolAdmin), theirsOnly.split('\n').slice(0, 2).join('\n')),
    ).toEqual({ created: 1, updated: 0, errors: [] });
    expect(await personRecords(theirs.id)).toEqual([imported(2024, 'LAO_DONG_TIEN_TIEN')]);
  });

  it('never overwrites a distinction recognized on the platform', async () => {
    const teacher = await createPerson(world.unit1.id, 'Hoàng Thị Mai');
    // A campaign of this emulation year, with deadlines still ahead.
    const campaign = await createCampaign(await as(schoolAdmin), world.school1.id, {
      title: 'Năm học hiện tại',
      year: THIS_YEAR,
    });
    await transition(await as(schoolAdmin), campaign.id, 'open');
    const n = await register(await as(schoolAdmin), {
      campaignId: campaign.id,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: teacher.id,
    });
    await approved(await as(schoolAdmin), n.id);
    await recognize(await as(schoolAdmin), n.id, '40/QĐ-THCS');

    const result = await importRecords(
      await as(schoolAdmin),
      `year,distinctionCode,personId,decisionNumber\n${THIS_YEAR},LAO_DONG_TIEN_TIEN,${teacher.id},99/QĐ-CU\n`,
    );
    expect(result.created + result.updated).toBe(0);
    expect(result.errors).toEqual([
      { row: 2, message: expect.stringContaining('already recognized on the platform') },
    ]);
    expect(await personRecords(teacher.id)).toEqual([
      {
        year: THIS_YEAR,
        source: 'PLATFORM',
        decisionNumber: '40/QĐ-THCS',
        distinction: { code: 'LAO_DONG_TIEN_TIEN' },
      },
    ]);
  });

  it('lets imported history meet a prerequisite at recognition', async () => {
    // CHIEN_SI_THI_DUA_CAP_TINH (Law 06/2022, art. 22): three consecutive years of
    // CHIEN_SI_THI_DUA_CO_SO, ending this campaign year or the one before; its routes are exhaustive.
    const teacher = await createPerson(world.unit1.id, 'Trịnh Văn Quang');
    const campaign = await createCampaign(await as(schoolAdmin), world.school1.id, {
      title: 'Chiến sĩ thi đua',
    });
    await transition(await as(schoolAdmin), campaign.id, 'open');
    const n = await register(await as(schoolAdmin), {
      campaignId: campaign.id,
      distinctionCode: 'CHIEN_SI_THI_DUA_CAP_TINH',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: teacher.id,
    });
    await approved(await as(schoolAdmin), n.id);

    const RECOGNIZE = `mutation($id: ID!, $at: DateTime!) {
      recognizeNomination(id: $id, decisionNumber: "50/QĐ-UBND", decidedAt: $at) { stage } }`;
    const attempt = async () =>
      graphql<{ recognizeNomination: { stage: string } }>(
        RECOGNIZE,
        { id: n.id, at: new Date().toISOString() },
        await as(schoolAdmin),
      );
    const refused = async () => {
      const response = await attempt();
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_ELIGIBLE',
        reason: 'PREREQUISITE_MISSING',
      });
    };
    const years = (list: number[]) =>
      ['Năm,Mã danh hiệu,Mã cá nhân', ...list.map((y) => `${y},CHIEN_SI_THI_DUA_CO_SO,${teacher.id}`)].join(
        '\n',
      );

    await refused();
    // Two years, or three with a gap, are not three consecutive years.
    expect((await importRecords(await as(schoolAdmin), years([Y - 4, Y - 3, Y - 1]))).created).toBe(3);
    await refused();
    expect((await importRecords(await as(schoolAdmin), years([Y - 2]))).created).toBe(1);
    const response = await attempt();
    expect(response.errors).toBeUndefined();
    expect(response.data?.recognizeNomination.stage).toBe('RECOGNIZED');
    expect(await personRecords(teacher.id)).toEqual([
      {
        year: Y,
        source: 'PLATFORM',
        decisionNumber: '50/QĐ-UBND',
        distinction: { code: 'CHIEN_SI_THI_DUA_CAP_TINH' },
      },
      imported(Y - 1, 'CHIEN_SI_THI_DUA_CO_SO'),
      imported(Y - 2, 'CHIEN_SI_THI_DUA_CO_SO'),
      imported(Y - 3, 'CHIEN_SI_THI_DUA_CO_SO'),
      imported(Y - 4, 'CHIEN_SI_THI_DUA_CO_SO'),
    ]);
  });
});
