import { ok } from '@laurel/testing';
import { createCampaign, transition } from './campaign-flows';
import { admin, as, createOrg, createPerson, grant, provinceWithSchools } from './flows';

type Totals = { registered: number };
const REPORT = `query($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) { totals { registered } } }`;

/**
 * Reports follow the tree by themselves: no verification route, no forced refold, only the
 * reporting service's periodic look for moved organizations (which, after a look that found
 * nothing, reads only the directory rows applied since).
 */
describe('reports after organizations move', () => {
  it('follow a school to another district and back, through the folder’s own checks', async () => {
    const world = await provinceWithSchools('Di chuyển');
    const district2 = await createOrg('DISTRICT', 'Huyện Đích (Di chuyển)', world.province.id);
    const adminName = `move-admin-${Date.now()}`;
    await grant(adminName, world.province.id, 'ORG_ADMIN');
    const who = await as(adminName);
    const campaign = (await createCampaign(who, world.province.id, { title: 'Tỉnh (di chuyển)' })).id;
    await transition(who, campaign, 'open');
    for (let i = 0; i < 3; i++) {
      const person = await createPerson(world.school1.id, `Người chuyển ${i}`);
      await ok(
        `mutation($i: RegisterNominationInput!) { registerNomination(input: $i) { id } }`,
        {
          i: {
            campaignId: campaign,
            submittingOrganizationId: world.school1.id,
            distinctionCode: 'LAO_DONG_TIEN_TIEN',
            nomineePersonId: person.id,
          },
        },
        who,
      );
    }
    const registered = async (organizationId: string) =>
      (await ok<{ orgReport: { totals: Totals } }>(REPORT, { o: organizationId, c: campaign }, who)).orgReport
        .totals.registered;
    /** Waits (up to 20 s) until the two districts count what is expected. */
    const settles = async (first: number, second: number) => {
      const deadline = Date.now() + 20_000;
      let seen: number[] = [];
      while (Date.now() < deadline) {
        seen = [await registered(world.district.id), await registered(district2.id)];
        if (seen[0] === first && seen[1] === second) return seen;
        await new Promise((r) => setTimeout(r, 250));
      }
      return seen;
    };
    const move = (parent: string) =>
      admin().then((token) =>
        ok(
          `mutation($id: ID!, $p: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $p, effectiveFrom: $at) { id } }`,
          { id: world.school1.id, p: parent, at: new Date().toISOString() },
          token,
        ),
      );

    expect(await settles(3, 0)).toEqual([3, 0]);
    await move(district2.id);
    expect(await settles(0, 3)).toEqual([0, 3]);
    // Past the look after that refold (which compares every path) and the next ones: the move
    // back is found by a look at the rows applied since.
    await new Promise((r) => setTimeout(r, 5_000));
    await move(world.district.id);
    expect(await settles(3, 0)).toEqual([3, 0]);
    expect(await registered(world.province.id)).toBe(3);
  });
});
