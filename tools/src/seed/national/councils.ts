import type { SeedPlan } from '../plan';
import type { SeedIds } from '../sql';

/** The organization of council number `g`: the nation, then the provinces, then the district offices. */
export function councilOrg(ids: SeedIds, plan: SeedPlan, g: string): string {
  return `(CASE WHEN ${g} = 0 THEN ${ids.id('N', 0)} WHEN ${g} <= ${plan.provinces} THEN ${ids.id('P', `${g} - 1`)}
    ELSE ${ids.id('D', `${g} - 1 - ${plan.provinces}`)} END)`;
}
