import { PLATFORM_ADMIN, tokenFor, wsClient } from '@laurel/testing';

describe('long-lived sockets stay honest', () => {
  it('closes a graphql-ws socket (4401) when its token expires', async () => {
    const token = await tokenFor(PLATFORM_ADMIN, { expiresIn: '2s' });
    const client = wsClient({ Authorization: `Bearer ${token}` });
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      client.on('closed', (event) => resolve(event as { code: number; reason: string }));
    });
    const errors: unknown[] = [];
    client.subscribe(
      {
        query: `subscription($id: ID!) { organizationChanged(organizationId: $id) { kind } }`,
        variables: { id: '00000000-0000-4000-8000-000000000000' },
      },
      { next: () => undefined, error: (e) => errors.push(e), complete: () => undefined },
    );
    const started = Date.now();
    const event = await closed;
    expect(event.code).toBe(4401);
    expect(event.reason).toBe('Token expired');
    // Not before the token's expiry (issued with second precision), well before the test timeout.
    expect(Date.now() - started).toBeGreaterThan(500);
    // The subscription learns it too (its sink errors with the close event).
    await new Promise((r) => setTimeout(r, 200));
    expect(errors).toHaveLength(1);
    await client.dispose();
  });
});
