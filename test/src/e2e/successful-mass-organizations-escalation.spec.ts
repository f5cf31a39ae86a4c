import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { createCampaign, transition } from './campaign-flows';
import { as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { approved, NOMINATION, propose, recognize, register } from './nomination-flows';
import { gql } from '../gql';

/** docs/API.md §9: mass organizations' own movements, and escalation for a higher distinction. */

const REGISTER =
  gql(`mutation MassOrganizationsEscalationRegisterNomination($input: RegisterNominationInput!) { registerNomination(input: $input) {
  id stage year nomineeName submittingOrganization { id } campaign { id } } }`);
const ESCALATE =
  gql(`mutation MassOrganizationsEscalationEscalateNomination($id: ID!, $to: ID!, $code: String) { escalateNomination(id: $id, toCampaignId: $to, distinctionCode: $code) {
  id stage year distinction { code level } campaign { id } escalatedFrom { id stage } submittingOrganization { id } } }`);

describe("a mass organization's movement reaches the staff of its institution (section 9)", () => {
  it("the school's trade union nominates the school's teachers in its own campaign, submitted by the union", async () => {
    const world = await provinceWithSchools('Công đoàn');
    const union = await createOrg('MASS_ORGANIZATION', 'Công đoàn Trường THCS Nguyễn Du', world.school1.id);
    const youth = await createOrg('MASS_ORGANIZATION', 'Chi đoàn giáo viên', world.school1.id);
    const unionAdmin = `union-admin-${uniqueCode('u')}`;
    const schoolAdmin = `school-admin-${uniqueCode('u')}`;
    await grant(unionAdmin, union.id, 'ORG_ADMIN');
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    const credentials = await as(unionAdmin);

    const movement = await createCampaign(credentials, union.id, {
      title: 'Phong trào "Giỏi việc trường, đảm việc nhà"',
      distinctionCodes: ['DIEN_HINH_TIEN_TIEN_CA_NHAN'],
    });
    await transition(credentials, movement.id, 'open');

    const teacher = await createPerson(world.unit1.id, 'Ngô Thị Giang');
    const head = await createPerson(world.school1.id, 'Lý Văn Hải');
    const elsewhere = await createPerson(world.school2.id, 'Đinh Văn Khoa');
    const input = (personId: string, submittingOrganizationId = union.id) => ({
      campaignId: movement.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      submittingOrganizationId,
      nomineePersonId: personId,
    });
    for (const [person, name] of [
      [teacher, 'Ngô Thị Giang'],
      [head, 'Lý Văn Hải'],
    ] as const) {
      const n = await ok(REGISTER, { input: input(person.id) }, credentials);
      expect(n.registerNomination).toMatchObject({
        stage: 'REGISTERED',
        nomineeName: name,
        submittingOrganization: { id: union.id },
        campaign: { id: movement.id },
      });
      expect((await propose(credentials, n.registerNomination.id)).stage).toBe('PROPOSED');
    }
    // The school reads them, nominee and all.
    const list = await ok(
      gql(
        `query MassOrganizationsEscalationOrganization($id: ID!, $c: ID) { organization(id: $id) { nominations(campaignId: $c) { totalCount edges { node { nominee { ... on Person { id } } submittingOrganization { id } } } } } }`,
      ),
      { id: world.school1.id, c: movement.id },
      await as(schoolAdmin),
    );
    expect(list.organization!.nominations.totalCount).toBe(2);
    expect(list.organization!.nominations.edges.map((e) => e.node.nominee.id).sort()).toEqual(
      [teacher.id, head.id].sort(),
    );

    // The movement applies to the school and its units (section 9).
    const applying = await ok(
      gql(
        `query MassOrganizationsEscalationCampaigns($o: ID!) { campaigns(organizationId: $o, applying: true) { edges { node { id } } } }`,
      ),
      { o: world.unit1.id },
      await as(schoolAdmin),
    );
    expect(applying.campaigns.edges.map((e) => e.node.id)).toContain(movement.id);
    const sibling = await ok(
      gql(
        `query MassOrganizationsEscalationCampaigns2($o: ID!) { campaigns(organizationId: $o, applying: true) { edges { node { id } } } }`,
      ),
      { o: world.school2.id },
      await as(schoolAdmin),
    );
    expect(sibling.campaigns.edges.map((e) => e.node.id)).not.toContain(movement.id);

    // Not the staff of another school.
    const foreign = await graphql(REGISTER, { input: input(elsewhere.id) }, credentials);
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    // The reach is the movement's own: another mass organization of the school does not submit in it,
    const youthAdmin = `youth-admin-${uniqueCode('u')}`;
    await grant(youthAdmin, youth.id, 'ORG_ADMIN');
    const other = await graphql(REGISTER, { input: input(teacher.id, youth.id) }, await as(youthAdmin));
    expect(codes(other)).toEqual(['NOT_FOUND']);
    // and in the school's own campaign the union names only its own subtree.
    const schoolCampaign = await createCampaign(await as(schoolAdmin), world.school1.id, {
      title: 'Của trường',
    });
    await transition(await as(schoolAdmin), schoolCampaign.id, 'open');
    const outsideMovement = await graphql(
      REGISTER,
      { input: { ...input(teacher.id), campaignId: schoolCampaign.id } },
      credentials,
    );
    expect(codes(outsideMovement)).toEqual(['NOT_FOUND']);
  });
});

describe('escalation for a higher distinction (section 9)', () => {
  it("a school's Giấy khen goes up for the province's Bằng khen; the catalogue's level and prerequisites apply", async () => {
    const world = await provinceWithSchools('Đề nghị lên');
    const provinceAdmin = `province-admin-${uniqueCode('u')}`;
    const schoolAdmin = `school-admin-${uniqueCode('u')}`;
    await grant(provinceAdmin, world.province.id, 'ORG_ADMIN');
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    const province = await createCampaign(await as(provinceAdmin), world.province.id, { title: 'Cấp tỉnh' });
    await transition(await as(provinceAdmin), province.id, 'open');
    const school = await createCampaign(await as(schoolAdmin), world.school1.id, {
      title: 'Cấp trường',
      parentId: province.id,
    });
    await transition(await as(schoolAdmin), school.id, 'open');

    const recognized = async (name: string) => {
      const person = await createPerson(world.unit1.id, name);
      const n = await register(await as(schoolAdmin), {
        campaignId: school.id,
        distinctionCode: 'GIAY_KHEN',
        submittingOrganizationId: world.school1.id,
        nomineePersonId: person.id,
      });
      await approved(await as(schoolAdmin), n.id);
      await recognize(await as(schoolAdmin), n.id, `${name.length}/QĐ-THCS`);
      return n.id;
    };
    const first = await recognized('Mai Văn Lâm');

    // Below the province's level: a school-level title is not the province's to confer.
    const lower = await graphql(
      ESCALATE,
      { id: first, to: province.id, code: 'LAO_DONG_TIEN_TIEN' },
      await as(schoolAdmin),
    );
    expect(codes(lower)).toEqual(['BAD_USER_INPUT']);
    expect(lower.errors?.[0]?.message).toContain('INSTITUTION');
    // Prerequisites of the new distinction: Chiến sĩ thi đua cấp tỉnh needs Chiến sĩ thi đua cơ sở years.
    const unmet = await graphql(
      ESCALATE,
      { id: first, to: province.id, code: 'CHIEN_SI_THI_DUA_CAP_TINH' },
      await as(schoolAdmin),
    );
    expect(codes(unmet)).toEqual(['NOT_ELIGIBLE']);
    expect(unmet.errors?.[0]?.extensions?.reason).toBe('PREREQUISITE_MISSING');
    const still = await ok(NOMINATION, { id: first }, await as(schoolAdmin));
    expect(still.nomination!.stage).toBe('RECOGNIZED');

    const up = await ok(
      ESCALATE,
      { id: first, to: province.id, code: 'BANG_KHEN_TINH' },
      await as(schoolAdmin),
    );
    expect(up.escalateNomination).toMatchObject({
      stage: 'PROPOSED',
      distinction: { code: 'BANG_KHEN_TINH', level: 'PROVINCE' },
      campaign: { id: province.id },
      escalatedFrom: { id: first, stage: 'ESCALATED' },
      submittingOrganization: { id: world.school1.id },
    });
    const original = await ok(NOMINATION, { id: first }, await as(schoolAdmin));
    expect(original.nomination).toMatchObject({
      stage: 'ESCALATED',
      distinction: { code: 'GIAY_KHEN' },
      escalatedTo: { id: up.escalateNomination.id },
    });

    // Without distinctionCode: the same distinction, as before.
    const second = await recognized('Trịnh Thị Mơ');
    const same = await ok(ESCALATE, { id: second, to: province.id }, await as(schoolAdmin));
    expect(same.escalateNomination.distinction.code).toBe('GIAY_KHEN');

    // Not for someone who has left since: escalation is a new nomination.
    const third = await recognized('Tạ Văn Nam');
    const nominee = await ok(NOMINATION, { id: third }, await as(schoolAdmin));
    await ok(
      `mutation($id: ID!, $at: DateTime!) { deactivatePerson(id: $id, leftAt: $at) { id } }`,
      { id: nominee.nomination!.nominee.id, at: new Date().toISOString() },
      await as(schoolAdmin),
    );
    const gone = await graphql(ESCALATE, { id: third, to: province.id }, await as(schoolAdmin));
    expect(codes(gone)).toEqual(['BAD_USER_INPUT']);
    expect(gone.errors?.[0]?.message).toContain('can no longer be nominated');
  });
});
