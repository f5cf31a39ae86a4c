import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { isSameOrigin } from '../gateway';
import { progressSessionId } from '../progress-fanout';
import { showcaseSelectionRule } from '../showcase';

const schema = buildSchema(`
  type Query { exemplars(organizationId: ID!): NominationConnection!  nomination(id: ID!): Nomination }
  type NominationConnection { totalCount: Int!  edges: [NominationEdge!]!  pageInfo: PageInfo! }
  type PageInfo { hasNextPage: Boolean!  endCursor: String }
  type NominationEdge { cursor: String!  node: Nomination! }
  type Nomination { id: ID!  nomineeName: String!  year: Int!  nominee: Person!  campaign: Campaign!
                    submittingOrganization: Organization!  distinction: Distinction! }
  type Person { id: ID!  fullName: String! }
  type Campaign { id: ID!  title: String! }
  type Organization { id: ID!  name: String!  code: String!  ancestors: [Organization!]! }
  type Distinction { code: String!  nameVi: String! }
`);

const errorsOf = (document: string) =>
  validate(schema, parse(document), [...specifiedRules, showcaseSelectionRule]).map((e) => e.message);

describe('the showcase selection rule', () => {
  it('lets the published fields through, fragments included', () => {
    expect(
      errorsOf(`{ exemplars(organizationId: "o") { totalCount pageInfo { endCursor } edges { cursor node {
        __typename id nomineeName year distinction { code nameVi } submittingOrganization { name } } } } }`),
    ).toEqual([]);
    expect(
      errorsOf(`{ exemplars(organizationId: "o") { ...P } }
        fragment P on NominationConnection { edges { node { ... on Nomination { nomineeName } } } }`),
    ).toEqual([]);
  });

  it('refuses anything else under exemplars, however it is written, and nothing elsewhere', () => {
    expect(errorsOf(`{ exemplars(organizationId: "o") { edges { node { nominee { id } } } } }`)).toEqual([
      expect.stringContaining('exemplars.edges.node.nominee is not part of it'),
    ]);
    expect(
      errorsOf(`{ e: exemplars(organizationId: "o") { edges { node { ...N } } } }
        fragment N on Nomination { submittingOrganization { name code ancestors { id } } campaign { id } }`),
    ).toEqual([
      expect.stringContaining('submittingOrganization.code'),
      expect.stringContaining('submittingOrganization.ancestors'),
      expect.stringContaining('node.campaign'),
    ]);
    expect(errorsOf(`{ nomination(id: "n") { nominee { id } campaign { id } } }`)).toEqual([]);
  });
});

describe('votingProgress subscriptions and browser origins', () => {
  it('finds the session a votingProgress subscription names, whatever it selects', () => {
    const q = 'subscription($s: ID!) { votingProgress(sessionId: $s) { ... on VotingProgress { status } } }';
    expect(progressSessionId({ query: q, variables: { s: 'abc' } })).toBe('abc');
    expect(progressSessionId({ query: 'subscription { votingProgress(sessionId: 5) { status } }' })).toBe(
      '5',
    );
    expect(
      progressSessionId({ query: 'subscription { organizationChanged(organizationId: "x") { kind } }' }),
    ).toBeNull();
    expect(progressSessionId({ query: '{ me { subject } }' })).toBeNull();
    expect(progressSessionId({ query: 'not graphql' })).toBeNull();
  });

  it('tells the gateway`s own origin from another', () => {
    expect(isSameOrigin('https://laurel.example', 'laurel.example')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:4000', '127.0.0.1:4000')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:4001', '127.0.0.1:4000')).toBe(false);
    expect(isSameOrigin('https://laurel.example.evil.com', 'laurel.example')).toBe(false);
    expect(isSameOrigin('null', 'laurel.example')).toBe(false);
    expect(isSameOrigin('https://laurel.example', undefined)).toBe(false);
  });
});
