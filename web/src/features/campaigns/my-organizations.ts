import { useQuery } from 'urql';
import { MyOrganizationsQuery } from '../../ui/directory-documents';

export interface MyOrganization {
  id: string;
  name: string;
  kind: string;
  parent?: { id: string } | null;
}

/**
 * Where a unit finds its nominees: its own subtree, or for a trade union, youth union, women's
 * committee or veterans' association, the institution it belongs to (SPEC 9).
 */
export function nomineeScope(organization: MyOrganization | undefined, fallbackId: string): string {
  if (organization?.kind === 'MASS_ORGANIZATION' && organization.parent) return organization.parent.id;
  return organization?.id ?? fallbackId;
}

/** The organizations the user works for: granted ones first, then the person's own. */
export function useMyOrganizations() {
  const [result] = useQuery({ query: MyOrganizationsQuery });
  const me = result.data?.me;
  const seen = new Set<string>();
  const organizations: MyOrganization[] = [];
  for (const o of [...(me?.grants.map((g) => g.organization) ?? []), me?.person?.organization]) {
    if (o && !seen.has(o.id)) {
      seen.add(o.id);
      organizations.push(o);
    }
  }
  return { organizations, fetching: result.fetching, error: result.error, ready: !!result.data };
}
