import DataLoader from 'dataloader';
import type { DistinctionRulesService } from './distinction-rules.service';
import type { DistinctionRulesVersion } from './distinction-rules.version';

export interface RulesKey {
  code: string;
  /** Calendar date, YYYY-MM-DD. */
  day: string;
  /** Nearest first; empty: national. */
  issuerIds: readonly string[];
}

const keyOf = (k: RulesKey) => `${k.day}|${k.issuerIds.join(',')}|${k.code}`;

/** The rules in force, batched per (date, issuers): one query for a whole list of distinctions. */
export function createDistinctionRulesLoader(
  service: DistinctionRulesService,
  options: { cache: boolean },
): DataLoader<RulesKey, DistinctionRulesVersion | null, string> {
  return new DataLoader<RulesKey, DistinctionRulesVersion | null, string>(
    async (keys) => {
      const groups = new Map<string, RulesKey[]>();
      for (const k of keys) {
        const group = `${k.day}|${k.issuerIds.join(',')}`;
        groups.set(group, [...(groups.get(group) ?? []), k]);
      }
      const found = new Map<string, DistinctionRulesVersion>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { day, issuerIds } = group[0]!;
          const rules = await service.rulesInForceOn(
            group.map((k) => k.code),
            day,
            issuerIds,
          );
          for (const k of group) {
            const rule = rules.get(k.code);
            if (rule) found.set(keyOf(k), rule);
          }
        }),
      );
      return keys.map((k) => found.get(keyOf(k)) ?? null);
    },
    { cache: options.cache, cacheKeyFn: keyOf },
  );
}
