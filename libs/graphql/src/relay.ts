import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { BadUserInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, ${MAX_PAGE_SIZE} at most.` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

export function clampFirst(first: number | undefined | null): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** Cursors are opaque: base64url of the sort key of the last row. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null, arity: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    // fall through
  }
  throw new BadUserInputError('after is not a cursor of this list');
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  cursorOf: (node: T) => string;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `XConnection` / `XEdge` object types for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;

    static from(page: Page<T>): ConnectionType {
      const edges = page.nodes.map((node) => ({ cursor: page.cursorOf(node), node }));
      return {
        edges,
        totalCount: page.totalCount,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      };
    }
  }
  return ConnectionType;
}

/** A keyset page (`@laurel/db` keysetPage) as a Relay page of nodes, cursors from the sort keys. */
export function pageFromKeyset<R extends { id: string }, N extends { id: string }>(
  result: { rows: R[]; totalCount: number; hasNextPage: boolean; keyOf: (row: R) => unknown[] },
  toNode: (row: R) => N,
): Page<N> {
  const keys = new Map(result.rows.map((r) => [r.id, result.keyOf(r)]));
  return {
    nodes: result.rows.map(toNode),
    totalCount: result.totalCount,
    hasNextPage: result.hasNextPage,
    cursorOf: (node) => encodeCursor(keys.get(node.id) ?? []),
  };
}

/** Nothing to list (an unknown or invisible parent): an empty page, not an error. */
export function emptyPage<N>(): Page<N> {
  return { nodes: [], totalCount: 0, hasNextPage: false, cursorOf: () => '' };
}
