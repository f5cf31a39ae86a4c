import type { Context } from '../context';
import type { ChangeKindValue } from './organization-change.entity';

export const ORGANIZATION_EVENTS = 'organizations.changed';

export interface OrganizationEventPayload {
  kind: ChangeKindValue;
  organizationId: string;
  /** Paths of the organization before and after: subscribers of either subtree hear of it. */
  paths: string[];
  at: string;
}

/** Tells subscribers of the tree; a failed publish is logged, never the caller's failure. */
export async function publishOrganizationEvent(
  ctx: Context,
  kind: ChangeKindValue,
  organizationId: string,
  paths: string[],
): Promise<void> {
  const payload: OrganizationEventPayload = { kind, organizationId, paths, at: new Date().toISOString() };
  await ctx.pubSub.publishNow(ORGANIZATION_EVENTS, payload).catch((error: unknown) => {
    console.error('[organizations] could not publish event', error);
  });
}
