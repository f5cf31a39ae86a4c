import 'reflect-metadata';
import { createGateway, type Gateway } from '@laurel/gateway';
import {
  graphql,
  ok,
  PLATFORM_ADMIN,
  testEnv,
  tokenFor,
  type GraphQLResponse,
  type Operation,
} from '@laurel/testing';
import { join } from 'node:path';
import { admin, as, createPerson, provinceWithSchools } from './flows';
import { gql } from '../gql';

/**
 * Gateways cache identities (so a request does not cost a call to organizations) only while
 * nothing that makes up an identity changed. A role or key revoked through one gateway stops
 * working at once there, and on another gateway process within its generation poll.
 */
describe('cached identities never outlive a revocation', () => {
  let second: Gateway;

  beforeAll(async () => {
    second = await createGateway({
      supergraphPath: join(__dirname, '../../../gateway/supergraph.graphql'),
      subgraphUrls: JSON.parse(testEnv('subgraphUrls')) as Record<string, string>,
      internalSecret: testEnv('internalSecret'),
      auth: { hs256Secret: testEnv('jwtSecret') },
      platformAdminSubjects: [PLATFORM_ADMIN],
      port: 0,
      host: '127.0.0.1',
      logging: false,
      identityCache: { pollMs: 100 },
    });
  });

  afterAll(async () => {
    await second?.close();
  });

  const PEOPLE = gql(
    `query FailStaleIdentityOrganization($id: ID!) { organization(id: $id) { people(first: 5) { totalCount } } }`,
  );
  const on = async <T>(
    gateway: Gateway,
    query: Operation<T>,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: String(query), variables }),
    });
    return { status: response.status, body: (await response.json()) as Omit<GraphQLResponse<T>, 'status'> };
  };

  async function eventually<T>(
    probe: () => Promise<T>,
    done: (value: T) => boolean,
    timeoutMs = 3_000,
  ): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (done(value) || Date.now() > end) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('a revoked role: refused at once through the same gateway, and on another gateway within its poll', async () => {
    const world = await provinceWithSchools('Thu hồi quyền');
    await createPerson(world.school1.id, 'Nguyễn Văn Bộ Nhớ');
    const subject = `cached-admin-${Date.now()}`;
    const granted = await ok<{ grantRole: { id: string } }>(
      `mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`,
      { i: { subject, organizationId: world.school1.id, role: 'ORG_ADMIN' } },
      await admin(),
    );
    const bearer = { authorization: `Bearer ${await tokenFor(subject)}` };

    // Both gateways know the role (and have cached it).
    for (let i = 0; i < 3; i++) {
      expect(
        (await graphql(PEOPLE, { id: world.school1.id }, await as(subject))).data?.organization?.people
          .totalCount,
      ).toBe(1);
      expect(
        (await on(second, PEOPLE, { id: world.school1.id }, bearer)).body.data?.organization?.people
          .totalCount,
      ).toBe(1);
    }

    await ok(`mutation($id: ID!) { revokeRole(id: $id) }`, { id: granted.grantRole.id }, await admin());

    // The gateway that carried the revocation: the very next request.
    // (Any signed-in caller reads an organization's name; its people only with a role there.)
    const same = await graphql(PEOPLE, { id: world.school1.id }, await as(subject));
    expect(same.data?.organization?.people.totalCount).toBe(0);

    // The other gateway: within its generation poll (100 ms here).
    const started = Date.now();
    const other = await eventually(
      () => on(second, PEOPLE, { id: world.school1.id }, bearer),
      (r) => r.body.data?.organization?.people.totalCount === 0,
    );
    expect(other.body.data?.organization?.people.totalCount).toBe(0);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a revoked API key: 401 on both gateways', async () => {
    const world = await provinceWithSchools('Thu hồi khóa');
    const created = await ok<{ createApiKey: { key: string; apiKey: { id: string } } }>(
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } } }`,
      { i: { organizationId: world.province.id, name: 'Công cụ báo cáo' } },
      await admin(),
    );
    const key = { 'x-api-key': created.createApiKey.key };
    const ORG = gql(`query FailStaleIdentityOrganization2($id: ID!) { organization(id: $id) { id } }`);
    for (let i = 0; i < 3; i++)
      expect((await on(second, ORG, { id: world.province.id }, key)).status).toBe(200);

    await ok(
      `mutation($id: ID!) { revokeApiKey(id: $id) }`,
      { id: created.createApiKey.apiKey.id },
      await admin(),
    );
    const other = await eventually(
      () => on(second, ORG, { id: world.province.id }, key),
      (r) => r.status === 401,
    );
    expect(other.status).toBe(401);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
