import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { createCampaign, transition, vnTime, Y } from './campaign-flows';
import { as, createPerson, grant, provinceWithSchools } from './flows';
import { councilWorld, createSession } from './voting-flows';
import { gql } from '../gql';

/** docs/API.md §9: what the everyday operations refuse, with the contract's codes. */

const UPDATE_CAMPAIGN = gql(
  `mutation FailEverydayOperationsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id title proposalDeadline history { from to change } } }`,
);
const CAMPAIGN = gql(
  `query FailEverydayOperationsCampaign($id: ID!) { campaign(id: $id) { title proposalDeadline escalationDeadline history { change } } }`,
);

describe('everyday operations refuse what the rules forbid (section 9)', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  let schoolAdmin: string;
  let districtAdmin: string;

  beforeAll(async () => {
    world = await provinceWithSchools('Từ chối');
    schoolAdmin = `school-admin-${uniqueCode('u')}`;
    districtAdmin = `district-admin-${uniqueCode('u')}`;
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    await grant(districtAdmin, world.district.id, 'ORG_ADMIN');
  });

  it('an OPEN campaign keeps its title and distinctions; a CLOSED one changes no more', async () => {
    const credentials = await as(schoolAdmin);
    const campaign = await createCampaign(credentials, world.school1.id, { title: 'Đã mở' });
    await transition(credentials, campaign.id, 'open');
    const renamed = await graphql(
      UPDATE_CAMPAIGN,
      { id: campaign.id, input: { title: 'Tên khác' } },
      credentials,
    );
    expect(codes(renamed)).toEqual(['BAD_USER_INPUT']);
    const recoded = await graphql(
      UPDATE_CAMPAIGN,
      { id: campaign.id, input: { distinctionCodes: ['GIAY_KHEN'] } },
      credentials,
    );
    expect(codes(recoded)).toEqual(['BAD_USER_INPUT']);
    // A refused change writes nothing, not even its history.
    const read = await ok(CAMPAIGN, { id: campaign.id }, credentials);
    expect(read.campaign!.title).toBe('Đã mở');
    expect(read.campaign!.history.every((h) => h.change === null)).toBe(true);

    await transition(credentials, campaign.id, 'close');
    const late = await graphql(
      UPDATE_CAMPAIGN,
      { id: campaign.id, input: { proposalDeadline: vnTime(`${Y}-12-01`) } },
      credentials,
    );
    expect(codes(late)).toEqual(['INVALID_TRANSITION']);
  });

  it('deadlines out of order, or a cascade made inconsistent, are refused with BAD_USER_INPUT', async () => {
    const parent = await createCampaign(await as(districtAdmin), world.district.id, {
      title: 'Huyện phát động',
    });
    await transition(await as(districtAdmin), parent.id, 'open');
    const child = await createCampaign(await as(schoolAdmin), world.school1.id, {
      title: 'Trường hưởng ứng',
      parentId: parent.id,
      escalationDeadline: vnTime(`${Y}-12-15`),
    });
    // The child past its parent's escalation deadline (20 December).
    const beyond = await graphql(
      UPDATE_CAMPAIGN,
      { id: child.id, input: { escalationDeadline: vnTime(`${Y}-12-31`) } },
      await as(schoolAdmin),
    );
    expect(codes(beyond)).toEqual(['BAD_USER_INPUT']);
    expect(beyond.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'escalationDeadline' }),
    ]);
    // The parent's escalation deadline before its child's deadlines.
    const shrink = await graphql(
      UPDATE_CAMPAIGN,
      { id: parent.id, input: { escalationDeadline: vnTime(`${Y}-12-01`) } },
      await as(districtAdmin),
    );
    expect(codes(shrink)).toEqual(['BAD_USER_INPUT']);
    expect(shrink.errors?.[0]?.message).toContain('Trường hưởng ứng');
    // Its own deadlines out of order.
    const backwards = await graphql(
      UPDATE_CAMPAIGN,
      { id: child.id, input: { registrationDeadline: vnTime(`${Y}-12-01`) } },
      await as(schoolAdmin),
    );
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
    const read = await ok(CAMPAIGN, { id: parent.id }, await as(districtAdmin));
    expect(read.campaign!.escalationDeadline).toBe(vnTime(`${Y}-12-20`));
  });

  it("only the launching organization's admins change a campaign: FORBIDDEN for its viewers and a child's admins", async () => {
    const viewer = `viewer-${uniqueCode('u')}`;
    await grant(viewer, world.district.id, 'VIEWER');
    const campaign = await createCampaign(await as(districtAdmin), world.district.id, { title: 'Của huyện' });
    await transition(await as(districtAdmin), campaign.id, 'open');
    for (const who of [viewer, schoolAdmin]) {
      const res = await graphql(
        UPDATE_CAMPAIGN,
        { id: campaign.id, input: { proposalDeadline: vnTime(`${Y}-12-01`) } },
        await as(who),
      );
      expect(codes(res)).toEqual(['FORBIDDEN']);
    }
  });

  it('updatePerson and deactivatePerson: FORBIDDEN for a viewer, no departure dated in the future, no empty name', async () => {
    const person = await createPerson(world.unit1.id, 'Đỗ Văn Em');
    const viewer = `viewer-${uniqueCode('u')}`;
    await grant(viewer, world.school1.id, 'VIEWER');
    const asViewer = await graphql(
      `
        mutation ($id: ID!) {
          updatePerson(id: $id, input: { fullName: "Tên khác" }) {
            id
          }
        }
      `,
      { id: person.id },
      await as(viewer),
    );
    expect(codes(asViewer)).toEqual(['FORBIDDEN']);
    const future = await graphql(
      `
        mutation ($id: ID!, $at: DateTime!) {
          deactivatePerson(id: $id, leftAt: $at) {
            id
          }
        }
      `,
      { id: person.id, at: new Date(Date.now() + 30 * 86_400_000).toISOString() },
      await as(schoolAdmin),
    );
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    const empty = await graphql(
      `
        mutation ($id: ID!) {
          updatePerson(id: $id, input: { fullName: "   " }) {
            id
          }
        }
      `,
      { id: person.id },
      await as(schoolAdmin),
    );
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    const elsewhere = await graphql(
      `
        mutation ($id: ID!, $l: ID) {
          updatePerson(id: $id, input: { leadsId: $l }) {
            id
          }
        }
      `,
      { id: person.id, l: world.school2.id },
      await as(schoolAdmin),
    );
    expect(codes(elsewhere)).toEqual(['BAD_USER_INPUT']);
  });

  it('addCouncilMember: not a person who left, not twice, not a second CHAIR, not while a session is open', async () => {
    const w = await councilWorld('Ghế hội đồng', 2, 1);
    const ADD = gql(
      `mutation FailEverydayOperationsAddCouncilMember($c: ID!, $m: CouncilMemberInput!) { addCouncilMember(councilId: $c, member: $m) { id members { person { id } } } }`,
    );
    const left = await createPerson(w.world.school1.id, 'Người đã nghỉ');
    await ok(
      `mutation($id: ID!, $at: DateTime!) { deactivatePerson(id: $id, leftAt: $at) { id } }`,
      { id: left.id, at: new Date().toISOString() },
      await as(w.admin),
    );
    const inactive = await graphql(
      ADD,
      { c: w.councilId, m: { personId: left.id, role: 'MEMBER' } },
      await as(w.admin),
    );
    expect(codes(inactive)).toEqual(['BAD_USER_INPUT']);
    expect(inactive.errors?.[0]?.message).toContain('cannot be seated');

    const twice = await graphql(
      ADD,
      { c: w.councilId, m: { personId: w.members[1]!.id, role: 'MEMBER' } },
      await as(w.admin),
    );
    expect(codes(twice)).toEqual(['BAD_USER_INPUT']);
    const newcomer = await createPerson(w.world.school1.id, 'Người mới');
    const chair = await graphql(
      ADD,
      { c: w.councilId, m: { personId: newcomer.id, role: 'CHAIR' } },
      await as(w.admin),
    );
    expect(codes(chair)).toEqual(['BAD_USER_INPUT']);
    const outsider = await createPerson(w.world.school2.id, 'Người trường khác');
    const foreign = await graphql(
      ADD,
      { c: w.councilId, m: { personId: outsider.id, role: 'MEMBER' } },
      await as(w.admin),
    );
    expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);

    const sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'TOTAL_MEMBERS',
      quorum: [1, 2],
    });
    await ok(
      `mutation($id: ID!) { openVotingSession(id: $id) { id } }`,
      { id: sessionId },
      await as(w.admin),
    );
    const during = await graphql(
      ADD,
      { c: w.councilId, m: { personId: newcomer.id, role: 'MEMBER' } },
      await as(w.admin),
    );
    expect(codes(during)).toEqual(['BAD_USER_INPUT']);
    // A member (no role in the school) reads the council but may not change it.
    const byMember = await graphql(
      ADD,
      { c: w.councilId, m: { personId: newcomer.id, role: 'MEMBER' } },
      await as(w.accounts[0]!),
    );
    expect(codes(byMember)).toEqual(['FORBIDDEN']);
    const council = await ok(
      gql(`query FailEverydayOperationsCouncil($id: ID!) { council(id: $id) { members { person { id } } } }`),
      { id: w.councilId },
      await as(w.admin),
    );
    expect(council.council!.members).toHaveLength(2);
  });

  it('councils and votingSessions refuse a cursor that is not theirs', async () => {
    const w = await councilWorld('Con trỏ', 1, 1);
    const res = await graphql(
      `
        query ($c: ID!) {
          votingSessions(councilId: $c, after: "bm90LWEtY3Vyc29y") {
            totalCount
          }
        }
      `,
      { c: w.councilId },
      await as(w.admin),
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const forged = Buffer.from(JSON.stringify(['not-a-number', 'x'])).toString('base64url');
    const res2 = await graphql(
      `
        query ($c: ID!, $a: String) {
          votingSessions(councilId: $c, after: $a) {
            totalCount
          }
        }
      `,
      { c: w.councilId, a: forged },
      await as(w.admin),
    );
    expect(codes(res2)).toEqual(['BAD_USER_INPUT']);
    const res3 = await graphql(
      `
        query ($o: ID!, $a: String) {
          councils(organizationId: $o, after: $a) {
            totalCount
          }
        }
      `,
      { o: w.world.school1.id, a: Buffer.from(JSON.stringify(['x', 2])).toString('base64url') },
      await as(w.admin),
    );
    expect(codes(res3)).toEqual(['BAD_USER_INPUT']);
  });
});
