import { codes, graphql, ok, testEnv, uniqueCode } from '@laurel/testing';
import { createCampaign, transition } from './campaign-flows';
import { admin, as, createPerson, grant, provinceWithSchools } from './flows';
import { NOMINATION, REGISTER, register } from './nomination-flows';
import { gql } from '../gql';

describe('nomination isolation: a school cannot read, list, change or submit for another school', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const s = (name: string) => `${name}-${uniqueCode('u')}`;
  const school1Admin = s('school1-admin');
  const school2Admin = s('school2-admin');
  const districtViewer = s('district-viewer');
  const teacherAccount = s('teacher');
  let teacher: { id: string };
  let campaign: { id: string };
  let nomination: { id: string };

  beforeAll(async () => {
    world = await provinceWithSchools('Riêng tư');
    await grant(school1Admin, world.school1.id, 'ORG_ADMIN');
    await grant(school2Admin, world.school2.id, 'ORG_ADMIN');
    await grant(districtViewer, world.district.id, 'VIEWER');
    teacher = await createPerson(world.school1.id, 'Phạm Thị Lan', { account: teacherAccount });
    const districtAdmin = s('district-admin');
    await grant(districtAdmin, world.district.id, 'ORG_ADMIN');
    campaign = await createCampaign(await as(districtAdmin), world.district.id, { title: 'Huyện' });
    await transition(await as(districtAdmin), campaign.id, 'open');
    nomination = await register(await as(school1Admin), {
      campaignId: campaign.id,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: teacher.id,
    });
  });

  it('another school reads null and lists nothing; the district above and the nominee read it', async () => {
    const other = await graphql<{ nomination: unknown }>(
      NOMINATION,
      { id: nomination.id },
      await as(school2Admin),
    );
    expect(other.errors).toBeUndefined();
    expect(other.data?.nomination).toBeNull();
    const list = await ok<{ nominations: { totalCount: number } }>(
      `query($c: ID!) { nominations(campaignId: $c) { totalCount } }`,
      { c: campaign.id },
      await as(school2Admin),
    );
    expect(list.nominations.totalCount).toBe(0);
    const viaOrg = await ok(
      gql(
        `query FailNominationIsolationOrganization($id: ID!) { organization(id: $id) { nominations { totalCount } } }`,
      ),
      { id: world.school1.id },
      await as(school2Admin),
    );
    expect(viaOrg.organization!.nominations.totalCount).toBe(0);

    const district = await ok(NOMINATION, { id: nomination.id }, await as(districtViewer));
    expect(district.nomination!.id).toBe(nomination.id);
    // The nominee, signed in with the account linked to the person, reads his or her own.
    const own = await ok(NOMINATION, { id: nomination.id }, await as(teacherAccount));
    expect(own.nomination!.id).toBe(nomination.id);
  });

  it('another school cannot change it: NOT_FOUND for every move', async () => {
    const at = new Date().toISOString();
    for (const mutation of [
      `mutation($id: ID!) { withdrawNomination(id: $id) { stage } }`,
      `mutation($id: ID!) { proposeNomination(id: $id, dossier: { summary: "x" }) { stage } }`,
      `mutation($id: ID!) { returnNomination(id: $id, reason: "x") { stage } }`,
      `mutation($id: ID!) { recognizeNomination(id: $id, decisionNumber: "1", decidedAt: "${at}") { stage } }`,
      `mutation($id: ID!) { publishExemplar(id: $id, published: true) { stage } }`,
    ]) {
      expect(codes(await graphql(mutation, { id: nomination.id }, await as(school2Admin)))).toEqual([
        'NOT_FOUND',
      ]);
    }
    // A viewer sees it but may not change it.
    expect(
      codes(
        await graphql(
          `
            mutation ($id: ID!) {
              withdrawNomination(id: $id) {
                stage
              }
            }
          `,
          { id: nomination.id },
          await as(districtViewer),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('another school cannot submit for the first, nor put forward its staff', async () => {
    const forOther = await graphql(
      REGISTER,
      {
        input: {
          campaignId: campaign.id,
          distinctionCode: 'GIAY_KHEN',
          submittingOrganizationId: world.school1.id,
          nomineeOrganizationId: world.school1.id,
        },
      },
      await as(school2Admin),
    );
    expect(codes(forOther)).toEqual(['NOT_FOUND']);
    const someoneElses = await graphql(
      REGISTER,
      {
        input: {
          campaignId: campaign.id,
          distinctionCode: 'GIAY_KHEN',
          submittingOrganizationId: world.school2.id,
          nomineePersonId: teacher.id,
        },
      },
      await as(school2Admin),
    );
    expect(codes(someoneElses)).toEqual(['NOT_FOUND']);
  });

  it('an API key reads no nominations, and nominations refuses anything unsigned', async () => {
    const key = await ok<{ createApiKey: { key: string } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
      { input: { organizationId: world.district.id, name: 'Báo cáo' } },
      await admin(),
    );
    const viaKey = await graphql<{ nomination: unknown }>(
      NOMINATION,
      { id: nomination.id },
      { apiKey: key.createApiKey.key },
    );
    expect(viaKey.data?.nomination ?? null).toBeNull();

    const urls = JSON.parse(testEnv('subgraphUrls')) as Record<string, string>;
    const res = await fetch(urls.nominations!.replace('/graphql', '/internal/council-results'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ eventId: '00000000-0000-4000-8000-000000000000', changes: [] }),
    });
    expect(res.status).toBe(401);
  });
});
