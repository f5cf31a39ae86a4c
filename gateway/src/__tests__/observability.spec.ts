import { enableMetrics, registry } from '@laurel/observability';
import { parse } from 'graphql';
import { useGatewayMetrics } from '../observability';

/** One series' value in the exposition (the sum over matching lines). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    if (Object.entries(labels).every(([k, v]) => (match[3] ?? '').includes(`${k}="${v}"`)))
      sum += Number(match[4]);
  }
  return sum;
}

type Plugin = ReturnType<typeof useGatewayMetrics>;
type ExecuteHook = (payload: unknown) => { onExecuteDone(payload: unknown): void } | void;
type SubgraphHook = (payload: unknown) => ((payload: unknown) => void) | void;

/** One operation through the plugin's hooks, as the gateway runtime calls them. */
function run(plugin: Plugin, source: string, errors?: { extensions: { code: string } }[]): void {
  const document = parse(source);
  const executed = (plugin.onExecute as unknown as ExecuteHook)({ args: { document, operationName: null } });
  const done = (plugin.onSubgraphExecute as unknown as SubgraphHook)({ subgraphName: 'campaigns' });
  const result = { data: {}, errors };
  done?.({ result });
  executed?.onExecuteDone({ result });
}

describe('useGatewayMetrics', () => {
  beforeAll(() => enableMetrics('gateway'));

  it('counts and times each operation by name and outcome, its root fields and its subgraph requests', async () => {
    const plugin = useGatewayMetrics();
    for (let i = 0; i < 3; i++) run(plugin, 'query UnitCatalogue { distinctions { code } }');
    run(plugin, 'query UnitCatalogue { distinctions { code } }', [{ extensions: { code: 'FORBIDDEN' } }]);
    run(plugin, '{ distinctions { code } me { id } }');
    const text = await registry.metrics();
    const named = { operation_type: 'query', operation_name: 'UnitCatalogue' };
    expect(sample(text, 'laurel_graphql_operations_total', { ...named, outcome: 'ok' })).toBe(3);
    expect(sample(text, 'laurel_graphql_operations_total', { ...named, outcome: 'error' })).toBe(1);
    expect(sample(text, 'laurel_graphql_operation_duration_seconds_count', named)).toBe(4);
    expect(
      sample(text, 'laurel_graphql_operations_total', { operation_name: 'anonymous', outcome: 'ok' }),
    ).toBe(1);
    expect(sample(text, 'laurel_graphql_root_fields_total', { field: 'distinctions' })).toBe(5);
    expect(sample(text, 'laurel_graphql_root_fields_total', { field: 'me' })).toBe(1);
    expect(
      sample(text, 'laurel_gateway_subgraph_requests_total', { subgraph: 'campaigns', outcome: 'ok' }),
    ).toBe(4);
    expect(
      sample(text, 'laurel_gateway_subgraph_requests_total', { subgraph: 'campaigns', outcome: 'error' }),
    ).toBe(1);
  });

  it('keeps the first 200 operation names; later ones count as other', async () => {
    const plugin = useGatewayMetrics();
    for (let i = 0; i < 205; i++) run(plugin, `query Many${i} { distinctions { code } }`);
    run(plugin, 'query Many0 { distinctions { code } }');
    const text = await registry.metrics();
    expect(sample(text, 'laurel_graphql_operations_total', { operation_name: 'Many0' })).toBe(2);
    expect(sample(text, 'laurel_graphql_operations_total', { operation_name: 'Many199' })).toBe(1);
    expect(text).not.toContain('operation_name="Many200"');
    expect(sample(text, 'laurel_graphql_operations_total', { operation_name: 'other' })).toBe(5);
  });
});
