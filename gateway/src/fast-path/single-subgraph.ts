import {
  buildASTSchema,
  getNamedType,
  isObjectType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { SubgraphEntry } from '../supergraph';

/** The subgraph that answers a whole operation alone, and that operation. */
export interface SingleSubgraphPlan {
  subgraph: SubgraphEntry;
  operation: OperationDefinitionNode;
}

const ALLOWED_DIRECTIVES = new Set(['include', 'skip']);

function argument(directive: ConstDirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.ENUM || value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

/** A `@provides` field set (`"name"`, `"a { b }"`) as a selection set. */
function fieldSet(fields: string): SelectionSetNode | null {
  try {
    const document = parse(`{ ${fields} }`);
    const definition = document.definitions[0];
    return definition?.kind === Kind.OPERATION_DEFINITION ? definition.selectionSet : null;
  } catch {
    return null;
  }
}

/**
 * Which operations one subgraph answers whole, read from the supergraph's join directives: every
 * root field is that subgraph's, and so is every field below — its own, or one of another
 * subgraph's that it declares external and `@provides` on the way down (reporting names a
 * report's organizations from its copy of the directory). No entity jump, no `@requires`,
 * `@override` or type-changed field, no abstract type, no `@defer`. For such an operation the
 * subgraph's answer to the client's own document is the gateway's answer (fast-path.ts);
 * anything in doubt is `null` and goes through the query planner.
 */
export class SingleSubgraphPlanner {
  readonly schema: GraphQLSchema;
  /** join__Graph enum value (VOTING) → subgraph. */
  private readonly graphs = new Map<string, SubgraphEntry>();

  constructor(
    sdl: string,
    subgraphs: readonly SubgraphEntry[],
    /** Root fields that never take the fast path (caches, identity flushes, imports). */
    private readonly excludedRootFields: ReadonlySet<string>,
  ) {
    const document = parse(sdl);
    this.schema = buildASTSchema(document, { assumeValidSDL: true });
    const byName = new Map(subgraphs.map((s) => [s.name.toLowerCase(), s]));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
      for (const value of definition.values ?? []) {
        const joinGraph = value.directives?.find((d) => d.name.value === 'join__graph');
        const name = joinGraph && argument(joinGraph, 'name');
        const subgraph = typeof name === 'string' ? byName.get(name.toLowerCase()) : undefined;
        if (subgraph) this.graphs.set(value.name.value, subgraph);
      }
    }
  }

  plan(document: DocumentNode, operationName?: string | null): SingleSubgraphPlan | null {
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    if (operations.length !== 1) return null;
    const operation = operations[0]!;
    if (operationName && operation.name?.value !== operationName) return null;
    if (operation.operation === 'subscription' || operation.directives?.length) return null;
    const root = operation.operation === 'query' ? this.schema.getQueryType() : this.schema.getMutationType();
    if (!root) return null;
    const fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((f) => [f.name.value, f]),
    );
    // The root fields decide the subgraph; every one must be the same.
    let graph: string | undefined;
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || selection.name.value.startsWith('__')) return null;
      if (this.excludedRootFields.has(selection.name.value)) return null;
      const field = root.getFields()[selection.name.value];
      const owners = field ? [...(this.ownersOf(root, field)?.keys() ?? [])] : [];
      if (owners.length !== 1 || (graph !== undefined && graph !== owners[0])) return null;
      graph = owners[0];
    }
    const subgraph = graph === undefined ? undefined : this.graphs.get(graph);
    if (!subgraph || !this.answers(graph!, root, operation.selectionSet, fragments, undefined)) return null;
    return { subgraph, operation };
  }

  /** Whether `graph` resolves every selection below `type` by itself. */
  private answers(
    graph: string,
    type: GraphQLObjectType,
    selectionSet: SelectionSetNode,
    fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    /** What the field above provides (`@provides`): external fields `graph` answers here. */
    provided: SelectionSetNode | undefined,
  ): boolean {
    for (const selection of selectionSet.selections) {
      if (selection.directives?.some((d) => !ALLOWED_DIRECTIVES.has(d.name.value))) return false;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__typename') continue;
        const field = type.getFields()[selection.name.value];
        if (!field) return false;
        const below = this.resolution(graph, type, field, provided);
        if (below === false) return false;
        const named = getNamedType(field.type);
        if (isObjectType(named)) {
          if (
            !selection.selectionSet ||
            !this.answers(graph, named, selection.selectionSet, fragments, below ?? undefined)
          )
            return false;
        } else if (selection.selectionSet) return false; // an interface or a union
        continue;
      }
      const condition =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.typeCondition?.name.value
          : fragments.get(selection.name.value)?.typeCondition.name.value;
      if (condition !== undefined && condition !== type.name) return false;
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : fragments.get(selection.name.value)?.selectionSet;
      if (!inner || !this.answers(graph, type, inner, fragments, provided)) return false;
    }
    return true;
  }

  /**
   * Whether `graph` resolves `field` itself, and what it provides below it: `false` when it does
   * not; otherwise the selection it provides under the field (`@provides`, or what the enclosing
   * `@provides` lists under an external field), `null` for nothing.
   */
  private resolution(
    graph: string,
    type: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    provided: SelectionSetNode | undefined,
  ): SelectionSetNode | null | false {
    const owners = this.ownersOf(type, field);
    if (owners === null) return false;
    const own = owners.get(graph);
    if (own !== undefined) return own;
    // External in `graph`: answered there only where the field above provides it.
    const listed = provided?.selections.find(
      (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === field.name,
    );
    if (!listed || !this.externalIn(graph, field)) return false;
    return listed.selectionSet ?? null;
  }

  /**
   * The graphs that resolve `field` of `type` themselves, each with the selection it provides
   * below (`null`: none); `null` when the field is not plain in some graph (an override, a
   * `@requires`, a changed type: the planner's business). An external field is not its
   * declarer's (see `resolution`).
   */
  private ownersOf(
    type: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
  ): Map<string, SelectionSetNode | null> | null {
    const joins = field.astNode?.directives?.filter((d) => d.name.value === 'join__field') ?? [];
    const owners = new Map<string, SelectionSetNode | null>();
    if (joins.length > 0) {
      for (const join of joins) {
        const graph = argument(join, 'graph');
        if (typeof graph !== 'string') return null;
        const external = argument(join, 'external') === true;
        const provides = argument(join, 'provides');
        if (
          ['requires', 'type', 'override', 'overrideLabel'].some((a) => argument(join, a) !== undefined) ||
          argument(join, 'usedOverridden') === true ||
          (external && provides !== undefined)
        )
          return null;
        if (external) continue;
        owners.set(graph, typeof provides === 'string' ? fieldSet(provides) : null);
      }
      return owners;
    }
    // No join__field: the field is in every subgraph that defines the type.
    for (const join of this.joinTypes(type)) {
      const graph = argument(join, 'graph');
      if (typeof graph === 'string') owners.set(graph, null);
    }
    return owners;
  }

  /** Whether `graph` declares `field` external, and nothing more (no `@requires`, no override). */
  private externalIn(graph: string, field: GraphQLField<unknown, unknown>): boolean {
    const joins = field.astNode?.directives?.filter((d) => d.name.value === 'join__field') ?? [];
    return joins.some((d) => argument(d, 'graph') === graph && argument(d, 'external') === true);
  }

  private joinTypes(type: GraphQLObjectType): ConstDirectiveNode[] {
    return [type.astNode, ...(type.extensionASTNodes ?? [])].flatMap(
      (node) => node?.directives?.filter((d) => d.name.value === 'join__type') ?? [],
    );
  }
}
