import { ANONYMOUS, signInternalRequest } from '@laurel/auth';
import { testEnv, uniqueCode } from '@laurel/testing';
import { createCampaign, transition } from './campaign-flows';
import { as, createPerson, grant, provinceWithSchools } from './flows';
import { councilDecides, propose, register } from './nomination-flows';

interface Event {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  xid: string;
}

/** Reads the whole outbox feed as a consumer would (reporting, voting): page by page. */
async function readFeed(since: string | null = null): Promise<{ events: Event[]; horizon: string }> {
  const url = (JSON.parse(testEnv('subgraphUrls')) as Record<string, string>).nominations!.replace(
    '/graphql',
    '/internal/events',
  );
  const events: Event[] = [];
  let after: [string, string] | null = null;
  let horizon: string | null = null;
  for (;;) {
    const body = JSON.stringify({ since, after, limit: 50 });
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signInternalRequest(ANONYMOUS, testEnv('internalSecret'), body),
      },
      body,
    });
    const page = (await res.json()) as { rows: Event[]; horizon: string };
    horizon ??= page.horizon;
    events.push(...page.rows);
    if (page.rows.length < 50) return { events, horizon };
    const last = page.rows.at(-1)!;
    after = [last.xid, last.id];
  }
}

describe('nominations announce every change on a transactional outbox', () => {
  it('registered and transitioned events, in order per nomination, written with the change', async () => {
    const world = await provinceWithSchools('Sự kiện');
    const admin = `school-admin-${uniqueCode('u')}`;
    await grant(admin, world.school1.id, 'ORG_ADMIN');
    const person = await createPerson(world.school1.id, 'Đặng Văn Sự');
    const campaign = await createCampaign(await as(admin), world.school1.id, { title: 'Sự kiện' });
    await transition(await as(admin), campaign.id, 'open');

    const before = await readFeed();
    const n = await register(await as(admin), {
      campaignId: campaign.id,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: person.id,
    });
    await propose(await as(admin), n.id);
    await councilDecides([n.id], 'UNDER_REVIEW');

    const after = await readFeed(before.horizon);
    const mine = after.events.filter((e) => e.payload.nominationId === n.id);
    expect(mine.map((e) => [e.topic, e.payload.from, e.payload.to])).toEqual([
      ['nomination.registered', null, 'REGISTERED'],
      ['nomination.transitioned', 'REGISTERED', 'PROPOSED'],
      ['nomination.transitioned', 'PROPOSED', 'UNDER_REVIEW'],
    ]);
    expect(mine[0]!.payload).toMatchObject({
      campaignId: campaign.id,
      submittingOrganizationId: world.school1.id,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      target: 'INDIVIDUAL',
    });
    // Every event has its own id (consumers deduplicate by it).
    expect(new Set(mine.map((e) => e.id)).size).toBe(3);

    // A refused change writes no event (same transaction): a duplicate registration.
    const again = await readFeed(after.horizon);
    await register(await as(admin), {
      campaignId: campaign.id,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: person.id,
    }).catch(() => undefined);
    const none = await readFeed(again.horizon);
    // The feed is at least once: what it hands out again is the first registration, never a new one.
    const registrations = none.events.filter(
      (e) => e.payload.nominationId === n.id && e.topic === 'nomination.registered',
    );
    expect(registrations.every((e) => e.id === mine[0]!.id)).toBe(true);
  });
});
