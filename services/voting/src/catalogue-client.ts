import { internalUrl, postInternal } from '@laurel/auth';

export interface CatalogueVoteRule {
  threshold: { numerator: number; denominator: number };
  base: 'TOTAL_MEMBERS' | 'BALLOTS_CAST';
  comparison: 'AT_LEAST' | 'MORE_THAN';
  secretBallot: boolean;
  confirmed: boolean;
  source: string;
}

/** The council vote each distinction needs, from the campaigns subgraph's catalogue. */
export class CatalogueClient {
  private readonly url: string;

  constructor(
    campaignsUrl: string,
    private readonly internalSecret: string,
  ) {
    this.url = internalUrl(campaignsUrl, 'distinctions');
  }

  async voteRules(
    codes: string[],
    at: Date,
    issuerIds: readonly string[],
  ): Promise<Map<string, CatalogueVoteRule>> {
    const { distinctions } = await postInternal<{
      distinctions: { code: string; rules: { vote: CatalogueVoteRule | null } | null }[];
    }>(this.url, { codes: [...new Set(codes)], at: at.toISOString(), issuerIds }, this.internalSecret);
    const rules = new Map<string, CatalogueVoteRule>();
    for (const d of distinctions) if (d.rules?.vote) rules.set(d.code, d.rules.vote);
    return rules;
  }
}

/**
 * The strictest of several rules (a slate of different distinctions votes once): the highest
 * threshold (compared in integers), MORE_THAN over AT_LEAST at equal thresholds, and the
 * members' base if any rule counts all members.
 */
export function strictest(rules: CatalogueVoteRule[]): CatalogueVoteRule | null {
  let best: CatalogueVoteRule | null = null;
  for (const r of rules) {
    if (!best) {
      best = r;
      continue;
    }
    const a = r.threshold.numerator * best.threshold.denominator;
    const b = best.threshold.numerator * r.threshold.denominator;
    if (a > b || (a === b && r.comparison === 'MORE_THAN' && best.comparison === 'AT_LEAST')) best = { ...r };
  }
  if (best && rules.some((r) => r.base === 'TOTAL_MEMBERS')) best = { ...best, base: 'TOTAL_MEMBERS' };
  return best;
}
