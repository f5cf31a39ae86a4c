import { ok, PLATFORM_ADMIN, tokenFor, uniqueCode } from '@laurel/testing';
import { gql } from '../gql';

export interface Org {
  id: string;
  code: string;
  name: string;
}

export const admin = async () => ({ token: await tokenFor(PLATFORM_ADMIN) });
export const as = async (subject: string) => ({ token: await tokenFor(subject) });

export async function createOrg(
  kind: string,
  name: string,
  parentId: string | null,
  credentials?: { token: string },
): Promise<Org> {
  const data = await ok(
    gql(
      `mutation FlowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id code name } }`,
    ),
    { input: { code: uniqueCode(kind.slice(0, 3)), name, kind, parentId } },
    credentials ?? (await admin()),
  );
  return data.createOrganization;
}

export async function grant(subject: string, organizationId: string, role: string): Promise<void> {
  await ok(
    gql(`mutation FlowsGrantRole($input: GrantRoleInput!) { grantRole(input: $input) { id } }`),
    { input: { subject, organizationId, role } },
    await admin(),
  );
}

export async function createPerson(
  organizationId: string,
  fullName: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const data = await ok(
    gql(`mutation FlowsCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id } }`),
    { input: { organizationId, fullName, ...extra } },
    await admin(),
  );
  return data.createPerson;
}

/** A province with one district and two schools in it, each school with one unit. */
export async function provinceWithSchools(label = 'Hà Tĩnh') {
  const province = await createOrg('PROVINCE', `Tỉnh ${label}`, null);
  const district = await createOrg('DISTRICT', `Huyện Văn Giang (${label})`, province.id);
  const school1 = await createOrg('INSTITUTION', `Trường THCS Nguyễn Du (${label})`, district.id);
  const school2 = await createOrg('INSTITUTION', `Trường Tiểu học Đông Hà (${label})`, district.id);
  const unit1 = await createOrg('UNIT', 'Tổ Toán – Tin', school1.id);
  return { province, district, school1, school2, unit1 };
}
