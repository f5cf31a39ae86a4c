import { ok } from '@laurel/testing';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newContext, signIn } from './browser';
import { createCampaign, transition } from './campaign-flows';
import { createPerson } from './flows';
import {
  createExemplar,
  currentQuarter,
  EVALUATE,
  eventually,
  fosteringWorld,
  rating,
  recognizedTeacher,
  SET_PLAN,
  THIS_YEAR,
} from './fostering-flows';
import { gql } from '../gql';

// A browser on a shared 2-core machine: each page step may wait on other suites' load.
jest.setTimeout(120_000);

const LAST_YEAR = THIS_YEAR - 1;
const REPORT =
  gql(`query WebExemplarsReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) {
  totals { exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken }
  children { organization { id } exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken } } }`);
const COLUMNS = [
  'exemplars',
  'evaluationsOnTime',
  'evaluationsOverdue',
  'adoptionsGiven',
  'adoptionsTaken',
] as const;
const IMPORT = gql(`mutation WebExemplarsImportDistinctionRecords($format: ImportFormat!, $content: String!) {
  importDistinctionRecords(format: $format, content: $content) { created } }`);

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** The replication dashboard's totals as the page shows them (digits only). */
async function pageTotals(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const key of COLUMNS) {
    const text = (await page.getByTestId(`replication-total-${key}`).textContent()) ?? '';
    expect(text).toMatch(/^\d+$/);
    out[key] = Number(text);
  }
  return out;
}

/** A date input's value some days from today. */
function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
}

describe('fostering and replication in the web app (Chromium, against the running platform)', () => {
  let browser: Browser;
  let w: Awaited<ReturnType<typeof fosteringWorld>>;
  let a: Awaited<ReturnType<typeof recognizedTeacher>>;
  let c: Awaited<ReturnType<typeof recognizedTeacher>>;
  let exemplarA: string;
  let exemplarB: string;
  let author: { id: string };
  let initiativeCampaign: { id: string };
  const subjects: Record<string, string> = {};

  beforeAll(async () => {
    browser = await launchBrowser();
    w = await fosteringWorld('Web nhân rộng');
    for (const key of Object.keys(w.credentials)) {
      const me = await ok<{ me: { subject: string } }>(
        `{ me { subject } }`,
        {},
        w.credentials[key as keyof typeof w.credentials],
      );
      subjects[key] = me.me.subject;
    }
    a = await recognizedTeacher(w.credentials.school1, w.school1.id, 'Nguyễn Thị Hoa');
    const b = await recognizedTeacher(w.credentials.school2, w.school2.id, 'Trần Văn Bình');
    exemplarA = (await createExemplar(w.credentials.school1, a.nominationId, 'Mô hình "Lớp học hạnh phúc"'))
      .id;
    exemplarB = (await createExemplar(w.credentials.school2, b.nominationId, 'Mô hình "Thư viện xanh"')).id;
    // School 2 evaluated the first half of last year, then stopped: overdue.
    await ok(
      SET_PLAN,
      { id: exemplarB, p: { goals: 'Duy trì thư viện xanh', evaluationPeriod: 'QUARTER' } },
      w.credentials.school2,
    );
    for (const period of [`${LAST_YEAR}-Q1`, `${LAST_YEAR}-Q2`])
      await ok(
        EVALUATE,
        { id: exemplarB, e: { period, ...rating('FAIR', 'WEAK', 'GOOD') } },
        w.credentials.school2,
      );
    // The teacher was Chiến sĩ thi đua cơ sở the two years before: the pathway misses this year.
    const file = [
      'Năm;Mã danh hiệu;Mã cá nhân;Mã tập thể;Số quyết định',
      `${THIS_YEAR - 2};CHIEN_SI_THI_DUA_CO_SO;${a.teacher.id};;11/QĐ-PGD`,
      `${LAST_YEAR};CHIEN_SI_THI_DUA_CO_SO;${a.teacher.id};;12/QĐ-PGD`,
    ].join('\r\n');
    await ok(IMPORT, { format: 'CSV', content: file }, w.credentials.school1);
    await ok(
      `mutation($id: ID!) { publishExemplar(id: $id, published: true) { published } }`,
      { id: a.nominationId },
      w.credentials.school1,
    );
    await eventually(
      () =>
        ok<{ exemplar: { published: boolean } }>(
          `query($id: ID!) { exemplar(id: $id) { published } }`,
          { id: exemplarA },
          w.credentials.school1,
        ),
      (r) => r.exemplar.published,
    );
    author = await createPerson(w.unit1.id, 'Hoàng Minh Đức', { governmentPosition: 'Giáo viên' });
    c = await recognizedTeacher(w.credentials.school1, w.school1.id, 'Lê Thị Cúc');
    initiativeCampaign = await createCampaign(w.credentials.school1, w.school1.id, {
      title: 'Xét công nhận sáng kiến',
      criteria: [{ target: 'INDIVIDUAL', text: 'Tính mới, hiệu quả' }],
    });
    await transition(w.credentials.school1, initiativeCampaign.id, 'open');
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the exemplar page: a plan written (a past due date refused beside its field), edited, a quarterly evaluation, the pathway', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, subjects.school1!, `/fostering/exemplars/${exemplarA}`);
    await page.getByRole('heading', { level: 1, name: 'Mô hình "Lớp học hạnh phúc"' }).waitFor();
    await expectAccessible(page);

    await page.getByTestId('plan-edit').click();
    await page.getByLabel('Mục tiêu').fill('Nhân rộng ra toàn huyện');
    await page.getByLabel('Danh hiệu hướng tới').selectOption('CHIEN_SI_THI_DUA_CAP_TINH');
    await page.getByLabel('Năm đạt').fill(String(THIS_YEAR + 1));
    await page.getByLabel('Chu kỳ kiểm tra, đánh giá').selectOption('QUARTER');
    await page.getByRole('button', { name: 'Thêm việc' }).click();
    await page.getByLabel('Nội dung việc 1').fill('Tổ chức chuyên đề cấp trường');
    await page.getByLabel('Đơn vị phụ trách việc 1').selectOption(w.unit1.id);
    await page.getByLabel('Hạn hoàn thành việc 1').fill(daysAhead(-3));
    await page.getByTestId('plan-save').click();
    // The server refuses the past date; the sentence stands beside that field and nothing typed is lost.
    await page.getByText('Hạn hoàn thành phải sau hôm nay.').waitFor();
    expect(await page.getByLabel('Hạn hoàn thành việc 1').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Mục tiêu').inputValue()).toBe('Nhân rộng ra toàn huyện');
    await expectAccessible(page);
    await page.getByLabel('Hạn hoàn thành việc 1').fill(daysAhead(30));
    await page.getByTestId('plan-save').click();
    await page.getByText('Đã lưu kế hoạch bồi dưỡng.').waitFor();
    await page.getByTestId('plan-action-row').filter({ hasText: 'Tổ chức chuyên đề cấp trường' }).waitFor();
    expect(await page.getByTestId('plan-action-row').count()).toBe(1);

    // Edited: new goals, a second action; the first one kept.
    await page.getByTestId('plan-edit').click();
    await page.getByLabel('Mục tiêu').fill('Nhân rộng ra toàn huyện; đạt Chiến sĩ thi đua cấp tỉnh');
    await page.getByRole('button', { name: 'Thêm việc' }).click();
    await page.getByLabel('Nội dung việc 2').fill('Viết sáng kiến kinh nghiệm');
    await page.getByLabel('Hạn hoàn thành việc 2').fill(daysAhead(90));
    await page.getByTestId('plan-save').click();
    await page.getByText('Đã lưu kế hoạch bồi dưỡng.').waitFor();
    await page.getByText('Nhân rộng ra toàn huyện; đạt Chiến sĩ thi đua cấp tỉnh').waitFor();
    await page.getByTestId('plan-action-row').filter({ hasText: 'Viết sáng kiến kinh nghiệm' }).waitFor();
    expect(await page.getByTestId('plan-action-row').count()).toBe(2);
    const plan = await ok<{
      exemplar: {
        plan: {
          goals: string;
          targetYear: number;
          actions: { text: string; responsible: { id: string } | null }[];
        };
      };
    }>(
      `query($id: ID!) { exemplar(id: $id) { plan { goals targetYear actions { text responsible { id } } } } }`,
      { id: exemplarA },
      w.credentials.school1,
    );
    expect(plan.exemplar.plan).toEqual({
      goals: 'Nhân rộng ra toàn huyện; đạt Chiến sĩ thi đua cấp tỉnh',
      targetYear: THIS_YEAR + 1,
      actions: [
        { text: 'Tổ chức chuyên đề cấp trường', responsible: { id: w.unit1.id } },
        { text: 'Viết sáng kiến kinh nghiệm', responsible: null },
      ],
    });

    // This quarter's evaluation (the form proposes the quarter running in Vietnam).
    const quarter = currentQuarter();
    expect(await page.getByTestId('evaluation-period').inputValue()).toBe(quarter);
    await page.getByLabel('Tác dụng, hiệu quả').selectOption('EXCELLENT');
    await page.getByLabel('Sức lan tỏa').selectOption('GOOD');
    await page.getByLabel('Hỗ trợ đã dành cho điển hình').fill('Phòng GD hỗ trợ tài liệu');
    await page.getByTestId('evaluation-submit').click();
    await page.locator(`[data-testid="evaluation-row"][data-period="${quarter}"]`).waitFor();
    await page.getByTestId('ratings-chart').waitFor();
    // The same period again: refused beside the period field.
    await page.getByTestId('evaluation-submit').click();
    await page.getByText(`Kỳ ${quarter} đã được đánh giá; mỗi kỳ chỉ một lần.`).waitFor();
    expect(await page.getByTestId('evaluation-row').count()).toBe(1);

    await page
      .getByTestId('pathway-missing')
      .filter({ hasText: `Cần 3 năm liên tục đạt Chiến sĩ thi đua cơ sở; còn thiếu năm ${THIS_YEAR}.` })
      .waitFor();
    const provincial = page.locator(
      '[data-testid="pathway-step"][data-distinction="CHIEN_SI_THI_DUA_CAP_TINH"]',
    );
    expect(await provincial.textContent()).toContain(`Sớm nhất năm ${THIS_YEAR}`);
    await expectAccessible(page);
    await context.close();
  });

  it('a recognized teacher not fostered yet becomes an exemplar from the school’s page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, subjects.school1!, `/fostering/o/${w.school1.id}`);
    const row = page.locator(`[data-testid="recognized-nomination"][data-nomination-id="${c.nominationId}"]`);
    await row.waitFor();
    // Already fostered: not offered again.
    expect(
      await page
        .locator(`[data-testid="recognized-nomination"][data-nomination-id="${a.nominationId}"]`)
        .count(),
    ).toBe(0);
    await expectAccessible(page);
    await row.getByRole('button', { name: 'Bồi dưỡng điển hình này' }).click();
    await row.getByText('Hãy ghi tên mô hình.').waitFor();
    await row.getByLabel('Tên mô hình của Lê Thị Cúc').fill('Mô hình "Góc đọc sách"');
    await row.getByRole('button', { name: 'Bồi dưỡng điển hình này' }).click();
    await page.waitForURL(/\/fostering\/exemplars\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Mô hình "Góc đọc sách"' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const read = await ok<{ exemplar: { recognitions: { id: string }[]; organization: { id: string } } }>(
      `query($id: ID!) { exemplar(id: $id) { recognitions { id } organization { id } } }`,
      { id },
      w.credentials.school1,
    );
    expect(read.exemplar).toEqual({
      recognitions: [{ id: c.nominationId }],
      organization: { id: w.school1.id },
    });
    await context.close();
  });

  it("the district's evaluations due: the overdue one first, marked", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, subjects.district!, '/fostering');
    await page.getByRole('link', { name: w.district.name }).click();
    await page.waitForURL(`**/fostering/o/${w.district.id}`);
    const rows = page.getByTestId('evaluation-due-row');
    await rows.first().waitFor();
    expect(await rows.first().getAttribute('data-exemplar-id')).toBe(exemplarB);
    expect(await rows.first().getAttribute('data-overdue')).toBe('true');
    expect(await rows.first().textContent()).toContain('Quá hạn');
    // The same as the API says for the same window.
    const due = await ok<{ evaluationsDue: { id: string }[] }>(
      `query($o: ID!, $b: DateTime!) { evaluationsDue(organizationId: $o, before: $b) { id } }`,
      { o: w.district.id, b: new Date(Date.now() + 92 * 86_400_000).toISOString() },
      w.credentials.district,
    );
    expect(await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-exemplar-id')))).toEqual(
      due.evaluationsDue.map((e) => e.id),
    );
    await page.locator(`[data-testid="exemplar-row"][data-exemplar-id="${exemplarA}"]`).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('a school of another province adopts the published model from the showcase; the fostering school sees it', async () => {
    // Without a session, the showcase has no adopt action.
    const anonymous = await newContext(browser);
    const visitor = await anonymous.newPage();
    await visitor.goto(`/exemplars/${w.school1.id}`);
    await visitor.locator(`[data-testid="exemplar-card"][data-nomination-id="${a.nominationId}"]`).waitFor();
    expect(await visitor.getByTestId('adopt-model').count()).toBe(0);
    await anonymous.close();

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, subjects.elsewhere!, '/fostering');
    await page.goto(`/exemplars/${w.school1.id}`);
    const card = page.locator(`[data-testid="exemplar-card"][data-nomination-id="${a.nominationId}"]`);
    await card.getByTestId('adopt-model').waitFor();
    await expectAccessible(page);
    await card.getByRole('link', { name: 'Áp dụng mô hình này: Nguyễn Thị Hoa' }).click();
    await page.waitForURL(`**/adopt/${exemplarA}`);
    await page.getByText('Mô hình: Mô hình "Lớp học hạnh phúc"').waitFor();
    expect(await page.getByLabel('Đơn vị học tập, áp dụng').inputValue()).toBe(w.elsewhere.id);
    await page.getByLabel('Áp dụng', { exact: true }).check();
    await page.getByTestId('adopt-outcome').fill('Áp dụng tại 3 lớp, học sinh hứng thú hơn');
    await expectAccessible(page);
    await page.getByTestId('adopt-submit').click();
    await page.getByTestId('adopt-done').waitFor();
    expect(await page.getByTestId('adopt-done').textContent()).toContain(w.elsewhere.name);
    await context.close();

    const fostering = await newContext(browser);
    const mine = await fostering.newPage();
    await signIn(mine, subjects.school1!, `/fostering/exemplars/${exemplarA}`);
    const row = mine.locator(`[data-testid="adoption-row"][data-adopter-id="${w.elsewhere.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(w.elsewhere.name);
    expect(await row.textContent()).toContain('Áp dụng tại 3 lớp, học sinh hứng thú hơn');
    await fostering.close();
  });

  it("the district's replication dashboard, a drill-down into a school, and its downloads", async () => {
    const report = async (organizationId: string) =>
      (await ok(REPORT, { o: organizationId, y: THIS_YEAR }, w.credentials.districtViewer)).replicationReport;
    const district = await report(w.district.id);
    expect(district!.totals.adoptionsGiven).toBe(1);
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, subjects.districtViewer!, `/fostering/replication/${w.district.id}`);
    await page.getByTestId('replication-total-exemplars').waitFor();
    expect(await pageTotals(page)).toEqual(district!.totals);
    expect(await page.getByTestId('replication-child-row').count()).toBe(district!.children.length);
    await expectAccessible(page);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('replication-xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`nhan-rong-${THIS_YEAR}.xlsx`);
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('replication-csv').click(),
    ]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain(`Tổng cộng ${w.district.name}`);

    await page
      .locator(`[data-testid="replication-child-row"][data-organization-id="${w.school1.id}"]`)
      .getByRole('link')
      .click();
    await page.waitForURL(`**/fostering/replication/${w.school1.id}?year=${THIS_YEAR}`);
    const school = await report(w.school1.id);
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="replication-total-adoptionsGiven"]')?.textContent === String(n),
      school!.totals.adoptionsGiven,
    );
    expect(await pageTotals(page)).toEqual(school!.totals);
    await expectAccessible(page);
    await context.close();
  });

  it('an initiative registered with its author found without diacritics, monthly progress notes, submitted to the initiative council', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, subjects.school1!, '/initiatives');
    await expectAccessible(page);
    await page.getByRole('link', { name: w.school1.name }).click();
    await page.waitForURL(`**/initiatives/o/${w.school1.id}`);
    await page.getByTestId('initiative-title').fill('Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học');
    // Without an author, refused beside the authors.
    await page.getByTestId('initiative-register').click();
    await page.getByText('Hãy chọn ít nhất một tác giả.').waitFor();
    await page.getByTestId('person-picker-search').fill('hoang minh duc');
    await page.getByRole('button', { name: 'Chọn Hoàng Minh Đức' }).click();
    await page.getByTestId('person-picker-chosen').getByText('Hoàng Minh Đức').waitFor();
    await expectAccessible(page);
    await page.getByTestId('initiative-register').click();
    await page
      .getByText('Đã đăng ký sáng kiến "Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học".')
      .waitFor();
    const row = page.getByTestId('initiative-row').filter({ hasText: 'Đổi mới sinh hoạt chuyên môn' });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('REGISTERED');
    const initiativeId = (await row.getAttribute('data-initiative-id'))!;

    await row.getByRole('link').click();
    await page.waitForURL(`**/initiatives/${initiativeId}`);
    for (const text of ['Tháng 11: thử nghiệm ở tổ Toán', 'Tháng 12: áp dụng ở 3 tổ chuyên môn']) {
      await page.getByTestId('progress-text').fill(text);
      await page.getByTestId('progress-send').click();
      await page.getByTestId('progress-note').filter({ hasText: text }).waitFor();
    }
    expect(await page.getByTestId('progress-note').count()).toBe(2);
    expect(await page.getByTestId('progress-text').inputValue()).toBe('');
    await expectAccessible(page);

    // Submitted to the initiative council in the school's open campaign.
    await page.getByLabel('Đợt thi đua').selectOption(initiativeCampaign.id);
    await page.getByRole('button', { name: 'Trình Hội đồng sáng kiến' }).click();
    await page.getByText('Hãy ghi tóm tắt hiệu quả.').waitFor();
    await page.getByLabel('Tóm tắt hiệu quả').fill('Áp dụng ở 3 tổ, giờ dạy sinh động hơn');
    await page.getByRole('button', { name: 'Trình Hội đồng sáng kiến' }).click();
    await page.locator('[data-testid="initiative-status"][data-status="SUBMITTED"]').waitFor();
    await expectAccessible(page);

    const read = await ok(
      gql(`query WebExemplarsInitiative($id: ID!) { initiative(id: $id) { status year authors { id } progress { text by } organization { id }
        nomination { stage distinction { code } nominee { ... on Person { id } } } } }`),
      { id: initiativeId },
      w.credentials.school1,
    );
    expect(read.initiative).toEqual({
      status: 'SUBMITTED',
      year: THIS_YEAR,
      authors: [{ id: author.id }],
      organization: { id: w.school1.id },
      progress: [
        { text: 'Tháng 11: thử nghiệm ở tổ Toán', by: subjects.school1 },
        { text: 'Tháng 12: áp dụng ở 3 tổ chuyên môn', by: subjects.school1 },
      ],
      nomination: { stage: 'PROPOSED', distinction: { code: 'SANG_KIEN_CO_SO' }, nominee: { id: author.id } },
    });
    await context.close();
  });
});
