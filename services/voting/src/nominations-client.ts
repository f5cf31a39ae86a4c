import { postRoute } from '@laurel/auth';
import type { RouteRequest, RouteResponse } from '@laurel/contracts';

export type NominationForSlate = RouteResponse<'nominations'>['nominations'][number];

/** The nominations subgraph's signed internal routes used by voting. */
export class NominationsClient {
  private readonly base: string;

  constructor(
    nominationsUrl: string,
    private readonly internalSecret: string,
  ) {
    this.base = nominationsUrl;
  }

  async nominations(ids: readonly string[]): Promise<Map<string, NominationForSlate>> {
    const { nominations } = await postRoute(this.base, 'nominations', { ids: [...ids] }, this.internalSecret);
    return new Map(nominations.map((n) => [n.id, n]));
  }

  /**
   * Council stages, and who reads which nominations as a slate he or she votes on (`seat`,
   * `unseat`); nominations applies each event id once.
   */
  councilResults(payload: RouteRequest<'council-results'>): Promise<RouteResponse<'council-results'>> {
    return postRoute(this.base, 'council-results', payload, this.internalSecret);
  }
}
