import { ANONYMOUS, signInternalRequest } from '@laurel/auth';
import { codes, graphql, ok, testEnv, uniqueCode } from '@laurel/testing';
import { admin, as, createPerson, grant, provinceWithSchools } from './flows';
import { gql } from '../gql';

const PERSON = gql(
  `query FailTenantIsolationPerson($id: ID!) { person(id: $id) { id fullName partyPosition governmentPosition organization { id } leads { id } } }`,
);
const CREATE_PERSON = gql(
  `mutation FailTenantIsolationCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
);

describe('tenant isolation: a school never sees another school', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  let teacher1: { id: string };
  let teacher2: { id: string };
  const s = (name: string) => `${name}-${uniqueCode('u')}`;
  const school1Admin = s('school1-admin');
  const districtAdmin = s('district-admin');
  const school1Viewer = s('school1-viewer');
  const teacherAccount = s('teacher-account');
  const outsider = s('outsider');

  beforeAll(async () => {
    world = await provinceWithSchools('Cô lập');
    teacher1 = await createPerson(world.school1.id, 'Nguyễn Văn An', {
      partyPosition: 'Bí thư chi bộ',
      governmentPosition: 'Hiệu trưởng',
      leadsId: world.school1.id,
      account: teacherAccount,
    });
    teacher2 = await createPerson(world.school2.id, 'Trần Thị Bình');
    await grant(school1Admin, world.school1.id, 'ORG_ADMIN');
    await grant(districtAdmin, world.district.id, 'ORG_ADMIN');
    await grant(school1Viewer, world.school1.id, 'VIEWER');
  });

  it('a school admin reads its own people but a sibling school`s person is null', async () => {
    const own = await ok(PERSON, { id: teacher1.id }, await as(school1Admin));
    expect(own.person).toMatchObject({
      fullName: 'Nguyễn Văn An',
      partyPosition: 'Bí thư chi bộ',
      leads: { id: world.school1.id },
    });
    const sibling = await graphql<{ person: unknown }>(PERSON, { id: teacher2.id }, await as(school1Admin));
    expect(sibling.errors).toBeUndefined();
    expect(sibling.data?.person).toBeNull();
  });

  it('a sibling school`s people list is empty, not forbidden', async () => {
    const list = await ok(
      gql(
        `query FailTenantIsolationOrganization($id: ID!) { organization(id: $id) { name people { totalCount edges { node { id } } } } }`,
      ),
      { id: world.school2.id },
      await as(school1Admin),
    );
    expect(list.organization!.name).toContain('Đông Hà'); // the directory is public
    expect(list.organization!.people.totalCount).toBe(0);
  });

  it('a school admin writing into a sibling school gets NOT_FOUND, and nothing is written', async () => {
    const res = await graphql(
      CREATE_PERSON,
      { input: { organizationId: world.school2.id, fullName: 'Kẻ xâm nhập' } },
      await as(school1Admin),
    );
    expect(codes(res)).toEqual(['NOT_FOUND']);
    const list = await ok(
      gql(
        `query FailTenantIsolationOrganization2($id: ID!) { organization(id: $id) { people { totalCount } } }`,
      ),
      { id: world.school2.id },
      await as(districtAdmin),
    );
    expect(list.organization!.people.totalCount).toBe(1);
  });

  it('a school admin cannot grant itself roles elsewhere, nor mint keys there', async () => {
    const g = await graphql(
      `
        mutation ($input: GrantRoleInput!) {
          grantRole(input: $input) {
            id
          }
        }
      `,
      { input: { subject: school1Admin, organizationId: world.district.id, role: 'ORG_ADMIN' } },
      await as(school1Admin),
    );
    expect(codes(g)).toEqual(['NOT_FOUND']);
    const k = await graphql(
      `
        mutation ($input: CreateApiKeyInput!) {
          createApiKey(input: $input) {
            key
          }
        }
      `,
      { input: { organizationId: world.school2.id, name: 'lén' } },
      await as(school1Admin),
    );
    expect(codes(k)).toEqual(['NOT_FOUND']);
  });

  it('the district admin reads and writes in both schools', async () => {
    const read = await ok(PERSON, { id: teacher2.id }, await as(districtAdmin));
    expect(read.person!.fullName).toBe('Trần Thị Bình');
    const created = await ok<{ createPerson: { id: string } }>(
      CREATE_PERSON,
      { input: { organizationId: world.school2.id, fullName: 'Lê Văn Cường' } },
      await as(districtAdmin),
    );
    expect(created.createPerson.id).toBeTruthy();
  });

  it('a viewer reads but gets FORBIDDEN on writes', async () => {
    const read = await ok(PERSON, { id: teacher1.id }, await as(school1Viewer));
    expect(read.person!.id).toBe(teacher1.id);
    const write = await graphql(
      CREATE_PERSON,
      { input: { organizationId: world.school1.id, fullName: 'Không được' } },
      await as(school1Viewer),
    );
    expect(codes(write)).toEqual(['FORBIDDEN']);
  });

  it('a person with an account reads his own record and no one else`s', async () => {
    const me = await ok(
      gql(`query FailTenantIsolationMe { me { subject isPlatformAdmin person { id } grants { id } } }`),
      {},
      await as(teacherAccount),
    );
    expect(me.me).toMatchObject({
      subject: teacherAccount,
      isPlatformAdmin: false,
      person: { id: teacher1.id },
      grants: [],
    });
    const other = await ok<{ person: unknown }>(PERSON, { id: teacher2.id }, await as(teacherAccount));
    expect(other.person).toBeNull();
  });

  it('a caller without grants sees nobody, and reaching people through _entities is no way round', async () => {
    const direct = await ok<{ person: unknown }>(PERSON, { id: teacher1.id }, await as(outsider));
    expect(direct.person).toBeNull();
    const viaEntities = await graphql(
      `
        query ($r: [_Any!]!) {
          _entities(representations: $r) {
            ... on Person {
              fullName
            }
          }
        }
      `,
      { r: [{ __typename: 'Person', id: teacher1.id }] },
      await as(outsider),
    );
    // The gateway does not expose _entities at all; either way nothing leaks.
    expect(JSON.stringify(viaEntities)).not.toContain('Nguyễn Văn An');

    // Straight to the subgraph, correctly signed as the outsider: the reference is null.
    const url = (JSON.parse(testEnv('subgraphUrls')) as Record<string, string>).organizations!;
    const entities = async (subject: string, isPlatformAdmin: boolean) => {
      const body = JSON.stringify({
        query:
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { fullName } ... on Organization { name } } }',
        variables: {
          r: [
            { __typename: 'Person', id: teacher1.id },
            { __typename: 'Organization', id: world.school1.id },
          ],
        },
      });
      const headers = signInternalRequest(
        { ...ANONYMOUS, subject, isPlatformAdmin },
        testEnv('internalSecret'),
        body,
      );
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      return ((await res.json()) as { data: { _entities: unknown[] } }).data._entities;
    };
    expect(await entities(outsider, false)).toEqual([null, { name: expect.stringContaining('Nguyễn Du') }]);
    expect(await entities('someone-else', true)).toEqual([
      { fullName: 'Nguyễn Văn An' },
      { name: expect.stringContaining('Nguyễn Du') },
    ]);
  });

  it('an API key reads the directory, no people, and nothing once revoked', async () => {
    const created = await ok<{ createApiKey: { key: string; apiKey: { id: string } } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name organization { id } } } }`,
      { input: { organizationId: world.district.id, name: 'Công cụ báo cáo' } },
      await as(districtAdmin),
    );
    const apiKey = created.createApiKey.key;
    const dir = await ok(
      gql(`query FailTenantIsolationOrganization3($id: ID!) { organization(id: $id) { name } }`),
      { id: world.school1.id },
      { apiKey },
    );
    expect(dir.organization!.name).toContain('Nguyễn Du');
    const person = await ok<{ person: unknown }>(PERSON, { id: teacher1.id }, { apiKey });
    expect(person.person).toBeNull();
    const write = await graphql(
      CREATE_PERSON,
      { input: { organizationId: world.school1.id, fullName: 'Khóa API' } },
      { apiKey },
    );
    // A key holds no role inside the organization: its people do not exist for it.
    expect(codes(write)).toEqual(['NOT_FOUND']);

    await ok(
      `mutation($id: ID!) { revokeApiKey(id: $id) }`,
      { id: created.createApiKey.apiKey.id },
      await as(districtAdmin),
    );
    const after = await graphql(
      `
        query ($id: ID!) {
          organization(id: $id) {
            name
          }
        }
      `,
      { id: world.school1.id },
      { apiKey },
    );
    expect(codes(after)).toContain('UNAUTHENTICATED');
    void admin;
  });
});
