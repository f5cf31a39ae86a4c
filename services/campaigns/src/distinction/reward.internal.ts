import { isId } from '@laurel/graphql';
import type { DataSource } from 'typeorm';
import { DistinctionRulesService } from './distinction-rules.service';

export interface RewardForService {
  code: string;
  target: 'INDIVIDUAL' | 'COLLECTIVE';
  /** Null when the rules in force carry no multiple for the target, or no base salary is known. */
  amountVnd: number | null;
  multipleTenths: number | null;
  /** The multiple in hundredths (a commune chairman's Giấy khen: 15). */
  multipleHundredths: number | null;
  baseSalaryVnd: number | null;
}

/**
 * `POST /internal/rewards` `{ items: [{ code, target }], at, issuerIds?, issuerKind? }`: the money
 * a decision dated `at` carries for each item (SPEC 8), for nominations' decisions. The rules of
 * the nearest issuer of `issuerIds` that has its own version apply, else the national ones (with
 * the decree's multiple for an issuer of `issuerKind` where it sets one).
 */
export async function readRewardsForService(
  db: DataSource,
  body: unknown,
): Promise<{ rewards: RewardForService[] }> {
  const b = (body ?? {}) as { items?: unknown; at?: unknown; issuerIds?: unknown; issuerKind?: unknown };
  const items = (Array.isArray(b.items) ? b.items : [])
    .filter(
      (i): i is { code: string; target: 'INDIVIDUAL' | 'COLLECTIVE' } =>
        !!i &&
        typeof (i as { code?: unknown }).code === 'string' &&
        ((i as { target?: unknown }).target === 'INDIVIDUAL' ||
          (i as { target?: unknown }).target === 'COLLECTIVE'),
    )
    .slice(0, 200);
  if (typeof b.at !== 'string' || Number.isNaN(Date.parse(b.at))) return { rewards: [] };
  const at = new Date(b.at);
  const issuerIds = Array.isArray(b.issuerIds) ? b.issuerIds.filter(isId) : [];
  const issuerKind = typeof b.issuerKind === 'string' ? b.issuerKind : null;
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
