import type { RouteRequest, RouteResponse, TargetValue } from '@laurel/contracts';
import { internalUrl, postInternal } from '@laurel/auth';

export interface RewardItem {
  code: string;
  target: TargetValue;
}

/** `amountVnd`: whole đồng, rounded up to 10,000; null when the catalogue knows no multiple. */
export type RewardQuote = RouteResponse<'rewards'>['rewards'][number];

/**
 * The money of a decision's lines, computed where the catalogue and the base salaries live
 * (campaigns' `/internal/rewards`: multiple × base salary in force on the decision's date,
 * rounded up to the next 10,000 đồng, in integers).
 */
export class RewardClient {
  private readonly url: string;

  constructor(
    campaignsUrl: string,
    private readonly internalSecret: string,
  ) {
    this.url = internalUrl(campaignsUrl, 'rewards');
  }

  async quotes(
    items: readonly RewardItem[],
    at: Date,
    issuerIds: readonly string[],
    issuerKind: string | null = null,
  ): Promise<Map<string, RewardQuote>> {
    const found = new Map<string, RewardQuote>();
    if (items.length === 0) return found;
    const { rewards } = await postInternal<RouteResponse<'rewards'>>(
      this.url,
      {
        items,
        at: at.toISOString(),
        issuerIds: [...issuerIds],
        issuerKind,
      } satisfies RouteRequest<'rewards'>,
      this.internalSecret,
    );
    for (const r of rewards) found.set(rewardKey(r), r);
    return found;
  }
}

export function rewardKey(item: RewardItem): string {
  return `${item.code}/${item.target}`;
}
