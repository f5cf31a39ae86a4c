import { collect, graphql, PLATFORM_ADMIN, testEnv, tokenFor, wsClient } from '@laurel/testing';

/** Hostile documents are refused at the gateway, before any subgraph sees them. */
describe('hostile queries', () => {
  let token: { token: string };
  beforeAll(async () => {
    token = { token: await tokenFor(PLATFORM_ADMIN) };
  });

  const refused = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await graphql(query, variables, token);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.length).toBeGreaterThan(0);
    return res.errors!.map((e) => e.message).join(' | ');
  };

  it('depth above 6, also when hidden in fragments or in an operation named __schema', async () => {
    // organization › children › edges › node › children › edges › node: 7 levels
    const deep = `{ organization(id: "x") { children { edges { node { children { edges { node { id } } } } } } } }`;
    expect(await refused(deep)).toMatch(/depth/i);
    const viaFragments = `query { organization(id: "x") { ...A } }
      fragment A on Organization { children { edges { node { ...B } } } }
      fragment B on Organization { children { edges { node { id } } } }`;
    expect(await refused(viaFragments)).toMatch(/depth/i);
    const named = `query __schema { organization(id: "x") { children { edges { node { children { edges { node { id } } } } } } } }`;
    expect(await refused(named)).toMatch(/depth/i);
    // Six levels are fine.
    const six = await graphql(
      `
        {
          organization(id: "x") {
            children {
              edges {
                node {
                  children {
                    totalCount
                  }
                }
              }
            }
          }
        }
      `,
      {},
      token,
    );
    expect(six.errors).toBeUndefined();
  });

  it('more than 15 aliases, and any alias or repetition of castBallot', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { subject }`).join(' ');
    expect(await refused(`{ ${aliases} }`)).toMatch(/alias/i);
    const sid = '00000000-0000-4000-8000-000000000000';
    expect(
      await refused(`mutation { b1: castBallot(sessionId: "${sid}", choices: []) { receiptCode } }`),
    ).toMatch(/castBallot/);
    expect(
      await refused(
        `mutation { castBallot(sessionId: "${sid}", choices: []) { receiptCode } other: me { subject } castBallot(sessionId: "${sid}", choices: []) { sessionId } }`,
      ),
    ).toMatch(/castBallot|alias/);
  });

  it('more than 10 directives and more than 1,000 tokens', async () => {
    const directives = Array.from({ length: 11 }, () => '@include(if: true)').join(' ');
    expect(await refused(`{ me ${directives} { subject } }`)).toMatch(/directive/i);
    const tokens = Array.from({ length: 1_100 }, () => '__typename').join(' ');
    expect(await refused(`{ me { ${tokens} subject } }`)).toMatch(/token/i);
  });

  it('batched HTTP arrays are not accepted', async () => {
    const res = await fetch(testEnv('gatewayUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.token}` },
      body: JSON.stringify([{ query: '{ me { subject } }' }, { query: '{ me { subject } }' }]),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const body = await res.text();
    expect(body).not.toContain(PLATFORM_ADMIN);
  });

  it('the same limits hold on graphql-ws', async () => {
    const client = wsClient({ Authorization: `Bearer ${token.token}` });
    const events = collect<{ data?: unknown; errors?: { message: string }[] }>(
      client,
      `subscription { organizationChanged(organizationId: "x") { organization { children { edges { node { children { edges { node { id } } } } } } } } }`,
    );
    const refusal = await events.next();
    expect(refusal.data ?? null).toBeNull();
    expect(refusal.errors?.map((e) => e.message).join(' ')).toMatch(/depth/i);
    await client.dispose();
  });
});
