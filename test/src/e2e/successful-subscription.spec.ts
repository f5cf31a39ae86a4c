import { collect, ok, tokenFor, wsClient, PLATFORM_ADMIN } from '@laurel/testing';
import { admin, createOrg } from './flows';
import { gql } from '../gql';

const SUBSCRIPTION = gql(
  `subscription SubscriptionOrganizationChanged($id: ID!) { organizationChanged(organizationId: $id) { kind at organization { id name parent { id } } } }`,
);

describe('subscriptions through the gateway with the real graphql-ws client', () => {
  it('pushes the creation of an organization inside the subtree, and nothing from outside it', async () => {
    const province = await createOrg('PROVINCE', 'Tỉnh Đồng Nai', null);
    const elsewhere = await createOrg('PROVINCE', 'Tỉnh Bình Phước', null);
    const client = wsClient({ Authorization: `Bearer ${await tokenFor(PLATFORM_ADMIN)}` });
    const events = collect(client, SUBSCRIPTION, { id: province.id });
    try {
      // give the subscription time to reach the subgraph
      await new Promise((r) => setTimeout(r, 500));
      await createOrg('DISTRICT', 'Huyện ngoài', elsewhere.id);
      const district = await createOrg('DISTRICT', 'Thành phố Biên Hòa', province.id);
      const event = await events.next(10_000);
      expect(event.data.organizationChanged).toMatchObject({
        kind: 'CREATED',
        organization: { id: district.id, name: 'Thành phố Biên Hòa', parent: { id: province.id } },
      });
    } finally {
      events.unsubscribe();
      await client.dispose();
    }
  });

  it('refuses a socket whose connection_init carries a forged token', async () => {
    const client = wsClient({
      Authorization: `Bearer ${await tokenFor(PLATFORM_ADMIN, { secret: 'wrong-wrong-wrong-wrong-wrong-wrong!' })}`,
    });
    const events = collect(client, SUBSCRIPTION, { id: '00000000-0000-4000-8000-000000000000' });
    await expect(events.next(5_000)).rejects.toThrow();
    expect(events.error()).toBeTruthy();
    await client.dispose();
    void ok;
    void admin;
  });
});
