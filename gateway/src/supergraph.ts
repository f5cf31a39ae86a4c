import { Kind, parse, type ConstValueNode } from 'graphql';

export interface SubgraphEntry {
  name: string;
  url: string;
}

/** The subgraphs named by the supergraph's `join__graph(name:, url:)`. */
export function subgraphsOf(supergraphSdl: string): SubgraphEntry[] {
  const text = (value: ConstValueNode | undefined) => (value?.kind === Kind.STRING ? value.value : undefined);
  const entries: SubgraphEntry[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const arg = (name: string) => text(directive?.arguments?.find((a) => a.name.value === name)?.value);
      const name = arg('name');
      const url = arg('url');
      if (name && url) entries.push({ name, url });
    }
  }
  return entries;
}

/** The root Mutation fields a subgraph resolves, from the supergraph's `@join__field`. */
export function mutationsOf(supergraphSdl: string, subgraphName: string): Set<string> {
  const document = parse(supergraphSdl);
  let graph: string | undefined;
  for (const d of document.definitions) {
    if (d.kind !== Kind.ENUM_TYPE_DEFINITION || d.name.value !== 'join__Graph') continue;
    graph = d.values?.find((v) =>
      v.directives?.some(
        (dir) =>
          dir.name.value === 'join__graph' &&
          dir.arguments?.some(
            (a) => a.name.value === 'name' && a.value.kind === Kind.STRING && a.value.value === subgraphName,
          ),
      ),
    )?.name.value;
  }
  const fields = new Set<string>();
  for (const d of document.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION || d.name.value !== 'Mutation') continue;
    for (const field of d.fields ?? []) {
      const owned = field.directives?.some(
        (dir) =>
          dir.name.value === 'join__field' &&
          dir.arguments?.some(
            (a) => a.name.value === 'graph' && a.value.kind === Kind.ENUM && a.value.value === graph,
          ),
      );
      if (owned) fields.add(field.name.value);
    }
  }
  return fields;
}

/** A caller's mistake in wiring the gateway: a required option is missing. */
export function requireOption<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`createGateway: missing ${name}`);
  return value;
}
