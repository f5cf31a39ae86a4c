/**
 * What campaigns needs to know of an organization. The campaigns service has no access to the
 * organizations tables: the lookup is injected (a replicated organization directory in
 * production); `path` is the ltree path the abilities of `@laurel/auth` are written against.
 */
export interface OrganizationRef {
  id: string;
  path: string;
  kind: string;
}

export type OrganizationLookup = (id: string) => Promise<OrganizationRef | null>;

/** Until a directory is wired in, no organization is known. */
export const NO_ORGANIZATIONS: OrganizationLookup = async () => null;
