import { codes, graphql, ok, testEnv } from '@laurel/testing';
import { Workbook } from 'exceljs';
import { createCampaign, transition } from './campaign-flows';
import {
  ADOPT,
  createExemplar,
  currentQuarter,
  EVALUATE,
  eventually,
  EXEMPLAR,
  fosteringWorld,
  nextQuarter,
  quarterEnd,
  rating,
  recognizedTeacher,
  SET_PLAN,
  THIS_YEAR,
} from './fostering-flows';
import { approved, recognize, register } from './nomination-flows';
import { gql } from '../gql';

const REPORT =
  gql(`query FosteringReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) { year organization { id }
  totals { exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken }
  children { organization { id name } exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken } } }`);
const DUE = gql(
  `query FosteringEvaluationsDue($o: ID!, $b: DateTime!) { evaluationsDue(organizationId: $o, before: $b) { id nextEvaluationDue } }`,
);
const IMPORT = gql(`mutation FosteringImportDistinctionRecords($format: ImportFormat!, $content: String!) {
  importDistinctionRecords(format: $format, content: $content) { created errors { row message } } }`);

const LAST_YEAR = THIS_YEAR - 1;
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe("fostering and replication in seed 004's district (Văn Giang)", () => {
  let w: Awaited<ReturnType<typeof fosteringWorld>>;
  let a: Awaited<ReturnType<typeof recognizedTeacher>>;
  let b: Awaited<ReturnType<typeof recognizedTeacher>>;
  let exemplarA: string;
  let exemplarB: string;

  beforeAll(async () => {
    w = await fosteringWorld('Văn Giang');
    a = await recognizedTeacher(w.credentials.school1, w.school1.id, 'Nguyễn Thị Hoa');
    b = await recognizedTeacher(w.credentials.school2, w.school2.id, 'Trần Văn Bình');
    // The teacher's record from before the platform: Chiến sĩ thi đua cơ sở the two last years.
    const file = [
      'Năm;Mã danh hiệu;Mã cá nhân;Mã tập thể;Số quyết định',
      `${THIS_YEAR - 2};CHIEN_SI_THI_DUA_CO_SO;${a.teacher.id};;11/QĐ-PGD`,
      `${LAST_YEAR};CHIEN_SI_THI_DUA_CO_SO;${a.teacher.id};;12/QĐ-PGD`,
    ].join('\r\n');
    const imported = await ok<{ importDistinctionRecords: { created: number } }>(
      IMPORT,
      { format: 'CSV', content: file },
      w.credentials.school1,
    );
    expect(imported.importDistinctionRecords.created).toBe(2);
  });

  it('makes one exemplar per nominee and fostering organization; a second recognition joins it', async () => {
    const first = await createExemplar(w.credentials.school1, a.nominationId, 'Mô hình "Lớp học hạnh phúc"', {
      field: 'Giáo dục',
      idempotencyKey: 'exemplar-hoa',
    });
    exemplarA = first.id;
    // The same request again (a retry) answers the same exemplar.
    const retried = await createExemplar(
      w.credentials.school1,
      a.nominationId,
      'Mô hình "Lớp học hạnh phúc"',
      {
        field: 'Giáo dục',
        idempotencyKey: 'exemplar-hoa',
      },
    );
    expect(retried.id).toBe(exemplarA);
    // The same key for another input is a conflict.
    const reused = await graphql(
      `
        mutation ($i: CreateExemplarInput!) {
          createExemplar(input: $i) {
            id
          }
        }
      `,
      { i: { nominationId: a.nominationId, title: 'Khác', idempotencyKey: 'exemplar-hoa' } },
      w.credentials.school1,
    );
    expect(codes(reused)).toEqual(['CONFLICT']);

    // Recognized again the next campaign: the recognition joins the same exemplar.
    const campaign = await createCampaign(w.credentials.school1, w.school1.id, {
      title: 'Điển hình tiên tiến – đợt hai',
      criteria: [{ target: 'INDIVIDUAL', text: 'Tiêu chí' }],
    });
    await transition(w.credentials.school1, campaign.id, 'open');
    const again = await register(w.credentials.school1, {
      campaignId: campaign.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      submittingOrganizationId: w.school1.id,
      nomineePersonId: a.teacher.id,
    });
    // Not recognized yet: no exemplar from it.
    const early = await graphql(
      `
        mutation ($i: CreateExemplarInput!) {
          createExemplar(input: $i) {
            id
          }
        }
      `,
      { i: { nominationId: again.id, title: 'Sớm' } },
      w.credentials.school1,
    );
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0]!.extensions!.field).toBe('nominationId');
    await approved(w.credentials.school1, again.id);
    await recognize(w.credentials.school1, again.id, '77/QĐ-TrTHCS');
    const joined = await createExemplar(w.credentials.school1, again.id, 'Tiêu đề không đổi');
    expect(joined.id).toBe(exemplarA);
    expect(joined.recognitions.map((r) => r.id)).toEqual([a.nominationId, again.id]);

    const read = await ok(EXEMPLAR, { id: exemplarA }, w.credentials.district);
    expect(read.exemplar).toMatchObject({
      title: 'Mô hình "Lớp học hạnh phúc"',
      field: 'Giáo dục',
      published: false,
      nominee: { __typename: 'Person', id: a.teacher.id, fullName: 'Nguyễn Thị Hoa' },
      organization: { id: w.school1.id },
      plan: null,
      nextEvaluationDue: null,
      adoptions: [],
    });
    exemplarB = (await createExemplar(w.credentials.school2, b.nominationId, 'Mô hình "Thư viện xanh"')).id;
  });

  it('keeps a fostering plan with actions; past due dates and a distinction of the wrong target are refused by field', async () => {
    const plan = {
      goals: 'Nhân rộng mô hình ra toàn huyện; đạt Chiến sĩ thi đua cấp tỉnh',
      targetDistinctionCode: 'CHIEN_SI_THI_DUA_CAP_TINH',
      targetYear: THIS_YEAR + 1,
      evaluationPeriod: 'QUARTER',
      actions: [
        { text: 'Tổ chức chuyên đề cấp trường', responsibleOrganizationId: w.unit1.id, dueAt: future(30) },
        { text: 'Viết sáng kiến kinh nghiệm', dueAt: future(90) },
      ],
    };
    const past = await graphql(
      SET_PLAN,
      {
        id: exemplarA,
        p: { ...plan, actions: [{ text: 'Muộn', dueAt: new Date(Date.now() - 86_400_000).toISOString() }] },
      },
      w.credentials.school1,
    );
    expect(codes(past)).toEqual(['BAD_USER_INPUT']);
    expect(past.errors![0]!.extensions!.field).toBe('actions[0].dueAt');
    const collective = await graphql(
      SET_PLAN,
      { id: exemplarA, p: { ...plan, targetDistinctionCode: 'TAP_THE_LAO_DONG_XUAT_SAC' } },
      w.credentials.school1,
    );
    expect(codes(collective)).toEqual(['BAD_USER_INPUT']);
    expect(collective.errors![0]!.extensions!.field).toBe('targetDistinctionCode');
    // A unit lead reads the exemplar but does not write its plan.
    expect(codes(await graphql(SET_PLAN, { id: exemplarA, p: plan }, w.credentials.school1Lead))).toEqual([
      'FORBIDDEN',
    ]);

    const set = await ok(SET_PLAN, { id: exemplarA, p: plan }, w.credentials.school1);
    expect(set.setFosteringPlan.plan).toMatchObject({
      goals: plan.goals,
      targetDistinction: { code: 'CHIEN_SI_THI_DUA_CAP_TINH' },
      targetYear: THIS_YEAR + 1,
      evaluationPeriod: 'QUARTER',
      actions: [
        { text: 'Tổ chức chuyên đề cấp trường', responsible: { id: w.unit1.id }, doneAt: null },
        { text: 'Viết sáng kiến kinh nghiệm', responsible: null, doneAt: null },
      ],
    });
    // Due at the end of the quarter the plan was set in.
    expect(set.setFosteringPlan.nextEvaluationDue).toBe(quarterEnd(currentQuarter()));
    const actionId = set.setFosteringPlan.plan!.actions[0].id;
    const done = await ok<{ completeFosteringAction: { doneAt: string } }>(
      `mutation($id: ID!) { completeFosteringAction(id: $id) { id doneAt } }`,
      { id: actionId },
      w.credentials.school1,
    );
    expect(Date.parse(done.completeFosteringAction.doneAt)).toBeLessThanOrEqual(Date.now());
    await ok(
      SET_PLAN,
      { id: exemplarB, p: { goals: 'Duy trì thư viện xanh', evaluationPeriod: 'QUARTER' } },
      w.credentials.school2,
    );
  });

  it('evaluates each quarter, once a period; the next due date and the evaluations due, overdue first', async () => {
    const quartersA = [1, 2, 3, 4].map((q) => `${LAST_YEAR}-Q${q}`).concat(currentQuarter());
    for (const period of quartersA)
      await ok(
        EVALUATE,
        { id: exemplarA, e: { period, ...rating(), support: 'Phòng GD hỗ trợ tài liệu' } },
        w.credentials.school1,
      );
    // School 2 evaluated the first half of last year and stopped: overdue since last year's Q3.
    for (const period of [`${LAST_YEAR}-Q1`, `${LAST_YEAR}-Q2`])
      await ok(
        EVALUATE,
        { id: exemplarB, e: { period, ...rating('FAIR', 'WEAK', 'GOOD'), difficulties: 'Thiếu kinh phí' } },
        w.credentials.school2,
      );

    const repeat = await graphql(
      EVALUATE,
      { id: exemplarA, e: { period: `${LAST_YEAR}-Q2`, ...rating() } },
      w.credentials.school1,
    );
    expect(codes(repeat)).toEqual(['CONFLICT']);
    const ahead = await graphql(
      EVALUATE,
      { id: exemplarA, e: { period: `${THIS_YEAR + 1}-Q4`, ...rating() } },
      w.credentials.school1,
    );
    expect(codes(ahead)).toEqual(['BAD_USER_INPUT']);
    expect(ahead.errors![0]!.extensions!.field).toBe('period');

    const readA = await ok(EXEMPLAR, { id: exemplarA }, w.credentials.school1);
    expect(readA.exemplar!.evaluations.totalCount).toBe(5);
    expect(readA.exemplar!.evaluations.edges.map((e) => e.node.period)).toEqual(quartersA);
    expect(readA.exemplar!.evaluations.edges[0].node).toMatchObject({
      effect: 'GOOD',
      potential: 'EXCELLENT',
      support: 'Phòng GD hỗ trợ tài liệu',
    });
    expect(readA.exemplar!.nextEvaluationDue).toBe(quarterEnd(nextQuarter(currentQuarter())));
    const readB = await ok(EXEMPLAR, { id: exemplarB }, w.credentials.school2);
    expect(readB.exemplar!.nextEvaluationDue).toBe(quarterEnd(`${LAST_YEAR}-Q3`));

    const farAhead = `${THIS_YEAR + 2}-01-01T00:00:00.000Z`;
    const due = await ok<{ evaluationsDue: { id: string }[] }>(
      DUE,
      { o: w.district.id, b: farAhead },
      w.credentials.district,
    );
    expect(due.evaluationsDue.map((e) => e.id)).toEqual([exemplarB, exemplarA]);
    const overdue = await ok<{ evaluationsDue: { id: string }[] }>(
      DUE,
      { o: w.district.id, b: new Date().toISOString() },
      w.credentials.districtViewer,
    );
    expect(overdue.evaluationsDue.map((e) => e.id)).toEqual([exemplarB]);
    const school1Due = await ok<{ evaluationsDue: { id: string }[] }>(
      DUE,
      { o: w.school1.id, b: farAhead },
      w.credentials.school1,
    );
    expect(school1Due.evaluationsDue.map((e) => e.id)).toEqual([exemplarA]);
  });

  it('lets a school of the district and a school of another province adopt the published model; the fostering school sees both', async () => {
    const adopt = (
      adopterOrganizationId: string,
      kind: string,
      outcome: string | null = null,
      exemplarId = exemplarA,
    ) => ({
      i: { exemplarId, adopterOrganizationId, kind, at: new Date().toISOString(), outcome },
    });
    // Not published: outside the fostering school it does not exist.
    expect(codes(await graphql(ADOPT, adopt(w.school3.id, 'STUDY_VISIT'), w.credentials.school3))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await graphql(ADOPT, adopt(w.elsewhere.id, 'ADOPTED'), w.credentials.elsewhere))).toEqual([
      'NOT_FOUND',
    ]);

    await ok(
      `mutation($id: ID!) { publishExemplar(id: $id, published: true) { published } }`,
      { id: a.nominationId },
      w.credentials.school1,
    );
    const published = await eventually(
      () => ok(EXEMPLAR, { id: exemplarA }, w.credentials.school1),
      (r) => r.exemplar!.published,
    );
    expect(published.exemplar!.published).toBe(true);

    // The showcase's card leads a signed-in admin anywhere to the model (to adopt it), as the
    // showcase only; without a token the link is not there.
    const SHOWCASE =
      gql(`query FosteringExemplars($o: ID!) { exemplars(organizationId: $o) { edges { node { id
      exemplar { id title published } } } } }`);
    const card = (r: { exemplars: { edges: { node: { id: string; exemplar: unknown } }[] } }) =>
      r.exemplars.edges.find((e) => e.node.id === a.nominationId)?.node.exemplar;
    const seenElsewhere = await eventually(
      () => ok(SHOWCASE, { o: w.school1.id }, w.credentials.elsewhere),
      (r) => card(r) !== undefined,
    );
    expect(card(seenElsewhere)).toEqual({
      id: exemplarA,
      title: 'Mô hình "Lớp học hạnh phúc"',
      published: true,
    });
    // Only its public face through the showcase, whoever asks.
    const deeper = await graphql(
      `
        query ($o: ID!) {
          exemplars(organizationId: $o) {
            edges {
              node {
                exemplar {
                  plan {
                    goals
                  }
                }
              }
            }
          }
        }
      `,
      { o: w.school1.id },
      w.credentials.school1,
    );
    expect(codes(deeper)).toEqual(['BAD_USER_INPUT']);
    expect(card(await ok(SHOWCASE, { o: w.school1.id }, undefined))).toBeNull();

    const visit = await ok(
      ADOPT,
      adopt(w.school3.id, 'STUDY_VISIT', 'Tham quan, học tập cách tổ chức lớp học'),
      w.credentials.school3,
    );
    const adopted = await ok(
      ADOPT,
      adopt(w.elsewhere.id, 'ADOPTED', 'Áp dụng tại 3 lớp, học sinh hứng thú hơn'),
      w.credentials.elsewhere,
    );
    // The adopters learn the public showcase and nothing more.
    for (const r of [visit.recordAdoption, adopted.recordAdoption])
      expect(r.exemplar).toEqual({
        id: exemplarA,
        title: 'Mô hình "Lớp học hạnh phúc"',
        published: true,
        plan: null,
        evaluations: { totalCount: 0 },
        adoptions: [],
        nextEvaluationDue: null,
        pathway: [],
      });
    // Another province's school still cannot adopt the unpublished model of school 2.
    expect(
      codes(await graphql(ADOPT, adopt(w.elsewhere.id, 'ADOPTED', null, exemplarB), w.credentials.elsewhere)),
    ).toEqual(['NOT_FOUND']);

    // The fostering school sees every adoption of its model, with the adopter's name and outcome.
    const mine = await ok(EXEMPLAR, { id: exemplarA }, w.credentials.school1);
    expect(mine.exemplar!.adoptions).toEqual([
      {
        kind: 'STUDY_VISIT',
        outcome: 'Tham quan, học tập cách tổ chức lớp học',
        adopter: { id: w.school3.id, name: w.school3.name },
        exemplar: { id: exemplarA },
      },
      {
        kind: 'ADOPTED',
        outcome: 'Áp dụng tại 3 lớp, học sinh hứng thú hơn',
        adopter: { id: w.elsewhere.id, name: w.elsewhere.name },
        exemplar: { id: exemplarA },
      },
    ]);
  });

  it("reports the district's replication for the year, a row per school, to its viewer and its API key", async () => {
    const report = await ok(REPORT, { o: w.district.id, y: THIS_YEAR }, w.credentials.districtViewer);
    const r = report.replicationReport;
    expect(r!.organization).toEqual({ id: w.district.id });
    expect(r!.totals).toEqual({
      exemplars: 2,
      evaluationsOnTime: 1,
      evaluationsOverdue: 0,
      adoptionsGiven: 2,
      adoptionsTaken: 1,
    });
    const row = (id: string) => r!.children.find((c) => c.organization.id === id);
    expect(r!.children).toHaveLength(3);
    expect(row(w.school1.id)).toMatchObject({
      exemplars: 1,
      evaluationsOnTime: 1,
      adoptionsGiven: 2,
      adoptionsTaken: 0,
    });
    expect(row(w.school2.id)).toMatchObject({ exemplars: 1, evaluationsOnTime: 0, adoptionsGiven: 0 });
    expect(row(w.school3.id)).toMatchObject({ exemplars: 0, adoptionsGiven: 0, adoptionsTaken: 1 });

    // Last year: every evaluation was written late (this year), and school 2 missed its Q3.
    const last = await ok(REPORT, { o: w.district.id, y: LAST_YEAR }, w.credentials.district);
    expect(last.replicationReport!.totals).toMatchObject({
      evaluationsOnTime: 0,
      evaluationsOverdue: 4 + 2 + 1,
    });
    expect(last.replicationReport!.children.find((c) => c.organization.id === w.school2.id)).toMatchObject({
      evaluationsOverdue: 3,
    });

    const key = await ok<{ createApiKey: { key: string } }>(
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`,
      { i: { organizationId: w.district.id, name: 'Báo cáo nhân rộng' } },
      w.credentials.district,
    );
    const byKey = await ok(REPORT, { o: w.district.id, y: THIS_YEAR }, { apiKey: key.createApiKey.key });
    expect(byKey.replicationReport!.totals).toEqual(r!.totals);
    // Exported beside the other reports, as XLSX and CSV, for the same key; nothing above it.
    const download = async (file: string, organizationId: string) => {
      const url = new URL(testEnv('gatewayUrl').replace(/\/graphql$/, `/exports/${file}`));
      url.searchParams.set('organizationId', organizationId);
      url.searchParams.set('year', String(THIS_YEAR));
      const res = await fetch(url, { headers: { 'x-api-key': key.createApiKey.key } });
      return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
    };
    const xlsx = await download('replication.xlsx', w.district.id);
    expect(xlsx.status).toBe(200);
    const book = new Workbook();
    await book.xlsx.load(xlsx.body);
    const values: string[][] = [];
    book.worksheets[0]!.eachRow((row) =>
      values.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
    );
    expect(values[0]![0]).toBe('BÁO CÁO BỒI DƯỠNG, NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN');
    const header = values.findIndex((r) => r[0] === 'STT');
    const body = values.slice(header + 1);
    expect(body).toHaveLength(4);
    expect(body[3]![2]).toBe(`Tổng cộng ${w.district.name}`);
    expect(body[3]!.slice(3)).toEqual(['2', '1', '0', '2', '1']);
    const csv = await download('replication.csv', w.district.id);
    expect(csv.status).toBe(200);
    expect(csv.body.toString('utf8')).toContain(`Tổng cộng ${w.district.name}`);
    expect((await download('replication.csv', w.province.id)).status).toBe(404);

    // The fostering school of another province's adoption reads none of the district's report.
    const foreign = await ok<{ replicationReport: unknown }>(
      REPORT,
      { o: w.district.id, y: THIS_YEAR },
      w.credentials.elsewhere,
    );
    expect(foreign.replicationReport).toBeNull();
  });

  it('shows the pathway toward Chiến sĩ thi đua cấp tỉnh from the ledger and the rules in force', async () => {
    const read = await ok(
      gql(
        `query FosteringExemplar($id: ID!) { exemplar(id: $id) { pathway { distinction { code nameVi } eligible missing earliestYear } } }`,
      ),
      { id: exemplarA },
      w.credentials.school1,
    );
    const provincial = read.exemplar!.pathway.find((s) => s.distinction.code === 'CHIEN_SI_THI_DUA_CAP_TINH');
    expect(provincial).toEqual({
      distinction: { code: 'CHIEN_SI_THI_DUA_CAP_TINH', nameVi: expect.any(String) },
      eligible: false,
      missing: [
        `Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở; còn thiếu năm ${THIS_YEAR}.`,
        'Cần một sáng kiến được công nhận cấp tỉnh.',
      ],
      earliestYear: THIS_YEAR,
    });
    // Only distinctions of the nominee's target.
    const codesOf = read.exemplar!.pathway.map((s) => s.distinction.code);
    expect(codesOf).not.toContain('TAP_THE_LAO_DONG_XUAT_SAC');
  });
});
