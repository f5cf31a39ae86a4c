import { subject } from '@laurel/auth';
import type { KnownOrganization } from '@laurel/directory';
import { assertAuthenticated, isId } from '@laurel/graphql';
import type { Context } from '../context';

/**
 * The organization whose reports the caller may read, or null: reports follow the subtree
 * (viewers, admins and API keys of the organization or above). Every report, compliance list and
 * statistic asks here, so they never disagree about who reads what.
 */
export async function reportableOrganization(
  ctx: Context,
  organizationId: string,
): Promise<KnownOrganization | null> {
  assertAuthenticated(ctx);
  const org = isId(organizationId) ? await ctx.directory.organization(organizationId) : null;
  if (!org || !ctx.ability.can('read', subject('Report', { orgPath: org.path }))) return null;
  return org;
}
