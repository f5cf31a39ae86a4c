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
}

export const ANONYMOUS: Identity = Object.freeze({
  subject: null,
  isPlatformAdmin: false,
  personIds: [],
  personPaths: [],
  grants: [],
  apiKey: null,
}) as Identity;

export function isAuthenticated(identity: Identity): boolean {
  return identity.subject !== null || identity.apiKey !== null;
}
