import { internalUrl, postInternal, postRoute } from '@laurel/auth';
import type { RouteRequest } from '@laurel/contracts';
import type { EntityManager } from 'typeorm';
import { assertPrerequisitesAndCaps, type RulesInForce } from './eligibility';
import type { NominationEntity } from './nomination/nomination.entity';

export interface CatalogueDistinction {
  code: string;
  targets: string[];
  /** The kind of organization whose head confers it (NATION … INSTITUTION). */
  level?: string;
}

/** `/internal/distinctions` answers at most this many codes a call. */
const CATALOGUE_PAGE = 100;

/** The distinction catalogue, read from the campaigns subgraph (`/internal/distinctions`). */
export class CatalogueClient {
  private readonly url: string;
  private cache = new Map<string, { value: CatalogueDistinction | null; at: number }>();

  constructor(
    campaignsUrl: string,
    private readonly internalSecret: string,
    private readonly exemplarsUrl?: string,
  ) {
    this.url = internalUrl(campaignsUrl, 'distinctions');
  }

  /**
   * The widest reach of an initiative recognized for the person up to the year, from the
   * exemplars subgraph (docs/API.md §7); null when none (or no exemplars subgraph is configured).
   */
  async initiativeReach(personId: string, year: number): Promise<string | null> {
    if (!this.exemplarsUrl) return null;
    const { reach } = await postRoute(
      this.exemplarsUrl,
      'initiative-reach',
      { personId, year },
      this.internalSecret,
    );
    return reach;
  }

  async distinction(code: string): Promise<CatalogueDistinction | null> {
    const hit = this.cache.get(code);
    if (hit && Date.now() - hit.at < 60_000) return hit.value;
    const { distinctions } = await this.call<{ distinctions: CatalogueDistinction[] }>({ codes: [code] });
    const value = distinctions.find((d) => d.code === code) ?? null;
    this.cache.set(code, { value, at: Date.now() });
    return value;
  }

  /**
   * Many codes at once (imports): one call for every code not cached, in pages of the route's
   * limit of 100 codes. Unknown codes are absent from the answer.
   */
  async distinctions(codes: readonly string[]): Promise<Map<string, CatalogueDistinction>> {
    const found = new Map<string, CatalogueDistinction>();
    const missing: string[] = [];
    for (const code of new Set(codes)) {
      const hit = this.cache.get(code);
      if (!hit || Date.now() - hit.at >= 60_000) missing.push(code);
      else if (hit.value) found.set(code, hit.value);
    }
    for (let i = 0; i < missing.length; i += CATALOGUE_PAGE) {
      const page = missing.slice(i, i + CATALOGUE_PAGE);
      const { distinctions } = await this.call<{ distinctions: CatalogueDistinction[] }>({ codes: page });
      const byCode = new Map(distinctions.map((d) => [d.code, d]));
      for (const code of page) {
        const value = byCode.get(code);
        // Only hits are cached: codes come from users' files, unknown ones are unbounded.
        if (!value) continue;
        this.cache.set(code, { value, at: Date.now() });
        found.set(code, value);
      }
    }
    return found;
  }

  /** The rules in force for `code` on `at`, for the nearest issuer of `issuerIds`. */
  async rules(code: string, at: Date, issuerIds: readonly string[]): Promise<RulesInForce | null> {
    const { distinctions } = await this.call<{
      distinctions: { code: string; rules: RulesInForce | null }[];
    }>({
      codes: [code],
      at: at.toISOString(),
      issuerIds: [...issuerIds],
    });
    return distinctions.find((d) => d.code === code)?.rules ?? null;
  }

  /** Prerequisites and ratio caps of the rules in force when the campaign judges (eligibility.ts). */
  async assertEligible(
    m: EntityManager,
    n: NominationEntity,
    judged: { at: Date; issuerIds: readonly string[] },
  ): Promise<void> {
    await assertPrerequisitesAndCaps(
      m,
      n,
      await this.rules(n.distinctionCode, judged.at, judged.issuerIds),
      (personId, year) => this.initiativeReach(personId, year),
    );
  }

  protected call<T>(payload: RouteRequest<'distinctions'>): Promise<T> {
    return postInternal<T>(this.url, payload, this.internalSecret);
  }
}
