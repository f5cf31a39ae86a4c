import { ANONYMOUS, signInternalRequest } from '@laurel/auth';

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
    this.base = nominationsUrl.replace(/\/(graphql)?\/?$/, '');
  }

  async nominations(ids: readonly string[]): Promise<Map<string, NominationForSlate>> {
    const { nominations } = await this.post<{ nominations: NominationForSlate[] }>('nominations', { ids });
    return new Map(nominations.map((n) => [n.id, n]));
  }

  /** Council stages; nominations applies each event id once. */
  councilResults(payload: {
    eventId: string;
    changes: { nominationId: string; to: string }[];
    by: string;
    reviewerPersonIds?: string[];
  }): Promise<{ applied: number; skipped: number }> {
    return this.post('council-results', payload);
  }

  private async post<T>(route: string, payload: unknown): Promise<T> {
    const body = JSON.stringify(payload);
    const response = await fetch(`${this.base}/internal/${route}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signInternalRequest(ANONYMOUS, this.internalSecret, body),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`nominations answered ${response.status} on ${route}`);
    return (await response.json()) as T;
  }
}
