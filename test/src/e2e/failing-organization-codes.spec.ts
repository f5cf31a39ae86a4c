import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { admin, createOrg } from './flows';

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id code } }`;
const IMPORT_ORGS = `mutation($format: ImportFormat!, $content: String!) { importOrganizations(format: $format, content: $content) { created errors { row message } } }`;

/** Every refusal says what a code may hold, so that nobody reads "letters" as Vietnamese ones. */
const RULE =
  /1 to 64 characters, each an ASCII letter \(A–Z, a–z, no Vietnamese letters\), a digit or one of \. _ - \//;

describe('organization codes', () => {
  it('refuses Vietnamese letters, spaces and more than 64 characters, saying what is allowed', async () => {
    for (const code of ['TRƯỜNG-LVT', 'THCS LVT', 'x'.repeat(65), 'a;b']) {
      const res = await graphql(
        CREATE,
        { input: { code, name: 'Trường THCS', kind: 'PROVINCE' } },
        await admin(),
      );
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).toMatch(RULE);
    }
  });

  it('accepts ASCII letters, digits and . _ - / up to 64 characters', async () => {
    const code = `${uniqueCode('HT')}/PGD_01.a-b`;
    const longest = uniqueCode('x').padEnd(64, 'Z');
    for (const accepted of [code, longest]) {
      const created = await ok<{ createOrganization: { code: string } }>(
        CREATE,
        { input: { code: accepted, name: 'Tỉnh Hà Tĩnh', kind: 'PROVINCE' } },
        await admin(),
      );
      expect(created.createOrganization.code).toBe(accepted);
    }
  });

  it('an import row with a refused code says the same', async () => {
    const province = await createOrg('PROVINCE', 'Tỉnh Nghệ An', null);
    const csv = [
      'code,name,kind,parentCode',
      `PGD Đô Lương,Phòng GD&ĐT Đô Lương,AGENCY,${province.code}`,
    ].join('\n');
    const result = await ok<{
      importOrganizations: { created: number; errors: { row: number; message: string }[] };
    }>(IMPORT_ORGS, { format: 'CSV', content: csv }, await admin());
    expect(result.importOrganizations.created).toBe(0);
    expect(result.importOrganizations.errors).toHaveLength(1);
    expect(result.importOrganizations.errors[0].row).toBe(2);
    expect(result.importOrganizations.errors[0].message).toMatch(RULE);
  });
});
