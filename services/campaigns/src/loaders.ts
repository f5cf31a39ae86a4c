import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { DistinctionEntity } from './distinction/distinction.entity';
import { DistinctionService } from './distinction/distinction.service';
import { createDistinctionRulesLoader, type RulesKey } from './distinction/distinction-rules.loader';
import {
  DistinctionRulesService,
  type DistinctionRulesVersion,
} from './distinction/distinction-rules.service';

export interface Loaders {
  /** The public catalogue, by code. */
  distinction: DataLoader<string, DistinctionEntity | null>;
  /** The rules in force for a distinction on a date, for an issuer chain. */
  distinctionRules: DataLoader<RulesKey, DistinctionRulesVersion | null, string>;
}

/** One set per request (per event for subscriptions, where `cache` is false). */
export function createLoaders(db: DataSource, options: { cache: boolean }): Loaders {
  const distinctions = new DistinctionService(db);
  return {
    distinction: new DataLoader(
      async (codes) => {
        const rows = await distinctions.byCodes(codes.filter((c) => typeof c === 'string'));
        const map = new Map(rows.map((r) => [r.code, r]));
        return codes.map((code) => map.get(code) ?? null);
      },
      { cache: options.cache },
    ),
    distinctionRules: createDistinctionRulesLoader(new DistinctionRulesService(db), options),
  };
}
