import { graphql, ok, uniqueCode } from '@laurel/testing';
import { createCampaign, transition } from './campaign-flows';
import { admin, as, grant, provinceWithSchools } from './flows';

/**
 * The gateway answers a report again, for a second, to callers with the same reads. These try to
 * get a cached report out of it with other reads: another province's viewer, a revoked viewer,
 * a mixed operation that also asks who the caller is.
 */
const REPORT = `query($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {
  organization { id name } totals { registered } children { organization { id name } totals { registered } } } }`;

describe('the report cache never crosses what a caller may read', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  let other: Awaited<ReturnType<typeof provinceWithSchools>>;
  let campaignId = '';
  const s = (name: string) => `${name}-${uniqueCode('c')}`;
  const provinceAdmin = s('cache-admin');
  const viewer1 = s('cache-viewer-1');
  const viewer2 = s('cache-viewer-2');
  const stranger = s('cache-stranger');

  beforeAll(async () => {
    world = await provinceWithSchools('Bộ nhớ đệm');
    other = await provinceWithSchools('Tỉnh khác');
    await grant(provinceAdmin, world.province.id, 'ORG_ADMIN');
    await grant(viewer1, world.province.id, 'VIEWER');
    await grant(viewer2, world.province.id, 'VIEWER');
    await grant(stranger, other.province.id, 'VIEWER');
    campaignId = (await createCampaign(await as(provinceAdmin), world.province.id, { title: 'Bộ nhớ' })).id;
    await transition(await as(provinceAdmin), campaignId, 'open');
  });

  const report = async (who: string) =>
    (
      await ok<{ orgReport: { organization: { id: string; name: string } } | null }>(
        REPORT,
        { o: world.province.id, c: campaignId },
        await as(who),
      )
    ).orgReport;

  it('answers the province viewers, names included (provided by reporting), and no one else', async () => {
    const first = await report(viewer1);
    expect(first?.organization).toEqual({ id: world.province.id, name: world.province.name });
    // The same document and variables at once, by a viewer with the same grant: the same answer.
    expect(await report(viewer2)).toEqual(first);
    // …and by another province's viewer while that answer is cached: nothing.
    expect(await report(stranger)).toBeNull();
  });

  it('stops answering a viewer whose grant is revoked, at once', async () => {
    const subject = s('cache-revoked');
    const granted = await ok<{ grantRole: { id: string } }>(
      `mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`,
      { i: { subject, organizationId: world.province.id, role: 'VIEWER' } },
      await admin(),
    );
    expect(await report(subject)).not.toBeNull();
    await ok(`mutation($id: ID!) { revokeRole(id: $id) }`, { id: granted.grantRole.id }, await admin());
    // viewer1 keeps the answer cached; the revoked caller must not get it.
    expect(await report(viewer1)).not.toBeNull();
    expect(await report(subject)).toBeNull();
  });

  it('does not cache an operation that asks anything besides reports', async () => {
    const mixed = `query($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) { totals { registered } } me { subject } }`;
    for (const who of [viewer1, viewer2]) {
      const answer = await graphql<{ me: { subject: string } }>(
        mixed,
        { o: world.province.id, c: campaignId },
        await as(who),
      );
      expect(answer.data?.me.subject).toBe(who);
    }
  });
});
