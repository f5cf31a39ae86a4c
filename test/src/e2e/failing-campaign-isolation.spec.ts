import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { CAMPAIGN, createCampaign, transition } from './campaign-flows';
import { as, grant, provinceWithSchools } from './flows';
import { gql } from '../gql';

const OPEN = gql(`mutation FailCampaignIsolationOpenCampaign($id: ID!) { openCampaign(id: $id) { status } }`);
const LIST = gql(
  `query FailCampaignIsolationCampaigns($id: ID!, $applying: Boolean) { campaigns(organizationId: $id, applying: $applying, first: 100) { totalCount edges { node { id } } } }`,
);

describe('campaign isolation: nobody outside reads a draft', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const s = (name: string) => `${name}-${uniqueCode('u')}`;
  const school1Admin = s('school1-admin');
  const school1Viewer = s('school1-viewer');
  const school2Admin = s('school2-admin');
  const districtViewer = s('district-viewer');
  const provinceAdmin = s('province-admin');
  const stranger = s('stranger');
  let draft: { id: string };
  let provinceDraft: { id: string };

  beforeAll(async () => {
    world = await provinceWithSchools('Bản nháp');
    await grant(school1Admin, world.school1.id, 'ORG_ADMIN');
    await grant(school1Viewer, world.school1.id, 'VIEWER');
    await grant(school2Admin, world.school2.id, 'ORG_ADMIN');
    await grant(districtViewer, world.district.id, 'VIEWER');
    await grant(provinceAdmin, world.province.id, 'ORG_ADMIN');
    draft = await createCampaign(await as(school1Admin), world.school1.id, {
      title: 'Bản nháp của trường 1',
    });
    provinceDraft = await createCampaign(await as(provinceAdmin), world.province.id, {
      title: 'Bản nháp của tỉnh',
    });
  });

  it('a sibling school cannot read another school`s draft, by id, by list or by reference', async () => {
    const byId = await graphql<{ campaign: unknown }>(CAMPAIGN, { id: draft.id }, await as(school2Admin));
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.campaign).toBeNull();

    const list = await ok(LIST, { id: world.school1.id, applying: false }, await as(school2Admin));
    expect(list.campaigns).toEqual({ totalCount: 0, edges: [] });

    const viaOrg = await ok(
      gql(
        `query FailCampaignIsolationOrganization($id: ID!) { organization(id: $id) { campaigns { totalCount } } }`,
      ),
      { id: world.school1.id },
      await as(school2Admin),
    );
    expect(viaOrg.organization!.campaigns.totalCount).toBe(0);
  });

  it('nor can it change it: NOT_FOUND, never FORBIDDEN, for what it cannot see', async () => {
    expect(codes(await graphql(OPEN, { id: draft.id }, await as(school2Admin)))).toEqual(['NOT_FOUND']);
    expect(codes(await graphql(OPEN, { id: draft.id }, await as(stranger)))).toEqual(['NOT_FOUND']);
  });

  it('the school`s own viewer and the district above read the draft; only admins change it', async () => {
    const own = await ok(CAMPAIGN, { id: draft.id }, await as(school1Viewer));
    expect(own.campaign).toMatchObject({ status: 'DRAFT', title: 'Bản nháp của trường 1' });
    const district = await ok(CAMPAIGN, { id: draft.id }, await as(districtViewer));
    expect(district.campaign?.id).toBe(draft.id);
    expect(codes(await graphql(OPEN, { id: draft.id }, await as(school1Viewer)))).toEqual(['FORBIDDEN']);
  });

  it('a province draft is invisible below; once open the schools read it but cannot change it', async () => {
    const hidden = await graphql<{ campaign: unknown }>(
      CAMPAIGN,
      { id: provinceDraft.id },
      await as(school1Admin),
    );
    expect(hidden.data?.campaign).toBeNull();
    const notListed = await ok(LIST, { id: world.school1.id, applying: true }, await as(school1Admin));
    expect(notListed.campaigns.edges.map((e) => e.node.id)).not.toContain(provinceDraft.id);
    expect(codes(await graphql(OPEN, { id: provinceDraft.id }, await as(school1Admin)))).toEqual([
      'NOT_FOUND',
    ]);

    await transition(await as(provinceAdmin), provinceDraft.id, 'open');
    const visible = await ok(CAMPAIGN, { id: provinceDraft.id }, await as(school1Viewer));
    expect(visible.campaign!.status).toBe('OPEN');
    const listed = await ok(LIST, { id: world.school1.id, applying: true }, await as(school1Admin));
    expect(listed.campaigns.edges.map((e) => e.node.id)).toContain(provinceDraft.id);
    expect(
      codes(
        await graphql(
          `
            mutation ($id: ID!) {
              closeCampaign(id: $id) {
                status
              }
            }
          `,
          { id: provinceDraft.id },
          await as(school1Admin),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('an open campaign of a sibling school stays invisible: schools see up, not sideways', async () => {
    await transition(await as(school1Admin), draft.id, 'open');
    const sideways = await graphql<{ campaign: unknown }>(CAMPAIGN, { id: draft.id }, await as(school2Admin));
    expect(sideways.data?.campaign).toBeNull();
  });

  it('a school admin cannot launch a campaign for the district above it', async () => {
    const res = await graphql(
      `
        mutation ($input: CreateCampaignInput!) {
          createCampaign(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          organizationId: world.district.id,
          title: 'Không được phép',
          year: 2026,
          kind: 'ANNUAL',
          registrationDeadline: '2026-03-23T10:00:00Z',
          proposalDeadline: '2026-11-30T10:00:00Z',
          distinctionCodes: [],
        },
      },
      await as(school1Admin),
    );
    // What is inside the district above (its campaigns, drafts included) is not the school's to see.
    expect(codes(res)).toEqual(['NOT_FOUND']);
  });
});
