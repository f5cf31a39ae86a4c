import { codes, graphql, ok, uniqueCode } from '@laurel/testing';
import { createCampaign, transition, Y } from './campaign-flows';
import { as, createOrg, createPerson, grant } from './flows';
import { createExemplar, eventually, SET_PLAN, THIS_YEAR } from './fostering-flows';
import { councilDecides, propose, recognize, register } from './nomination-flows';
import { CAST, createSession, waitForStage } from './voting-flows';
import { gql } from '../gql';

// A fragment (not an interpolated string) so that codegen types the documents that spread it.
gql(`fragment InitiativeFields on Initiative { id title field year status reach organization { id }
  authors { id fullName } progress { by text at }
  nomination { id stage distinction { code } nominee { ... on Person { id } } } }`);
const REGISTER = gql(
  `mutation InitiativesRegister($i: RegisterInitiativeInput!) { registerInitiative(input: $i) { ...InitiativeFields } }`,
);
const INITIATIVE = gql(`query InitiativesRead($id: ID!) { initiative(id: $id) { ...InitiativeFields } }`);
const PROGRESS = gql(
  `mutation InitiativesProgress($id: ID!, $t: String!) { reportInitiativeProgress(id: $id, text: $t) { ...InitiativeFields } }`,
);
const SUBMIT = gql(
  `mutation InitiativesSubmit($id: ID!, $c: ID!, $s: String!) { submitInitiative(id: $id, campaignId: $c, summary: $s) { ...InitiativeFields } }`,
);
const REACH = gql(
  `mutation FosteringInitiativesSetInitiativeReach($id: ID!, $r: InitiativeReach!, $n: String!) { setInitiativeReach(id: $id, reach: $r, decisionNumber: $n) { status reach } }`,
);
const IMPORT =
  gql(`mutation FosteringInitiativesImportDistinctionRecords($format: ImportFormat!, $content: String!) {
  importDistinctionRecords(format: $format, content: $content) { created errors { row message } } }`);
const PATHWAY = gql(
  `query FosteringInitiativesExemplar($id: ID!) { exemplar(id: $id) { pathway { distinction { code } eligible missing } } }`,
);

/**
 * Seed 001: the provincial political school's staff register initiatives every year, report
 * monthly, and submit them to the initiative council; a recognized one counts toward the titles
 * that require one, at its reach.
 */
describe("seed 001's initiative, from registration to recognition, counting as a prerequisite", () => {
  const s = (n: string) => `${n}-${uniqueCode('i')}`;
  const subjects = { school: s('school-admin'), province: s('province-admin'), other: s('other-admin') };
  let province: { id: string };
  let school: { id: string; name: string };
  let khoa: { id: string };
  let author: { id: string };
  let coAuthor: { id: string };
  let creds: Record<keyof typeof subjects, { token: string }>;
  let initiativeId: string;
  let nominationId: string;

  beforeAll(async () => {
    province = await createOrg('PROVINCE', 'Tỉnh Bình Phước (sáng kiến)', null);
    school = await createOrg('INSTITUTION', 'Trường Chính trị tỉnh Bình Phước', province.id);
    khoa = await createOrg('UNIT', 'Khoa Lý luận cơ sở', school.id);
    author = await createPerson(khoa.id, 'Hoàng Minh Đức', { governmentPosition: 'Giảng viên' });
    coAuthor = await createPerson(khoa.id, 'Vũ Thị Hằng');
    const elsewhere = await createOrg('PROVINCE', 'Tỉnh khác (sáng kiến)', null);
    await grant(subjects.school, school.id, 'ORG_ADMIN');
    await grant(subjects.province, province.id, 'ORG_ADMIN');
    await grant(subjects.other, elsewhere.id, 'ORG_ADMIN');
    creds = {
      school: await as(subjects.school),
      province: await as(subjects.province),
      other: await as(subjects.other),
    };
  });

  it('registers an initiative with staff authors, once per key; strangers and outsiders are refused', async () => {
    const input = {
      organizationId: school.id,
      title: 'Đổi mới phương pháp giảng dạy lý luận chính trị bằng tình huống thực tiễn',
      field: 'Giảng dạy',
      year: THIS_YEAR,
      authorIds: [author.id, coAuthor.id],
      idempotencyKey: 'sang-kien-1',
    };
    const first = await ok(REGISTER, { i: input }, creds.school);
    initiativeId = first.registerInitiative.id;
    expect(first.registerInitiative).toMatchObject({
      status: 'REGISTERED',
      reach: null,
      year: THIS_YEAR,
      organization: { id: school.id },
      authors: [
        { id: author.id, fullName: 'Hoàng Minh Đức' },
        { id: coAuthor.id, fullName: 'Vũ Thị Hằng' },
      ],
      nomination: null,
    });
    const again = await ok<{ registerInitiative: { id: string } }>(REGISTER, { i: input }, creds.school);
    expect(again.registerInitiative.id).toBe(initiativeId);

    // An author who is not on the school's staff, and one the school cannot see at all.
    const teacherElsewhere = await createPerson(province.id, 'Cán bộ Sở');
    const notStaff = await graphql(
      REGISTER,
      { i: { ...input, idempotencyKey: null, authorIds: [teacherElsewhere.id] } },
      creds.school,
    );
    expect(codes(notStaff)).toEqual(['NOT_FOUND']);
    const foreignOrg = await createOrg('PROVINCE', 'Tỉnh xa', null);
    const foreign = await createPerson(foreignOrg.id, 'Người tỉnh xa');
    expect(
      codes(
        await graphql(
          REGISTER,
          { i: { ...input, idempotencyKey: null, authorIds: [foreign.id] } },
          creds.school,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    // The province admin sees its officer, who is not the school's staff.
    const provinceStaff = await graphql(
      REGISTER,
      { i: { ...input, idempotencyKey: null, authorIds: [teacherElsewhere.id] } },
      creds.province,
    );
    expect(codes(provinceStaff)).toEqual(['BAD_USER_INPUT']);
    expect(provinceStaff.errors![0]!.extensions!.field).toBe('authorIds');
    // Another province's admin registers nothing for the school and reads nothing of it.
    expect(codes(await graphql(REGISTER, { i: { ...input, idempotencyKey: null } }, creds.other))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      (await ok<{ initiative: unknown }>(INITIATIVE, { id: initiativeId }, creds.other)).initiative,
    ).toBeNull();
  });

  it('takes monthly progress notes and lists the year’s initiatives of the organization', async () => {
    await ok(
      PROGRESS,
      { id: initiativeId, t: 'Tháng 1: hoàn thành đề cương, thử nghiệm ở 2 lớp' },
      creds.school,
    );
    const after = await ok(
      PROGRESS,
      { id: initiativeId, t: 'Tháng 2: áp dụng tại 5 lớp, học viên đánh giá tốt' },
      creds.school,
    );
    expect(after.reportInitiativeProgress.progress.map((p: { text: string }) => p.text)).toEqual([
      'Tháng 1: hoàn thành đề cương, thử nghiệm ở 2 lớp',
      'Tháng 2: áp dụng tại 5 lớp, học viên đánh giá tốt',
    ]);
    expect(after.reportInitiativeProgress.progress[0].by).toBe(subjects.school);
    expect(codes(await graphql(PROGRESS, { id: initiativeId, t: 'Xâm nhập' }, creds.other))).toEqual([
      'NOT_FOUND',
    ]);

    const list = await ok(
      gql(
        `query FosteringInitiativesOrganization($o: ID!, $y: Int) { organization(id: $o) { initiatives(year: $y) { totalCount edges { node { id title } } } } }`,
      ),
      { o: province.id, y: THIS_YEAR },
      creds.province,
    );
    expect(list.organization!.initiatives.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      initiativeId,
    ]);
    const otherYear = await ok(
      gql(
        `query FosteringInitiativesOrganization2($o: ID!, $y: Int) { organization(id: $o) { initiatives(year: $y) { totalCount } } }`,
      ),
      { o: school.id, y: THIS_YEAR - 1 },
      creds.school,
    );
    expect(otherYear.organization!.initiatives.totalCount).toBe(0);
  });

  it('submits it as a SANG_KIEN_CO_SO nomination of the first author; recognizing it makes it RECOGNIZED at the institution', async () => {
    const campaign = await createCampaign(creds.school, school.id, {
      title: 'Xét công nhận sáng kiến',
      criteria: [{ target: 'INDIVIDUAL', text: 'Tính mới, hiệu quả' }],
    });
    await transition(creds.school, campaign.id, 'open');
    const submitted = await ok(
      SUBMIT,
      { id: initiativeId, c: campaign.id, s: 'Áp dụng tại 5 lớp, nâng kết quả học tập' },
      creds.school,
    );
    expect(submitted.submitInitiative).toMatchObject({
      status: 'SUBMITTED',
      nomination: { stage: 'PROPOSED', distinction: { code: 'SANG_KIEN_CO_SO' }, nominee: { id: author.id } },
    });
    nominationId = submitted.submitInitiative.nomination!.id;
    // Submitted once.
    expect(
      codes(await graphql(SUBMIT, { id: initiativeId, c: campaign.id, s: 'Lần nữa' }, creds.school)),
    ).toEqual(['INVALID_TRANSITION']);

    // The school's initiative council (Hội đồng sáng kiến) votes on it in a secret ballot: two of
    // three approve, over half of all members; then the head recognizes it.
    const accounts = [1, 2, 3].map((i) => s(`initiative-member-${i}`));
    const members = await Promise.all(
      accounts.map((account, i) =>
        createPerson(school.id, `Thành viên Hội đồng sáng kiến ${i + 1}`, { account }),
      ),
    );
    const council = await ok<{ createCouncil: { id: string; kind: string } }>(
      `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id kind } }`,
      {
        input: {
          organizationId: school.id,
          name: 'Hội đồng Sáng kiến Trường Chính trị',
          kind: 'INITIATIVE',
          members: members.map((m, i) => ({ personId: m.id, role: i === 0 ? 'CHAIR' : 'MEMBER' })),
        },
      },
      creds.school,
    );
    expect(council.createCouncil.kind).toBe('INITIATIVE');
    const sessionId = await createSession(subjects.school, council.createCouncil.id, [nominationId], {
      threshold: [1, 2],
      base: 'TOTAL_MEMBERS',
      quorum: [2, 3],
    });
    await ok(`mutation($id: ID!) { openVotingSession(id: $id) { status } }`, { id: sessionId }, creds.school);
    await waitForStage(subjects.school, nominationId, 'UNDER_REVIEW');
    for (const [i, account] of accounts.entries())
      await ok(
        CAST,
        { s: sessionId, c: [{ nominationId, choice: i < 2 ? 'APPROVE' : 'REJECT' }] },
        await as(account),
      );
    const closed = await ok<{ closeVotingSession: { results: { approve: number; passed: boolean }[] } }>(
      `mutation($id: ID!) { closeVotingSession(id: $id) { results { approve passed } } }`,
      { id: sessionId },
      creds.school,
    );
    expect(closed.closeVotingSession.results).toEqual([{ approve: 2, passed: true }]);
    await waitForStage(subjects.school, nominationId, 'COUNCIL_APPROVED');
    // Still SUBMITTED until the decision.
    expect((await ok(INITIATIVE, { id: initiativeId }, creds.school)).initiative!.status).toBe('SUBMITTED');
    await recognize(creds.school, nominationId, '05/QĐ-TCT');
    const recognized = await eventually(
      () => ok(INITIATIVE, { id: initiativeId }, creds.school),
      (r) => r.initiative!.status === 'RECOGNIZED',
    );
    expect(recognized.initiative).toMatchObject({
      status: 'RECOGNIZED',
      reach: 'INSTITUTION',
      nomination: { stage: 'RECOGNIZED' },
    });
  });

  it('counts at its reach: Chiến sĩ thi đua cấp tỉnh needs a provincial one, which only the province raises it to', async () => {
    // Chiến sĩ thi đua cơ sở three years running, from before the platform.
    const file = ['Năm;Mã danh hiệu;Mã cá nhân;Mã tập thể;Số quyết định']
      .concat([Y - 3, Y - 2, Y - 1].map((y) => `${y};CHIEN_SI_THI_DUA_CO_SO;${author.id};;${y}/QĐ-TCT`))
      .join('\r\n');
    const imported = await ok<{ importDistinctionRecords: { created: number; errors: unknown[] } }>(
      IMPORT,
      { format: 'CSV', content: file },
      creds.school,
    );
    expect(imported.importDistinctionRecords).toEqual({ created: 3, errors: [] });

    // The pathway of the author (the initiative's recognition made an exemplar of the school).
    const exemplar = await createExemplar(creds.school, nominationId, 'Giảng dạy bằng tình huống thực tiễn');
    await ok(
      SET_PLAN,
      {
        id: exemplar.id,
        p: {
          goals: 'Chiến sĩ thi đua cấp tỉnh',
          targetDistinctionCode: 'CHIEN_SI_THI_DUA_CAP_TINH',
          evaluationPeriod: 'HALF_YEAR',
        },
      },
      creds.school,
    );
    const step = async () =>
      (await ok(PATHWAY, { id: exemplar.id }, creds.school)).exemplar!.pathway.find(
        (p) => p.distinction.code === 'CHIEN_SI_THI_DUA_CAP_TINH',
      )!;
    expect((await step()).missing).toContain('Cần một sáng kiến được công nhận cấp tỉnh.');

    // The province's campaign for its title: refused while the initiative counts at the institution only.
    const campaign = await createCampaign(creds.province, province.id, {
      title: 'Chiến sĩ thi đua cấp tỉnh',
      criteria: [{ target: 'INDIVIDUAL', text: 'Thành tích tiêu biểu' }],
    });
    await transition(creds.province, campaign.id, 'open');
    const nomination = await register(creds.school, {
      campaignId: campaign.id,
      distinctionCode: 'CHIEN_SI_THI_DUA_CAP_TINH',
      submittingOrganizationId: school.id,
      nomineePersonId: author.id,
    });
    await propose(creds.school, nomination.id);
    await councilDecides([nomination.id], 'UNDER_REVIEW');
    await councilDecides([nomination.id], 'COUNCIL_APPROVED');
    const refused = await graphql(
      `
        mutation ($id: ID!, $n: String!, $at: DateTime!) {
          recognizeNomination(id: $id, decisionNumber: $n, decidedAt: $at) {
            stage
          }
        }
      `,
      { id: nomination.id, n: '100/QĐ-UBND', at: new Date().toISOString() },
      creds.province,
    );
    expect(codes(refused)).toEqual(['NOT_ELIGIBLE']);
    expect(refused.errors![0]!.extensions!.reason).toBe('PREREQUISITE_MISSING');

    // Only a province's (or the nation's) admin raises the reach.
    expect(
      codes(await graphql(REACH, { id: initiativeId, r: 'PROVINCE', n: '12/QĐ-TCT' }, creds.school)),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(await graphql(REACH, { id: initiativeId, r: 'PROVINCE', n: '12/QĐ-TCT' }, creds.other)),
    ).toEqual(['NOT_FOUND']);
    const raised = await ok(REACH, { id: initiativeId, r: 'PROVINCE', n: '1234/QĐ-UBND' }, creds.province);
    expect(raised.setInitiativeReach).toEqual({ status: 'RECOGNIZED', reach: 'PROVINCE' });

    expect((await step()).missing).not.toContain('Cần một sáng kiến được công nhận cấp tỉnh.');
    const accepted = await recognize(creds.province, nomination.id, '101/QĐ-UBND');
    expect(accepted.recognizeNomination.stage).toBe('RECOGNIZED');
  });
});
