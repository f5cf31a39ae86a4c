export const ROLES = ['ORG_ADMIN', 'UNIT_LEAD', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export interface Grant {
  id: string;
  organizationId: string;
  /** ltree path of the organization, resolved per request, so moves are reflected at once. */
  path: string;
  role: Role;
}

export interface ApiKeyIdentity {
  id: string;
  organizationId: string;
  path: string;
}

/** Who is calling, as the gateway established it and signed it for the subgraphs. */
export interface Identity {
  subject: string | null;
  isPlatformAdmin: boolean;
  /** The people whose `account` is this subject. */
  personIds: string[];
  /** Their organizations' paths (a person reads the campaigns that apply to him or her). */
  personPaths: string[];
  grants: Grant[];
  apiKey: ApiKeyIdentity | null;
  /**
   * The ltree paths of the outermost tenants (provinces, national agencies, ...) that hold the
   * caller's grants, people and API key: the database's row-level security lets a request see
   * rows of those trees and of their ancestors, nothing else (see `tenantScopeOf`).
   */
  tenantRoots: string[];
}

export const ANONYMOUS: Identity = Object.freeze({
  subject: null,
  isPlatformAdmin: false,
  personIds: [],
  personPaths: [],
  grants: [],
  apiKey: null,
  tenantRoots: [],
}) as Identity;

/** The `laurel.scope` value for everything a service does on behalf of no caller. */
export const SYSTEM_TENANT_SCOPE = '*';

/**
 * What row-level security is told about a caller: `*` for platform administrators (and the
 * gateway's own identity), an ltree array literal of the caller's tenant roots otherwise, and
 * the empty string, which the policies read as "no tenant", for nobody.
 */
export function tenantScopeOf(identity: Identity): string {
  if (identity.isPlatformAdmin) return SYSTEM_TENANT_SCOPE;
  const roots = [...new Set(identity.tenantRoots ?? [])];
  return roots.length > 0 ? `{${roots.join(',')}}` : '';
}

export function isAuthenticated(identity: Identity): boolean {
  return identity.subject !== null || identity.apiKey !== null;
}

/**
 * Everything about a caller that decides what it may read, without who it is: the ability
 * (`defineAbilityFor`), the row-level security scope and the person-based reads all derive from
 * these parts alone. Reads never depend on the subject itself (only on there being one) nor on
 * a grant's id, so two viewers granted the same role on the same organization share a key, and
 * a cache keyed by it may hand one the answer computed for the other.
 */
export function authorizationKey(identity: Identity): string {
  const sorted = (values: readonly string[] | undefined) => [...new Set(values ?? [])].sort();
  return JSON.stringify([
    identity.isPlatformAdmin,
    identity.subject !== null,
    sorted(identity.personIds),
    sorted(identity.personPaths),
    sorted(identity.grants.map((g) => `${g.role} ${g.organizationId} ${g.path}`)),
    identity.apiKey && [identity.apiKey.id, identity.apiKey.organizationId, identity.apiKey.path],
    sorted(identity.tenantRoots),
  ]);
}
