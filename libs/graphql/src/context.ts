import type { AppAbility, Identity } from '@laurel/auth';

/** What every subgraph's context carries; services add their loaders. */
export interface RequestContext {
  identity: Identity;
  ability: AppAbility;
}
