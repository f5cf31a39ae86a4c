import { parseRequest, type NominationFeedRow, type RouteResponse } from '@laurel/contracts';
import type { DataSource } from 'typeorm';

export type OutboxFeedRow = NominationFeedRow;

/**
 * `POST /internal/events` `{ since, after, limit }`: the outbox as a feed, with the same horizon
 * protocol as the directory feed (`@laurel/directory`): read `horizon` first, return the events
 * of transactions at or after `since`; a consumer that stores the first page's horizon after a
 * full catch-up never misses an event whose transaction committed late. At least once: consumers
 * deduplicate by event id.
 */
export async function readOutboxFeed(db: DataSource, body: unknown): Promise<RouteResponse<'events'>> {
  const b = parseRequest('events', body);
  const since = b.since ?? null;
  const after = b.after ?? null;
  const limit = Math.min(Math.max(b.limit || 1_000, 1), 5_000);
  const [{ horizon }] = (await db.query(
    `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`,
  )) as [{ horizon: string }];
  const rows = (await db.query(
    `SELECT id, topic, payload, xid::text AS xid FROM nominations.outbox_event
      WHERE ($1::bigint IS NULL OR xid >= $1::bigint)
        AND ($2::bigint IS NULL OR (xid, id) > ($2::bigint, $3::uuid))
      ORDER BY xid, id LIMIT $4`,
    [since, after?.[0] ?? null, after?.[1] ?? null, limit],
  )) as OutboxFeedRow[];
  return { rows, horizon };
}

/**
 * `POST /internal/events-pending` `{ since, limit }`: how many events a consumer whose cursor is
 * `since` may not have applied yet, and the first `limit` of them (id and age, by the database's
 * clock) for it to leave out those it has. Ids only: a consumer's scrape stays cheap.
 */
export async function readPendingEvents(
  db: DataSource,
  body: unknown,
): Promise<RouteResponse<'events-pending'>> {
  const b = parseRequest('events-pending', body);
  const since = b.since ?? null;
  const limit = Math.min(Math.max(b.limit || 1_000, 1), 10_000);
  const [{ total }] = (await db.query(
    `SELECT count(*)::int AS total FROM nominations.outbox_event WHERE $1::bigint IS NULL OR xid >= $1::bigint`,
    [since],
  )) as [{ total: number }];
  const events = (await db.query(
    `SELECT id, EXTRACT(EPOCH FROM now() - created_at)::float AS "ageSeconds" FROM nominations.outbox_event
      WHERE $1::bigint IS NULL OR xid >= $1::bigint ORDER BY xid, id LIMIT $2`,
    [since, limit],
  )) as RouteResponse<'events-pending'>['events'];
  return { total, events };
}

/**
 * `POST /internal/nominations` `{ ids }`: what the voting subgraph needs to put nominations on a
 * slate (stage, campaign and its organization), and the exemplars subgraph to foster a recognized
 * nominee. Signed service-to-service calls only.
 */
export async function readNominationsForService(
  db: DataSource,
  body: unknown,
): Promise<RouteResponse<'nominations'>> {
  const { ids } = parseRequest('nominations', body);
  if (ids.length === 0) return { nominations: [] };
  const nominations = (await db.query(
    `SELECT n.id, n.stage, n.campaign_id AS "campaignId", c.organization_id AS "campaignOrganizationId",
            n.submitting_organization_id AS "submittingOrganizationId", n.distinction_code AS "distinctionCode",
            -- The exemplars subgraph fosters recognized nominees (docs/API.md §7).
            n.target, n.year, n.nominee_person_id AS "nomineePersonId",
            n.nominee_organization_id AS "nomineeOrganizationId", n.nominee_name AS "nomineeName", n.published
       FROM nominations.nomination n JOIN nominations.campaign_ref c ON c.id = n.campaign_id
      WHERE n.id = ANY($1::uuid[])`,
    [ids.slice(0, 1_000)],
  )) as RouteResponse<'nominations'>['nominations'];
  return { nominations };
}

/**
 * `POST /internal/nomination-states` `{ after, limit }`: every nomination's current state, by id,
 * for reporting's rebuild of its rollups from the source of truth.
 */
export async function readNominationStates(
  db: DataSource,
  body: unknown,
): Promise<RouteResponse<'nomination-states'>> {
  const b = parseRequest('nomination-states', body);
  const after = b.after ?? null;
  const limit = Math.min(Math.max(b.limit || 5_000, 1), 20_000);
  const rows = (await db.query(
    `SELECT id AS "nominationId", campaign_id AS "campaignId", submitting_organization_id AS "submittingOrganizationId",
            target, distinction_code AS "distinctionCode", stage, published
       FROM nominations.nomination WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
    [after, limit],
  )) as RouteResponse<'nomination-states'>['rows'];
  return { rows };
}

/**
 * `POST /internal/distinction-records` `{ personId } | { organizationId }`: the holder's distinction
 * ledger (recognized here and imported), for the exemplars subgraph's pathways (docs/API.md §7).
 */
export async function readDistinctionRecordsForService(
  db: DataSource,
  body: unknown,
): Promise<RouteResponse<'distinction-records'>> {
  const b = parseRequest('distinction-records', body);
  const holder = b.personId
    ? { column: 'person_id', id: b.personId }
    : b.organizationId
      ? { column: 'organization_id', id: b.organizationId }
      : null;
  if (!holder) return { records: [] };
  const records = (await db.query(
    `SELECT year, distinction_code AS "distinctionCode" FROM nominations.distinction_record
      WHERE ${holder.column} = $1 ORDER BY year, distinction_code`,
    [holder.id],
  )) as RouteResponse<'distinction-records'>['records'];
  return { records };
}
