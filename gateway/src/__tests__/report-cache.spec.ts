import { ANONYMOUS, type Identity } from '@laurel/auth';
import { envelop, useEngine, type Plugin } from '@envelop/core';
import * as GraphQLJS from 'graphql';
import { buildSchema, parse, type ExecutionResult } from 'graphql';
import { ReportCache, useReportCache } from '../report-cache';
import { IDENTITY_CONTEXT_KEY } from '../signing';

const schema = buildSchema(`
  type Totals { registered: Int! }
  type Report { totals: Totals! }
  type Query { orgReport(organizationId: ID!): Report  whoAmI: String  nominations: Int! }
`);

const viewer = (subject: string, path = '1.2', grantId = `g-${subject}`): Identity => ({
  ...ANONYMOUS,
  subject,
  grants: [{ id: grantId, organizationId: `org-${path}`, path, role: 'VIEWER' }],
  tenantRoots: [path],
});

/** An envelop with the cache over a schema that counts its executions and can fail on demand. */
function harness(ttlMs: number) {
  let executions = 0;
  let registered = 1;
  let failNext = false;
  let nullNext = false;
  /** While set, reports are answered only when it resolves (a slow subgraph). */
  let gate: Promise<void> | undefined;
  const rootValue = {
    orgReport: async () => {
      executions++;
      const registeredNow = registered;
      if (gate) await gate;
      if (failNext) {
        failNext = false;
        throw new Error('subgraph down');
      }
      if (nullNext) {
        nullNext = false;
        return null;
      }
      return { totals: { registered: registeredNow } };
    },
    whoAmI: (_args: unknown, context: Record<string, Identity>) => context[IDENTITY_CONTEXT_KEY]?.subject,
    nominations: () => {
      executions++;
      return registered;
    },
  };
  const run = envelop({
    plugins: [useEngine(GraphQLJS), useReportCache(new ReportCache({ ttlMs, maxEntries: 3 })) as Plugin],
  });
  const ask = async (identity: Identity, query: string, variables: Record<string, unknown> = { o: 'a' }) => {
    const { execute, contextFactory } = run({});
    const contextValue = await contextFactory({ [IDENTITY_CONTEXT_KEY]: identity });
    return (await execute({
      schema,
      document: parse(query),
      rootValue,
      contextValue,
      variableValues: variables,
    })) as ExecutionResult;
  };
  return {
    ask,
    executions: () => executions,
    setRegistered: (n: number) => (registered = n),
    failNext: () => (failNext = true),
    nullNext: () => (nullNext = true),
    /** Holds reports until the returned function is called. */
    hold: () => {
      let open!: () => void;
      gate = new Promise<void>((resolve) => (open = resolve));
      return () => {
        gate = undefined;
        open();
      };
    },
  };
}

const REPORT = `query($o: ID!) { orgReport(organizationId: $o) { totals { registered } } }`;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the report cache', () => {
  it('answers the same report again to a caller with the same reads, until it expires', async () => {
    const h = harness(200);
    expect((await h.ask(viewer('alice'), REPORT)).data).toEqual({ orgReport: { totals: { registered: 1 } } });
    h.setRegistered(2);
    // bob holds the same grant as alice (another grant row, same role and organization)
    expect((await h.ask(viewer('bob'), REPORT)).data).toEqual({ orgReport: { totals: { registered: 1 } } });
    expect(h.executions()).toBe(1);
    await wait(250);
    expect((await h.ask(viewer('bob'), REPORT)).data).toEqual({ orgReport: { totals: { registered: 2 } } });
    expect(h.executions()).toBe(2);
  });

  it('never hands one caller what was computed for different reads, arguments or documents', async () => {
    const h = harness(60_000);
    await h.ask(viewer('alice'), REPORT);
    h.setRegistered(7);
    // Another province's viewer, a platform administrator, an API key, no one at all.
    const others: Identity[] = [
      viewer('carol', '1.3'),
      { ...viewer('alice'), isPlatformAdmin: true },
      { ...ANONYMOUS, apiKey: { id: 'k', organizationId: 'org-1.2', path: '1.2' } },
      ANONYMOUS,
      { ...viewer('alice'), personIds: ['p1'] },
    ];
    for (const identity of others) {
      expect((await h.ask(identity, REPORT)).data).toEqual({ orgReport: { totals: { registered: 7 } } });
    }
    expect(h.executions()).toBe(1 + others.length);
    // Other variables, another document.
    await h.ask(viewer('alice'), REPORT, { o: 'b' });
    await h.ask(
      viewer('alice'),
      `query($o: ID!) { orgReport(organizationId: $o) { __typename totals { registered } } }`,
    );
    expect(h.executions()).toBe(3 + others.length);
  });

  it('caches report queries only: never a mixed operation, another field or a mutation-shaped one', async () => {
    const h = harness(60_000);
    const mixed = `query($o: ID!) { orgReport(organizationId: $o) { totals { registered } } whoAmI }`;
    expect((await h.ask(viewer('alice'), mixed)).data).toMatchObject({ whoAmI: 'alice' });
    expect((await h.ask(viewer('bob'), mixed)).data).toMatchObject({ whoAmI: 'bob' });
    await h.ask(viewer('alice'), `{ nominations }`);
    await h.ask(viewer('alice'), `{ nominations }`);
    // A fragment at the root is not looked through: not cached either.
    const spread = `query($o: ID!) { ...R } fragment R on Query { orgReport(organizationId: $o) { totals { registered } } }`;
    await h.ask(viewer('alice'), spread);
    await h.ask(viewer('alice'), spread);
    expect(h.executions()).toBe(6);
  });

  it('keeps no errors and no null report, and forgets the oldest past its size', async () => {
    const h = harness(60_000);
    h.failNext();
    expect((await h.ask(viewer('alice'), REPORT)).errors).toHaveLength(1);
    expect((await h.ask(viewer('alice'), REPORT)).errors).toBeUndefined();
    expect(h.executions()).toBe(2);
    h.nullNext();
    expect((await h.ask(viewer('alice'), REPORT, { o: 'n' })).data).toEqual({ orgReport: null });
    expect((await h.ask(viewer('alice'), REPORT, { o: 'n' })).data).toEqual({
      orgReport: { totals: { registered: 1 } },
    });
    expect(h.executions()).toBe(4);
    // Entries: a, n, then x and y push a out (3 at most).
    await h.ask(viewer('alice'), REPORT, { o: 'x' });
    await h.ask(viewer('alice'), REPORT, { o: 'y' });
    expect(h.executions()).toBe(6);
    await h.ask(viewer('alice'), REPORT, { o: 'y' });
    expect(h.executions()).toBe(6);
    await h.ask(viewer('alice'), REPORT, { o: 'a' });
    expect(h.executions()).toBe(7);
  });

  it('computes a missing report once for callers who ask while it is being computed', async () => {
    const h = harness(60_000);
    const release = h.hold();
    const asked = [viewer('alice'), viewer('bob'), viewer('dave')].map((who) => h.ask(who, REPORT));
    // carol reads another province: hers is computed apart and never shared.
    const carol = h.ask(viewer('carol', '1.3'), REPORT);
    await wait(20);
    expect(h.executions()).toBe(2);
    h.setRegistered(5);
    release();
    for (const answer of await Promise.all(asked)) {
      expect(answer.data).toEqual({ orgReport: { totals: { registered: 1 } } });
    }
    expect((await carol).data).toEqual({ orgReport: { totals: { registered: 1 } } });
    expect(h.executions()).toBe(2);
  });

  it('when the computation others wait for fails, each of them computes its own', async () => {
    const h = harness(60_000);
    const release = h.hold();
    h.failNext();
    const first = h.ask(viewer('alice'), REPORT);
    const second = h.ask(viewer('bob'), REPORT);
    await wait(20);
    release();
    expect((await first).errors).toHaveLength(1);
    expect((await second).data).toEqual({ orgReport: { totals: { registered: 1 } } });
    expect(h.executions()).toBe(2);
  });

  it('in the last quarter of an answer, one caller computes the next while the others are served', async () => {
    const h = harness(400);
    await h.ask(viewer('alice'), REPORT);
    h.setRegistered(2);
    await wait(320);
    const release = h.hold();
    const refresher = h.ask(viewer('alice'), REPORT);
    await wait(10);
    // Still within 400 ms: the others get the current answer at once, not the refresher's wait.
    const served = await h.ask(viewer('bob'), REPORT);
    expect(served.data).toEqual({ orgReport: { totals: { registered: 1 } } });
    expect(h.executions()).toBe(2);
    release();
    expect((await refresher).data).toEqual({ orgReport: { totals: { registered: 2 } } });
    expect((await h.ask(viewer('bob'), REPORT)).data).toEqual({ orgReport: { totals: { registered: 2 } } });
    expect(h.executions()).toBe(2);
  });

  it('is off at 0', async () => {
    const h = harness(0);
    await h.ask(viewer('alice'), REPORT);
    await h.ask(viewer('alice'), REPORT);
    expect(h.executions()).toBe(2);
  });
});
