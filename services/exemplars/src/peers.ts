import { internalUrl, postInternal, postRoute, signInternalRequest, type Identity } from '@laurel/auth';
import type { RouteRequest, RouteResponse } from '@laurel/contracts';
import { DomainError, type ErrorCode } from '@laurel/graphql';

/** A nomination as `/internal/nominations` of the nominations subgraph tells it. */
export type NominationFacts = RouteResponse<'nominations'>['nominations'][number];

export interface CatalogueRequirement {
  kind: string;
  code?: string;
  times?: number;
  consecutive?: boolean;
  reach?: string;
}

export interface CatalogueDistinction {
  code: string;
  targets: string[];
  kind: string;
  nameVi: string;
  rules: {
    code: string;
    source: string;
    prerequisitesExhaustive: boolean;
    prerequisites: { target: string | null; source: string; requirements: CatalogueRequirement[] }[];
  } | null;
}

export type LedgerRecord = RouteResponse<'distinction-records'>['records'][number];

/** Signed service-to-service calls to the other subgraphs (never their code). */
export class Peers {
  constructor(
    readonly nominationsUrl: string,
    private readonly campaignsUrl: string,
    readonly internalSecret: string,
  ) {}

  /** The nominations subgraph's GraphQL endpoint. */
  get nominationsGraphql(): string {
    return `${this.nominationsUrl.replace(/\/(graphql)?\/?$/, '')}/graphql`;
  }

  async nomination(id: string): Promise<NominationFacts | null> {
    const { nominations } = await postRoute(
      this.nominationsUrl,
      'nominations',
      { ids: [id] },
      this.internalSecret,
    );
    return nominations.find((n) => n.id === id) ?? null;
  }

  /** The catalogue's distinctions with the rules in force today for the nearest of `issuerIds`. */
  async distinctions(
    codes: readonly string[],
    issuerIds: readonly string[] = [],
  ): Promise<CatalogueDistinction[]> {
    if (codes.length === 0) return [];
    return this.catalogue({ codes: [...new Set(codes)].slice(0, 100), issuerIds });
  }

  /**
   * The whole catalogue, with the rules in force today for the nearest of `issuerIds`; kept a
   * minute per issuer chain (a page of exemplars asks once, and the rules change by decree).
   */
  async allDistinctions(issuerIds: readonly string[] = []): Promise<CatalogueDistinction[]> {
    const key = issuerIds.join(',');
    const hit = this.catalogueCache.get(key);
    if (hit && Date.now() - hit.at < 60_000) return hit.value;
    const value = this.catalogue({ all: true, issuerIds });
    this.catalogueCache.set(key, { value, at: Date.now() });
    value.catch(() => this.catalogueCache.delete(key));
    if (this.catalogueCache.size > 1_000)
      this.catalogueCache.delete(this.catalogueCache.keys().next().value!);
    return value;
  }

  private readonly catalogueCache = new Map<string, { value: Promise<CatalogueDistinction[]>; at: number }>();

  private async catalogue(body: RouteRequest<'distinctions'>): Promise<CatalogueDistinction[]> {
    const { distinctions } = await postInternal<{ distinctions: CatalogueDistinction[] }>(
      internalUrl(this.campaignsUrl, 'distinctions'),
      { ...body, at: new Date().toISOString() } satisfies RouteRequest<'distinctions'>,
      this.internalSecret,
    );
    return distinctions;
  }

  /** The holder's distinction ledger (recognized on the platform and imported). */
  async ledger(holder: { personId: string } | { organizationId: string }): Promise<LedgerRecord[]> {
    const { records } = await postRoute(
      this.nominationsUrl,
      'distinction-records',
      holder,
      this.internalSecret,
    );
    return records;
  }
}

/** An error a peer subgraph answered with, passed on with its contract code. */
export class PeerError extends DomainError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, extensions);
  }
}

/**
 * A GraphQL operation on a peer subgraph on behalf of the caller: the caller's identity, signed
 * as the gateway signs it, so the peer applies its own rules to the same person.
 */
export async function asCaller<T>(
  graphqlUrl: string,
  identity: Identity,
  internalSecret: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const body = JSON.stringify({ query, variables });
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signInternalRequest(identity, internalSecret, body) },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  const json = (await response.json()) as {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  const error = json.errors?.[0];
  if (error) {
    const { code, ...rest } = error.extensions ?? {};
    throw new PeerError((typeof code === 'string' ? code : 'CONFLICT') as ErrorCode, error.message, rest);
  }
  if (!json.data) throw new Error(`${graphqlUrl} answered ${response.status} without data`);
  return json.data;
}
