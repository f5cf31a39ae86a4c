import { graphql, tokenFor } from '@laurel/testing';
import { createPerson, grant, provinceWithSchools } from './flows';
import { gql } from '../gql';

/**
 * Identical queries from different callers at the same moment must each be answered for their
 * own caller: the gateway never shares one subgraph answer between identities.
 */
describe('identical concurrent queries from different callers', () => {
  it('an outsider never receives what an insider sent at the same moment', async () => {
    const world = await provinceWithSchools('Đồng thời');
    await createPerson(world.school1.id, 'Trần Thị Riêng Tư');
    const insider = `insider-${Date.now()}`;
    await grant(insider, world.school1.id, 'ORG_ADMIN');
    const outsider = `outsider-${Date.now()}`;
    const QUERY = gql(
      `query FailSharedInflightOrganization($id: ID!) { organization(id: $id) { people(first: 5) { totalCount edges { node { fullName } } } } }`,
    );
    const variables = { id: world.school1.id };
    // Warm up both identities, then fire the same body from both, many times at once.
    const [insiderToken, outsiderToken] = [await tokenFor(insider), await tokenFor(outsider)];
    expect(
      (await graphql(QUERY, variables, { token: insiderToken })).data!.organization!.people.totalCount,
    ).toBe(1);
    const rounds = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        graphql(QUERY, variables, { token: i % 2 === 0 ? insiderToken : outsiderToken }).then((r) => ({
          insider: i % 2 === 0,
          count: r.data?.organization?.people.totalCount,
          names: (r.data?.organization?.people.edges ?? []).map((e) => e.node.fullName),
        })),
      ),
    );
    for (const r of rounds) {
      if (r.insider) expect(r).toEqual({ insider: true, count: 1, names: ['Trần Thị Riêng Tư'] });
      else expect(r).toEqual({ insider: false, count: 0, names: [] });
    }
  });
});
