import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { createCampaign, transition, vnTime, Y } from './campaign-flows';
import { admin, as, createPerson, grant, provinceWithSchools } from './flows';
import { register } from './nomination-flows';
import { councilWorld, createSession } from './voting-flows';
import { gql } from '../gql';

/** docs/API.md §9: the small operations a school needs every week, through the gateway. */

const PERSON = gql(
  `query EverydayOperationsPerson($id: ID!) { person(id: $id) { id fullName partyPosition governmentPosition account active leftAt leads { id } } }`,
);
const UPDATE_PERSON = gql(
  `mutation EverydayOperationsUpdatePerson($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id fullName partyPosition governmentPosition account active leads { id } } }`,
);
const DEACTIVATE = gql(
  `mutation EverydayOperationsDeactivatePerson($id: ID!, $at: DateTime!) { deactivatePerson(id: $id, leftAt: $at) { id active leftAt } }`,
);
const IMPORT_PEOPLE = gql(
  `mutation EverydayOperationsImportPeople($format: ImportFormat!, $content: String!) { importPeople(format: $format, content: $content) { created updated errors { row message } } }`,
);
const UPDATE_CAMPAIGN =
  gql(`mutation EverydayOperationsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) {
  id title status registrationDeadline proposalDeadline escalationDeadline
  distinctions { code } criteria { id target text } quotas { organization { id } min max }
  history { from to by change } } }`);

describe('everyday operations (section 9)', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  let schoolAdmin: string;

  beforeAll(async () => {
    world = await provinceWithSchools('Hằng ngày');
    schoolAdmin = `school-admin-${uniqueCode('u')}`;
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
  });

  it('updatePerson changes only the fields given; a null clears an optional one', async () => {
    const person = await createPerson(world.unit1.id, 'Nguyễn Văn An', {
      partyPosition: 'Đảng viên',
      governmentPosition: 'Giáo viên',
    });
    const account = `an-${uniqueCode('a')}`;
    const updated = await ok(
      UPDATE_PERSON,
      {
        id: person.id,
        input: {
          fullName: 'Nguyễn Văn Ân',
          governmentPosition: 'Tổ trưởng chuyên môn',
          partyPosition: null,
          leadsId: world.unit1.id,
          account,
        },
      },
      await as(schoolAdmin),
    );
    expect(updated.updatePerson).toEqual({
      id: person.id,
      fullName: 'Nguyễn Văn Ân',
      partyPosition: null,
      governmentPosition: 'Tổ trưởng chuyên môn',
      account,
      active: true,
      leads: { id: world.unit1.id },
    });
    // Nothing given, nothing changed; the person reads back as written.
    await ok(UPDATE_PERSON, { id: person.id, input: {} }, await as(schoolAdmin));
    const read = await ok(PERSON, { id: person.id }, await as(schoolAdmin));
    expect(read.person).toMatchObject({ fullName: 'Nguyễn Văn Ân', account, active: true, leftAt: null });
  });

  it('deactivatePerson: records and nominations stay, active turns false, no new nomination or council seat', async () => {
    const person = await createPerson(world.unit1.id, 'Trần Thị Bình');
    const campaign = await createCampaign(await as(schoolAdmin), world.school1.id, { title: 'Nghỉ việc' });
    await transition(await as(schoolAdmin), campaign.id, 'open');
    const before = await register(await as(schoolAdmin), {
      campaignId: campaign.id,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: person.id,
    });

    const leftAt = new Date(Date.now() - 3600_000).toISOString();
    const gone = await ok(DEACTIVATE, { id: person.id, at: leftAt }, await as(schoolAdmin));
    expect(gone.deactivatePerson).toEqual({ id: person.id, active: false, leftAt });

    // Records stay: the person and the earlier nomination read back.
    const read = await ok(PERSON, { id: person.id }, await as(schoolAdmin));
    expect(read.person).toMatchObject({ fullName: 'Trần Thị Bình', active: false, leftAt });
    const kept = await ok(
      gql(
        `query EverydayOperationsNomination($id: ID!) { nomination(id: $id) { stage nominee { ... on Person { id active } } } }`,
      ),
      { id: before.id },
      await as(schoolAdmin),
    );
    expect(kept.nomination).toEqual({ stage: 'REGISTERED', nominee: { id: person.id, active: false } });

    // Right after: no new nomination …
    const again = await graphql(
      `
        mutation ($input: RegisterNominationInput!) {
          registerNomination(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          campaignId: campaign.id,
          distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
          submittingOrganizationId: world.school1.id,
          nomineePersonId: person.id,
        },
      },
      await as(schoolAdmin),
    );
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors?.[0]?.message).toContain('can no longer be nominated');
    // … and no council seat, neither at creation nor added later.
    const seated = await graphql(
      `
        mutation ($input: CreateCouncilInput!) {
          createCouncil(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          organizationId: world.school1.id,
          name: 'Hội đồng có người đã nghỉ',
          kind: 'EMULATION',
          members: [{ personId: person.id, role: 'CHAIR' }],
        },
      },
      await as(schoolAdmin),
    );
    expect(codes(seated)).toEqual(['BAD_USER_INPUT']);
    expect(seated.errors?.[0]?.message).toContain('cannot be seated');
  });

  it('an import deactivates with a leftAt column, and an empty cell keeps the person as they are', async () => {
    const staff = uniqueCode('cb');
    const code = await ok<{ organization: { code: string } }>(
      `query($id: ID!) { organization(id: $id) { code } }`,
      { id: world.school1.id },
      await admin(),
    );
    const header = 'Mã đơn vị,Họ và tên,Mã cán bộ,Ngày nghỉ việc';
    const first = await ok(
      IMPORT_PEOPLE,
      { format: 'CSV', content: [header, `${code.organization.code},Lê Văn Cường,${staff},`].join('\n') },
      await admin(),
    );
    expect(first.importPeople).toEqual({ created: 1, updated: 0, errors: [] });
    const byStaff = async () =>
      (
        await ok(
          gql(
            `query EverydayOperationsOrganization($id: ID!) { organization(id: $id) { people(search: "le van cuong") { edges { node { id active leftAt } } } } }`,
          ),
          { id: world.school1.id },
          await admin(),
        )
      ).organization!.people.edges.map((e) => e.node);
    expect(await byStaff()).toEqual([expect.objectContaining({ active: true, leftAt: null })]);

    const left = await ok(
      IMPORT_PEOPLE,
      {
        format: 'CSV',
        content: [header, `${code.organization.code},Lê Văn Cường,${staff},31/08/${Y - 1}`].join('\n'),
      },
      await admin(),
    );
    expect(left.importPeople).toEqual({ created: 0, updated: 1, errors: [] });
    const [person] = await byStaff();
    expect(person).toMatchObject({
      active: false,
      leftAt: new Date(`${Y - 1}-08-31T00:00:00+07:00`).toISOString(),
    });

    // A later file without the date does not bring the person back.
    await ok(
      IMPORT_PEOPLE,
      { format: 'CSV', content: [header, `${code.organization.code},Lê Văn Cường,${staff},`].join('\n') },
      await admin(),
    );
    expect((await byStaff())[0]).toMatchObject({ active: false });

    const bad = await ok(
      IMPORT_PEOPLE,
      {
        format: 'CSV',
        content: [header, `${code.organization.code},Lê Văn Cường,${staff},hôm qua`].join('\n'),
      },
      await admin(),
    );
    expect(bad.importPeople.created + bad.importPeople.updated).toBe(0);
    expect(bad.importPeople.errors).toEqual([{ row: 2, message: expect.stringContaining('leftAt') }]);
  });

  it('updateEmulationGroup renames and replaces the members in one go', async () => {
    const districtAdmin = `district-admin-${uniqueCode('u')}`;
    await grant(districtAdmin, world.district.id, 'ORG_ADMIN');
    const group = await ok<{ createEmulationGroup: { id: string } }>(
      `mutation($i: CreateEmulationGroupInput!) { createEmulationGroup(input: $i) { id } }`,
      { i: { ownerId: world.district.id, name: 'Khối THCS', kind: 'BLOCK', memberIds: [world.school1.id] } },
      await as(districtAdmin),
    );
    const updated = await ok(
      gql(
        `mutation EverydayOperationsUpdateEmulationGroup($id: ID!, $name: String, $m: [ID!]) { updateEmulationGroup(id: $id, name: $name, memberIds: $m) { id name kind members { id } } }`,
      ),
      {
        id: group.createEmulationGroup.id,
        name: 'Khối Tiểu học và THCS',
        m: [world.school1.id, world.school2.id],
      },
      await as(districtAdmin),
    );
    expect(updated.updateEmulationGroup).toMatchObject({ name: 'Khối Tiểu học và THCS', kind: 'BLOCK' });
    expect(updated.updateEmulationGroup.members.map((m) => m.id).sort()).toEqual(
      [world.school1.id, world.school2.id].sort(),
    );
    // Only the name: the members stay.
    const renamed = await ok(
      gql(
        `mutation EverydayOperationsUpdateEmulationGroup2($id: ID!) { updateEmulationGroup(id: $id, name: "Khối liên cấp") { name members { id } } }`,
      ),
      { id: group.createEmulationGroup.id },
      await as(districtAdmin),
    );
    expect(renamed.updateEmulationGroup.name).toBe('Khối liên cấp');
    expect(renamed.updateEmulationGroup.members).toHaveLength(2);
    // A member outside the owner's subtree is refused and nothing changes.
    const outside = await graphql(
      `
        mutation ($id: ID!, $m: [ID!]) {
          updateEmulationGroup(id: $id, memberIds: $m) {
            id
          }
        }
      `,
      { id: group.createEmulationGroup.id, m: [world.province.id] },
      await as(districtAdmin),
    );
    expect(codes(outside)).toEqual(['BAD_USER_INPUT']);
  });

  it('addCouncilMember seats a person; a DRAFT session counts the members now; councils and votingSessions page', async () => {
    const w = await councilWorld('Thêm thành viên', 2, 1);
    const newcomer = await createPerson(w.world.school1.id, 'Phạm Thị Dung', {
      account: `dung-${uniqueCode('d')}`,
    });
    const sessionId = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'TOTAL_MEMBERS',
      quorum: [1, 2],
    });
    const SESSION = gql(
      `query EverydayOperationsVotingSession($id: ID!) { votingSession(id: $id) { status eligibleVoters } }`,
    );
    expect((await ok(SESSION, { id: sessionId }, await as(w.admin))).votingSession).toEqual({
      status: 'DRAFT',
      eligibleVoters: 2,
    });
    const added = await ok(
      gql(
        `mutation EverydayOperationsAddCouncilMember($c: ID!, $m: CouncilMemberInput!) { addCouncilMember(councilId: $c, member: $m) { id members { person { id } role } } }`,
      ),
      { c: w.councilId, m: { personId: newcomer.id, role: 'SECRETARY' } },
      await as(w.admin),
    );
    expect(added.addCouncilMember.members).toHaveLength(3);
    expect(added.addCouncilMember.members).toContainEqual({ person: { id: newcomer.id }, role: 'SECRETARY' });
    expect((await ok(SESSION, { id: sessionId }, await as(w.admin))).votingSession).toEqual({
      status: 'DRAFT',
      eligibleVoters: 3,
    });

    // A second council and a second session, to page through.
    const second = await ok<{ createCouncil: { id: string } }>(
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      {
        input: {
          organizationId: w.world.school1.id,
          name: 'Hội đồng sáng kiến',
          kind: 'INITIATIVE',
          members: [{ personId: newcomer.id, role: 'CHAIR' }],
        },
      },
      await as(w.admin),
    );
    const COUNCILS =
      gql(`query EverydayOperationsCouncils($o: ID!, $first: Int, $after: String) { councils(organizationId: $o, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind organization { id } } } } }`);
    const page1 = await ok(COUNCILS, { o: w.world.school1.id, first: 1 }, await as(w.admin));
    expect(page1.councils.totalCount).toBe(2);
    expect(page1.councils.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok(
      COUNCILS,
      { o: w.world.school1.id, first: 1, after: page1.councils.pageInfo.endCursor },
      await as(w.admin),
    );
    expect(page2.councils.pageInfo.hasNextPage).toBe(false);
    const listed = [...page1.councils.edges, ...page2.councils.edges].map((e) => e.node);
    // Oldest first.
    expect(listed.map((c) => c.id)).toEqual([w.councilId, second.createCouncil.id]);
    expect(listed[1]).toMatchObject({ kind: 'INITIATIVE', organization: { id: w.world.school1.id } });

    // A member without a role in the school sees the councils he or she sits on, only those.
    const memberView = await ok(COUNCILS, { o: w.world.school1.id }, await as(w.accounts[1]!));
    expect(memberView.councils.edges.map((e) => e.node.id)).toEqual([w.councilId]);

    const later = await createSession(w.admin, w.councilId, w.nominations, {
      threshold: [1, 2],
      base: 'TOTAL_MEMBERS',
      quorum: [1, 2],
    });
    const SESSIONS =
      gql(`query EverydayOperationsVotingSessions($c: ID!, $first: Int, $after: String) { votingSessions(councilId: $c, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id status eligibleVoters council { id } } } } }`);
    const s1 = await ok(SESSIONS, { c: w.councilId, first: 1 }, await as(w.admin));
    const s2 = await ok(
      SESSIONS,
      { c: w.councilId, first: 1, after: s1.votingSessions.pageInfo.endCursor },
      await as(w.admin),
    );
    expect(s1.votingSessions.totalCount).toBe(2);
    expect([...s1.votingSessions.edges, ...s2.votingSessions.edges].map((e) => e.node)).toEqual([
      { id: sessionId, status: 'DRAFT', eligibleVoters: 3, council: { id: w.councilId } },
      { id: later, status: 'DRAFT', eligibleVoters: 3, council: { id: w.councilId } },
    ]);
    expect(s2.votingSessions.pageInfo.hasNextPage).toBe(false);
    // The other school's admin reads no council and no session of this one.
    const stranger = `other-admin-${uniqueCode('u')}`;
    await grant(stranger, w.world.school2.id, 'ORG_ADMIN');
    expect((await ok(COUNCILS, { o: w.world.school1.id }, await as(stranger))).councils).toMatchObject({
      totalCount: 0,
      edges: [],
    });
    expect((await ok(SESSIONS, { c: w.councilId }, await as(stranger))).votingSessions).toMatchObject({
      totalCount: 0,
      edges: [],
    });
  });

  it('updateCampaign: anything while DRAFT; while OPEN an extension recorded in history, and quotas for new registrations', async () => {
    const credentials = await as(schoolAdmin);
    const campaign = await createCampaign(credentials, world.school1.id, { title: 'Bản nháp' });
    const draft = await ok(
      UPDATE_CAMPAIGN,
      {
        id: campaign.id,
        input: {
          title: 'Phong trào "Hai tốt"',
          distinctionCodes: ['LAO_DONG_TIEN_TIEN', 'DIEN_HINH_TIEN_TIEN_CA_NHAN'],
          criteria: [{ target: 'INDIVIDUAL', text: 'Dạy tốt' }],
          quotas: [{ organizationId: world.school1.id, min: 0, max: 1 }],
        },
      },
      credentials,
    );
    expect(draft.updateCampaign).toMatchObject({
      title: 'Phong trào "Hai tốt"',
      status: 'DRAFT',
      distinctions: [{ code: 'LAO_DONG_TIEN_TIEN' }, { code: 'DIEN_HINH_TIEN_TIEN_CA_NHAN' }],
      criteria: [{ target: 'INDIVIDUAL', text: 'Dạy tốt' }],
      quotas: [{ organization: { id: world.school1.id }, min: 0, max: 1 }],
    });
    const criterionId = draft.updateCampaign.criteria[0].id;

    await transition(credentials, campaign.id, 'open');
    const [a, b] = await Promise.all([
      createPerson(world.unit1.id, 'Người thứ nhất'),
      createPerson(world.unit1.id, 'Người thứ hai'),
    ]);
    const input = (personId: string) => ({
      campaignId: campaign.id,
      distinctionCode: 'LAO_DONG_TIEN_TIEN',
      submittingOrganizationId: world.school1.id,
      nomineePersonId: personId,
    });
    await register(credentials, input(a!.id));
    const full = await graphql(
      `
        mutation ($input: RegisterNominationInput!) {
          registerNomination(input: $input) {
            id
          }
        }
      `,
      { input: input(b!.id) },
      credentials,
    );
    expect(codes(full)).toEqual(['QUOTA_EXCEEDED']);

    const newDeadline = vnTime(`${Y}-12-05`);
    const open = await ok(
      UPDATE_CAMPAIGN,
      {
        id: campaign.id,
        input: {
          proposalDeadline: newDeadline,
          quotas: [{ organizationId: world.school1.id, min: 0, max: 2 }],
          criteria: [
            { target: 'INDIVIDUAL', text: 'Dạy tốt' },
            { target: 'INDIVIDUAL', text: 'Học tốt' },
          ],
        },
      },
      credentials,
    );
    expect(open.updateCampaign).toMatchObject({
      status: 'OPEN',
      proposalDeadline: newDeadline,
      quotas: [{ min: 0, max: 2 }],
    });
    // The criterion kept as it was keeps its id (dossiers point at it).
    expect(open.updateCampaign.criteria.map((c) => c.id)[0]).toBe(criterionId);
    expect(open.updateCampaign.history.at(-1)).toEqual({
      from: 'OPEN',
      to: 'OPEN',
      by: schoolAdmin,
      change: expect.stringContaining(
        `proposalDeadline ${new Date(vnTime(`${Y}-11-30`)).toISOString()} → ${newDeadline}`,
      ),
    });
    // The larger quota applies to the registration made now.
    expect((await register(credentials, input(b!.id))).stage).toBe('REGISTERED');
  });

  it('updateCampaign keeps a cascade consistent: a parent may extend, its child may follow', async () => {
    const districtAdmin = `district-admin-${uniqueCode('u')}`;
    await grant(districtAdmin, world.district.id, 'ORG_ADMIN');
    const parent = await createCampaign(await as(districtAdmin), world.district.id, { title: 'Cấp huyện' });
    await transition(await as(districtAdmin), parent.id, 'open');
    const child = await createCampaign(await as(schoolAdmin), world.school1.id, {
      title: 'Cấp trường',
      parentId: parent.id,
      escalationDeadline: vnTime(`${Y}-12-10`),
    });
    const extended = await ok(
      UPDATE_CAMPAIGN,
      { id: parent.id, input: { escalationDeadline: vnTime(`${Y}-12-28`) } },
      await as(districtAdmin),
    );
    expect(extended.updateCampaign.escalationDeadline).toBe(vnTime(`${Y}-12-28`));
    const followed = await ok(
      UPDATE_CAMPAIGN,
      { id: child.id, input: { escalationDeadline: vnTime(`${Y}-12-25`) } },
      await as(schoolAdmin),
    );
    expect(followed.updateCampaign.escalationDeadline).toBe(vnTime(`${Y}-12-25`));
  });
});
