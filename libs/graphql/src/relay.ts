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

/** What each part of a cursor's key is: checked before it reaches SQL (a forged cursor is bad input). */
export type CursorPart = 'string' | 'number' | 'uuid' | 'instant';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fits(value: unknown, part: CursorPart): boolean {
  switch (part) {
    case 'string':
      return typeof value === 'string' && value.length <= 1_000 && !value.includes('\u0000');
    case 'number':
      // Integers that fit the columns they are compared with (years).
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 2 ** 31;
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'instant':
      // The same instant written back (no 31 February, no year 0, which the database refuses).
      return (
        typeof value === 'string' &&
        ISO_INSTANT.test(value) &&
        !Number.isNaN(Date.parse(value)) &&
        new Date(value).getUTCFullYear() >= 1 &&
        new Date(value).toISOString().slice(0, 19) === value.slice(0, 19)
      );
  }
}

/**
 * The sort key an `after` cursor carries, or null without one. `shape` says what each part is
 * (or only how many there are): a forged, mistyped or foreign cursor is BAD_USER_INPUT, never an
 * error of the database.
 */
export function decodeCursor(
  cursor: string | undefined | null,
  shape: number | readonly CursorPart[],
): unknown[] | null {
  if (!cursor) return null;
  const parts = typeof shape === 'number' ? null : shape;
  const arity = parts ? parts.length : (shape as number);
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && (!parts || parts.every((p, i) => fits(key[i], p))))
      return key;
  } catch {
    // fall through
  }
  throw new BadUserInputError('after is not a cursor of this list', { field: 'after' });
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
