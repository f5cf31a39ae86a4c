import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SingleSubgraphPlanner } from '../fast-path/single-subgraph';
import { subgraphsOf } from '../supergraph';

const sdl = readFileSync(resolve(__dirname, '..', '..', 'supergraph.graphql'), 'utf8');
const planner = new SingleSubgraphPlanner(sdl, subgraphsOf(sdl), new Set(['importOrganizations']));
const planned = (query: string) => planner.plan(parse(query))?.subgraph.name ?? null;

/**
 * Which operations the fast path may answer (one subgraph answers them whole), read from the
 * composed supergraph itself: a wrong "yes" would answer from a subgraph that cannot, a wrong
 * "no" costs the query planner.
 */
describe('the single-subgraph planner', () => {
  it('gives one subgraph what it answers alone', () => {
    expect(
      planned(`mutation($s: ID!) { castBallot(sessionId: $s, choices: []) { sessionId receiptCode } }`),
    ).toBe('voting');
    expect(planned(`query($id: ID!) { votingSession(id: $id) { id title council { id name } } }`)).toBe(
      'voting',
    );
  });

  it('follows @provides: orgReport names its organizations from reporting’s copy of the directory', () => {
    const report = (organization: string) =>
      planned(`query($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {
        organization { ${organization} } totals { registered }
        children { organization { id name } totals { registered } } } }`);
    expect(report('id name')).toBe('reporting');
    expect(report('... on Organization { name }')).toBe('reporting');
    // `code` is organizations' and not provided: an entity jump, the planner's.
    expect(report('id name code')).toBeNull();
  });

  it('does not carry a @provides past the field that declares it', () => {
    // Organization.name is external in reporting: asked below a field that does not provide it
    // (a compliance row's organization), organizations must answer it.
    expect(
      planned(`query($o: ID!, $c: ID!) { submissionCompliance(organizationId: $o, campaignId: $c) {
        organization { id name } registered } }`),
    ).toBeNull();
    expect(
      planned(`query($o: ID!, $c: ID!) { submissionCompliance(organizationId: $o, campaignId: $c) {
        organization { id } registered } }`),
    ).toBe('reporting');
  });

  it('leaves to the planner what spans subgraphs, or what it was told to keep', () => {
    expect(
      planned(
        `query($c: ID!) { nominations(campaignId: $c, first: 5) { edges { node { id campaign { title } } } } }`,
      ),
    ).toBeNull();
    expect(planned(`subscription($s: ID!) { votingProgress(sessionId: $s) { ballotsCast } }`)).toBeNull();
    expect(planned(`{ __schema { queryType { name } } }`)).toBeNull();
    expect(planned(`mutation($f: Upload!) { importOrganizations(file: $f) { id } }`)).toBeNull();
  });
});
