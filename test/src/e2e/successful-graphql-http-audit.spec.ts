import { testEnv } from '@laurel/testing';
import { auditServer, type AuditResult } from 'graphql-http';

/**
 * The GraphQL-over-HTTP conformance audit of the `graphql-http` package, against the real
 * gateway as an anonymous stranger would meet it (`{ __typename }` and friends need no token).
 * SECURITY.md lists what does not pass, and why.
 */
describe('GraphQL over HTTP audit (graphql-http) of the gateway', () => {
  const failures = (results: AuditResult[]) =>
    results
      .filter((r) => r.status !== 'ok')
      .map((r) => ({ id: r.id, name: r.name, status: r.status, reason: 'reason' in r ? r.reason : '' }))
      .sort((a, b) => a.id.localeCompare(b.id));

  it('passes every MUST and every SHOULD; only GET without the CSRF header is refused (MAY)', async () => {
    const results = await auditServer({ url: testEnv('gatewayUrl') });
    expect(results.length).toBeGreaterThan(50);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(failures(results).filter((f) => !f.name.startsWith('MAY'))).toEqual([]);
    // GET operations need the x-graphql-csrf header (CSRF prevention): 400 without it.
    expect(failures(results)).toEqual([
      {
        id: '5A70',
        name: 'MAY accept application/x-www-form-urlencoded formatted GET requests',
        status: 'notice',
        reason: 'Response status code is not 200',
      },
      {
        id: '6A70',
        name: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
        status: 'notice',
        reason: 'Response status code is not 200',
      },
      {
        id: 'D6D5',
        name: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
        status: 'notice',
        reason: 'Response status code is not 200',
      },
    ]);
  });

  it('passes every audit when the client sends the CSRF header, as a same-site client does', async () => {
    const withCsrfHeader = (input: Parameters<typeof fetch>[0], init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('x-graphql-csrf', '1');
      return fetch(input, { ...init, headers });
    };
    const results = await auditServer({ url: testEnv('gatewayUrl'), fetchFn: withCsrfHeader });
    expect(failures(results)).toEqual([]);
  });
});
