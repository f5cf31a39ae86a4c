import type { MyOrganization } from '../../ui/my-organizations';

/**
 * Where a unit finds its nominees: its own subtree, or for a trade union, youth union, women's
 * committee or veterans' association, the institution it belongs to (SPEC 9).
 */
export function nomineeScope(
  organization: Pick<MyOrganization, 'id' | 'name' | 'kind' | 'parent'> | undefined,
  fallbackId: string,
): string {
  if (organization?.kind === 'MASS_ORGANIZATION' && organization.parent) return organization.parent.id;
  return organization?.id ?? fallbackId;
}
