import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';

/** Which `votingProgress` subscriptions may share one upstream stream (see progress-fanout.ts). */

/** What a shared `votingProgress` may select: leaves, and `results { … nomination { id } }`. */
type Shape = { [field: string]: true | Shape };
const PROGRESS_SHAPE: Shape = {
  __typename: true,
  sessionId: true,
  status: true,
  ballotsCast: true,
  eligibleVoters: true,
  results: {
    __typename: true,
    approve: true,
    reject: true,
    abstain: true,
    passed: true,
    nomination: { __typename: true, id: true },
  },
};

export interface SubscribeParams {
  query?: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface SharedProgressRequest {
  /** Subscriptions with the same key share one upstream execution. */
  key: string;
  sessionId: string;
}

const parsedCache = new Map<string, DocumentNode | null>();

function parseCached(query: string): DocumentNode | null {
  let document = parsedCache.get(query);
  if (document === undefined) {
    try {
      document = parse(query, { noLocation: true });
    } catch {
      document = null;
    }
    if (parsedCache.size > 1_000) parsedCache.clear();
    parsedCache.set(query, document);
  }
  return document;
}

function fitsShape(selectionSet: SelectionSetNode, shape: Shape): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind !== Kind.FIELD || (selection.directives?.length ?? 0) > 0) return false;
    if ((selection.arguments?.length ?? 0) > 0) return false;
    const allowed = shape[selection.name.value];
    if (allowed === undefined) return false;
    if (allowed === true) return !selection.selectionSet;
    return !!selection.selectionSet && fitsShape(selection.selectionSet, allowed);
  });
}

/** The shared stream this subscription can join, or null for the ordinary path. */
export function sharedProgressRequest(params: SubscribeParams): SharedProgressRequest | null {
  if (typeof params.query !== 'string' || params.query.length > 4_000) return null;
  const document = parseCached(params.query);
  if (!document || document.definitions.length !== 1) return null;
  const [operation] = document.definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'subscription') return null;
  if ((operation.directives?.length ?? 0) > 0) return null;
  const [root, ...others] = operation.selectionSet.selections;
  if (others.length > 0 || root?.kind !== Kind.FIELD || root.name.value !== 'votingProgress') return null;
  if ((root.directives?.length ?? 0) > 0 || !root.selectionSet) return null;
  if (!fitsShape(root.selectionSet, PROGRESS_SHAPE)) return null;
  const argument = root.arguments?.length === 1 ? root.arguments[0] : undefined;
  if (argument?.name.value !== 'sessionId') return null;
  let sessionId: unknown;
  if (argument.value.kind === Kind.STRING) sessionId = argument.value.value;
  else if (argument.value.kind === Kind.VARIABLE) sessionId = params.variables?.[argument.value.name.value];
  if (typeof sessionId !== 'string') return null;
  const key = JSON.stringify([params.query, params.operationName ?? null, params.variables ?? null]);
  return { key, sessionId };
}

/**
 * The session a `votingProgress` subscription names (whatever it selects), or null when the
 * operation is not one: the gateway checks the audience of the ordinary path itself, so that a
 * refusal reads as on the shared path (NOT_FOUND) and not as a masked error.
 */
export function progressSessionId(params: SubscribeParams): string | null {
  if (typeof params.query !== 'string' || params.query.length > 100_000) return null;
  const document = parseCached(params.query);
  const operations = (document?.definitions ?? []).filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operations.length === 1
      ? operations[0]
      : operations.find((o) => o.name?.value === params.operationName && params.operationName);
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'subscription') return null;
  const [root, ...others] = operation.selectionSet.selections;
  if (others.length > 0 || root?.kind !== Kind.FIELD || root.name.value !== 'votingProgress') return null;
  const argument = root.arguments?.find((a) => a.name.value === 'sessionId');
  if (!argument) return null;
  const value = argument.value;
  if (value.kind === Kind.STRING || value.kind === Kind.INT) return value.value;
  if (value.kind === Kind.VARIABLE) {
    const given = params.variables?.[value.name.value];
    return typeof given === 'string' || typeof given === 'number' ? String(given) : null;
  }
  return null;
}
