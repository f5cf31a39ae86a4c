import { parseRequest, type RouteResponse } from '@laurel/contracts';
import type { DataSource } from 'typeorm';
import { DistinctionRulesService } from './distinction-rules.service';

/** Amounts are null when the rules in force carry no multiple for the target, or no base salary is known. */
export type RewardForService = RouteResponse<'rewards'>['rewards'][number];

/**
 * `POST /internal/rewards` `{ items: [{ code, target }], at, issuerIds?, issuerKind? }`: the money
 * a decision dated `at` carries for each item (docs/API.md §8), for nominations' decisions. The
 * rules of the nearest issuer of `issuerIds` that has its own version apply, else the national
 * ones (with the decree's multiple for an issuer of `issuerKind` where it sets one).
 */
export async function readRewardsForService(
  db: DataSource,
  body: unknown,
): Promise<{ rewards: RewardForService[] }> {
  const b = parseRequest('rewards', body);
  const items = b.items.slice(0, 200);
  if (!b.at) return { rewards: [] };
  const at = new Date(b.at);
  const issuerIds = b.issuerIds;
  const issuerKind = b.issuerKind ?? null;
  const service = new DistinctionRulesService(db);
  const seen = new Map<string, RewardForService>();
  for (const item of items) {
    const key = `${item.code}/${item.target}`;
    if (seen.has(key)) continue;
    const reward = await service.reward(item.code, item.target, at, issuerIds, issuerKind);
    seen.set(key, {
      code: item.code,
      target: item.target,
      amountVnd: reward?.amountVnd ?? null,
      multipleTenths: reward?.multipleTenths ?? null,
      multipleHundredths: reward?.multipleHundredths ?? null,
      baseSalaryVnd: reward?.baseSalaryVnd ?? null,
    });
  }
  return { rewards: [...seen.values()] };
}
