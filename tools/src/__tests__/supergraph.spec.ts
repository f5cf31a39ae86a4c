import { readFile } from 'node:fs/promises';
import { composeSupergraph, SUPERGRAPH_PATH } from '../supergraph';

describe('the checked-in supergraph', () => {
  it('composes and matches what the subgraphs print now', async () => {
    const composed = await composeSupergraph();
    const checkedIn = await readFile(SUPERGRAPH_PATH, 'utf8');
    // When this fails: npm run compose, and commit gateway/supergraph.graphql.
    expect(checkedIn).toBe(composed);
  }, 60_000);
});
