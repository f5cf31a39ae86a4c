/**
 * The wire format of the organization directory feed: the organizations subgraph serves it on
 * `POST /internal/directory` (signed like every internal request), the other subgraphs keep a
 * local copy of it (see `DirectorySync`) so that they can authorize and join in SQL.
 *
 * State-based, not event-based: each row is the current state of one object, stamped with the
 * id of the transaction that last wrote it (`xid`). A reader asks for the rows written by
 * transactions at or after its `since`; the answer's `horizon` is the oldest transaction still
 * running when the page was read, so everything before it is final. Re-reading a row is
 * harmless (upserts guarded by `xid`), skipping one is impossible.
 */
export const FEEDS = ['organizations', 'people', 'groups'] as const;
export type FeedName = (typeof FEEDS)[number];

export interface FeedRequest {
  feed: FeedName;
  /** Transaction horizon already applied; null reads from the beginning. */
  since: string | null;
  /** Keyset position inside one catch-up: the last row's `[xid, id]`. */
  after: [string, string] | null;
  limit: number;
}

export interface FeedPage<Row> {
  rows: Row[];
  /** `pg_snapshot_xmin` when the page was read: transactions before it are all visible. */
  horizon: string;
}

export interface DirectoryOrganization {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  /** ltree of ancestor ids (without hyphens), root first, ending with this organization. */
  path: string;
  tenantId: string;
  mergedIntoId: string | null;
  dissolvedAt: string | null;
  xid: string;
}

export interface DirectoryPerson {
  id: string;
  organizationId: string;
  tenantId: string;
  fullName: string;
  fullNameFolded: string;
  partyPosition: string | null;
  governmentPosition: string | null;
  leadsId: string | null;
  account: string | null;
  /** When the person left the organization (deactivated); null while active. */
  leftAt: string | null;
  xid: string;
}

export interface DirectoryGroup {
  id: string;
  ownerId: string;
  tenantId: string;
  name: string;
  kind: string;
  memberIds: string[];
  xid: string;
}

export interface FeedRows {
  organizations: DirectoryOrganization;
  people: DirectoryPerson;
  groups: DirectoryGroup;
}

export const MAX_FEED_PAGE = 5_000;

export function parseFeedRequest(body: unknown): FeedRequest {
  const b = (body ?? {}) as Partial<FeedRequest>;
  if (!FEEDS.includes(b.feed as FeedName)) throw new Error(`unknown feed ${String(b.feed)}`);
  const digits = (v: unknown) => typeof v === 'string' && /^\d{1,20}$/.test(v);
  if (b.since != null && !digits(b.since)) throw new Error('since must be a transaction id');
  if (
    b.after != null &&
    !(Array.isArray(b.after) && b.after.length === 2 && digits(b.after[0]) && typeof b.after[1] === 'string')
  ) {
    throw new Error('after must be [xid, id]');
  }
  const limit = Math.min(Math.max(Number(b.limit) || 1_000, 1), MAX_FEED_PAGE);
  return { feed: b.feed as FeedName, since: b.since ?? null, after: b.after ?? null, limit };
}

/** The organization ids of an ltree path (labels are ids without hyphens), root first. */
export function idsOfPath(path: string): string[] {
  return path
    .split('.')
    .map((l) => `${l.slice(0, 8)}-${l.slice(8, 12)}-${l.slice(12, 16)}-${l.slice(16, 20)}-${l.slice(20)}`);
}
