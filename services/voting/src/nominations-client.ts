import { internalUrl, postInternal } from '@laurel/auth';

export interface NominationForSlate {
  id: string;
  stage: string;
  campaignId: string;
  campaignOrganizationId: string;
  submittingOrganizationId: string;
  distinctionCode: string;
}

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
    const { nominations } = await this.post<{ nominations: NominationForSlate[] }>('nominations', { ids });
    return new Map(nominations.map((n) => [n.id, n]));
  }

  /**
   * Council stages, and who reads which nominations as a slate he or she votes on (`seat`,
   * `unseat`); nominations applies each event id once.
   */
  councilResults(payload: {
    eventId: string;
    changes: { nominationId: string; to: string }[];
    by: string;
    reviewerPersonIds?: string[];
    seat?: { nominationIds: string[]; personIds: string[] };
    unseat?: { nominationIds: string[]; personIds: string[] };
  }): Promise<{ applied: number; skipped: number }> {
    return this.post('council-results', payload);
  }

  private post<T>(route: string, payload: unknown): Promise<T> {
    return postInternal<T>(internalUrl(this.base, route), payload, this.internalSecret);
  }
}
