import { z } from 'zod';
import { campaignForServiceSchema } from './campaign';
import { nominationFeedRowSchema } from './events';
import { lenient, lenientIds, uuidSchema } from './ids';
import { nominationStageSchema, targetSchema } from './vocabulary';

/*
 * The signed service-to-service routes (`POST /internal/<name>`, docs/ARCHITECTURE.md
 * "Internal routes"): one request and one response schema each. The serving subgraph parses
 * the request with `parseRequest`; callers take their types from `RouteRequest`/`RouteResponse`.
 * Requests are read leniently where the routes always were (a field of the wrong type counts as
 * absent, ids that are not ids are dropped), strictly where a caller's mistake must fail.
 */

const isoDate = z.string().refine((v) => !Number.isNaN(Date.parse(v)));
const limit = lenient(z.coerce.number());
/** Feed positions: transaction ids as decimal strings. */
const digits = z.string().regex(/^\d{1,20}$/);

const slateReaders = z.object({ nominationIds: z.array(uuidSchema), personIds: z.array(uuidSchema) });

export const internalRoutes = {
  /** campaigns: campaigns by id with their quotas and criteria (nominations, reporting). */
  campaigns: {
    request: z.object({ ids: lenientIds }).catch({ ids: [] }),
    response: z.object({ campaigns: z.array(campaignForServiceSchema) }),
  },
  /** campaigns: campaigns launched in a year by an organization, below and above it (reporting). */
  'campaign-counts': {
    request: z.object({ organizationId: lenient(uuidSchema), year: lenient(z.number().int()) }),
    response: z.object({
      counts: z.array(
        z.object({ scope: z.enum(['OWN', 'BELOW', 'ABOVE']), kind: z.string(), count: z.number() }),
      ),
    }),
  },
  /** campaigns: catalogue entries and their rules in force (nominations, voting, exemplars). */
  distinctions: {
    request: z.object({
      codes: lenient(z.array(z.unknown()).readonly()).transform((codes) =>
        codes?.filter((c): c is string => typeof c === 'string'),
      ),
      at: lenient(isoDate),
      issuerIds: lenientIds,
      all: lenient(z.boolean()),
    }),
    response: z.object({
      distinctions: z.array(
        z.object({
          code: z.string(),
          targets: z.array(z.string()),
          kind: z.string(),
          level: z.string(),
          nameVi: z.string(),
          /** The rules version in force (campaigns' `DistinctionRulesVersion`); null without one. */
          rules: z.record(z.string(), z.unknown()).nullable(),
        }),
      ),
    }),
  },
  /** campaigns: the money a decision carries for each item (nominations' decisions). */
  rewards: {
    request: z.object({
      items: lenient(z.array(z.unknown()).readonly()).transform((items) =>
        (items ?? []).flatMap((i) => {
          const item = z.object({ code: z.string(), target: targetSchema }).safeParse(i);
          return item.success ? [{ code: item.data.code, target: item.data.target }] : [];
        }),
      ),
      at: lenient(isoDate),
      issuerIds: lenientIds,
      /** The issuer's organization kind, where the decree sets a multiple by issuer (a commune's Giấy khen). */
      issuerKind: lenient(z.string()),
    }),
    response: z.object({
      rewards: z.array(
        z.object({
          code: z.string(),
          target: targetSchema,
          amountVnd: z.number().nullable(),
          multipleTenths: z.number().nullable(),
          /** The multiple in hundredths (a commune chairman's Giấy khen: 15). */
          multipleHundredths: z.number().nullable(),
          baseSalaryVnd: z.number().nullable(),
        }),
      ),
    }),
  },
  /** nominations: council stages and slate readers, from voting (at least once, by event id). */
  'council-results': {
    request: z.object({
      eventId: uuidSchema,
      changes: z.array(z.object({ nominationId: z.string(), to: z.string() })),
      by: lenient(z.string()),
      reviewerPersonIds: lenientIds,
      seat: slateReaders.nullish(),
      unseat: slateReaders.nullish(),
    }),
    response: z.object({ applied: z.number(), skipped: z.number() }),
  },
  /** nominations: the outbox as a feed (reporting, exemplars). */
  events: {
    request: z.object({
      since: lenient(digits),
      after: lenient(z.tuple([digits, z.string()])),
      limit,
    }),
    response: z.object({ rows: z.array(nominationFeedRowSchema), horizon: z.string() }),
  },
  /**
   * nominations: the feed's events at or after a consumer's cursor (ids and ages only, oldest
   * first), for the consumer's backlog metrics (reporting, exemplars).
   */
  'events-pending': {
    request: z.object({ since: lenient(digits), limit }),
    response: z.object({
      /** Events at or after `since`, those already applied by the consumer included. */
      total: z.number(),
      events: z.array(z.object({ id: z.string(), ageSeconds: z.number() })),
    }),
  },
  /** nominations: nominations by id (voting's slates, exemplars' fostering). */
  nominations: {
    request: z.object({ ids: lenientIds }).catch({ ids: [] }),
    response: z.object({
      nominations: z.array(
        z.object({
          id: z.string(),
          stage: nominationStageSchema,
          campaignId: z.string(),
          campaignOrganizationId: z.string(),
          submittingOrganizationId: z.string(),
          distinctionCode: z.string(),
          target: targetSchema,
          year: z.number(),
          nomineePersonId: z.string().nullable(),
          nomineeOrganizationId: z.string().nullable(),
          nomineeName: z.string(),
          published: z.boolean(),
        }),
      ),
    }),
  },
  /** nominations: every nomination's current state, by id (reporting's rebuild). */
  'nomination-states': {
    request: z.object({ after: lenient(uuidSchema), limit }),
    response: z.object({
      rows: z.array(
        z.object({
          nominationId: z.string(),
          campaignId: z.string(),
          submittingOrganizationId: z.string(),
          target: targetSchema,
          distinctionCode: z.string(),
          stage: nominationStageSchema,
          published: z.boolean(),
        }),
      ),
    }),
  },
  /** nominations: a holder's distinction ledger (exemplars' pathways). */
  'distinction-records': {
    request: z.object({ personId: lenient(uuidSchema), organizationId: lenient(uuidSchema) }),
    response: z.object({ records: z.array(z.object({ year: z.number(), distinctionCode: z.string() })) }),
  },
  /** exemplars: the widest reach of a person's recognized initiative up to a year (nominations). */
  'initiative-reach': {
    request: z.object({ personId: lenient(uuidSchema), year: lenient(z.number().int()) }),
    response: z.object({ reach: z.string().nullable() }),
  },
  /** organizations: the identity behind a subject or an API key (the gateway). */
  identity: {
    request: z.object({ subject: lenient(z.string().min(1)), apiKey: lenient(z.string().min(1)) }),
    response: z.object({ identity: z.record(z.string(), z.unknown()).nullable() }),
  },
} as const;

export type InternalRouteName = keyof typeof internalRoutes;
/** What a caller sends. */
export type RouteRequest<N extends InternalRouteName> = z.input<(typeof internalRoutes)[N]['request']>;
/** What the serving subgraph reads after parsing. */
export type ParsedRequest<N extends InternalRouteName> = z.output<(typeof internalRoutes)[N]['request']>;
/** What the serving subgraph answers. */
export type RouteResponse<N extends InternalRouteName> = z.output<(typeof internalRoutes)[N]['response']>;

/** A request a route could not read (the subgraph answers it with BAD_USER_INPUT). */
export class InvalidRequestError extends Error {
  constructor(
    readonly route: InternalRouteName,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`${route}: ${issues.map((i) => `${i.path.join('.') || 'body'} ${i.message}`).join('; ')}`);
  }
}

/** The serving side: the request as its route's schema reads it; no body reads as `{}`. */
export function parseRequest<N extends InternalRouteName>(route: N, body: unknown): ParsedRequest<N> {
  const result = internalRoutes[route].request.safeParse(body ?? {});
  if (!result.success) throw new InvalidRequestError(route, result.error.issues);
  return result.data as ParsedRequest<N>;
}
