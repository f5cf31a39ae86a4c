import { ok, uniqueCode } from '@laurel/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newContext, signIn } from './browser';
import { Y } from './campaign-flows';
import { as, createOrg, grant } from './flows';
import { NOMINATION } from './nomination-flows';
import { waitForStage } from './voting-flows';

// Seed 000 walked end to end in one browser, each step by the person the plan names; a shared
// 2-core machine may make any step wait.
jest.setTimeout(240_000);

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

const COUNCIL = [
  { name: 'Nguyễn Văn Thành', search: 'nguyen van thanh' },
  { name: 'Phạm Thị Lan Hương', search: 'pham thi lan huong' },
  { name: 'Võ Minh Quân', search: 'vo minh quan' },
] as const;
const HEAD = 'Trần Tuyết Mai';
const LECTURER = 'Lê Hoàng Phúc';

/**
 * Seed 000 (a provincial Political School's plan for the year): the district launches its
 * campaign and the school's officer adds the staff on the people pages; the officer of the
 * organization–administration office launches the campaign under the district's, two faculties
 * register on the seed's form and propose with a dossier, the emulation council votes by secret
 * ballot in the browser, the principal recognizes the faculty then its head (refused the head
 * alone first: a leader is exemplary only if the collective he or she heads is), and one
 * exemplar goes up to the district's campaign. Set-up through the API only for what no screen of
 * these people does: the organization tree and the first role grants.
 */
describe('seed 000 in the web app, start to end (Chromium, the running platform)', () => {
  let browser: Browser;
  const label = uniqueCode('s0');
  const subjects = {
    district: `s0-district-${label}`,
    officer: `s0-officer-${label}`,
    facultyA: `s0-khoa-xdd-${label}`,
    facultyB: `s0-khoa-nnpl-${label}`,
    principal: `s0-hieu-truong-${label}`,
  };
  const accounts = COUNCIL.map((_, i) => `s0-council-${i + 1}-${label}`);
  const orgs = {
    district: { id: '', name: '' },
    school: { id: '', name: '' },
    facultyA: { id: '', name: '' },
    facultyB: { id: '', name: '' },
  };
  let districtCampaign = '';
  let campaignId = '';
  let councilId = '';
  let sessionId = '';
  const nominations = { collective: '', head: '', lecturer: '' };
  const contexts: BrowserContext[] = [];
  const pageFor = async (subject: string, path: string): Promise<Page> => {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, subject, path);
    return page;
  };
  const read = async (id: string) => (await ok(NOMINATION, { id }, await as(subjects.principal))).nomination!;

  beforeAll(async () => {
    browser = await launchBrowser();
    const province = await createOrg('PROVINCE', `Tỉnh ${label}`, null);
    const district = await createOrg('DISTRICT', `Huyện Văn Giang (${label})`, province.id);
    const school = await createOrg('INSTITUTION', `Trường Chính trị tỉnh (${label})`, district.id);
    const facultyA = await createOrg('UNIT', `Khoa Xây dựng Đảng (${label})`, school.id);
    const facultyB = await createOrg('UNIT', `Khoa Nhà nước và Pháp luật (${label})`, school.id);
    Object.assign(orgs, { district, school, facultyA, facultyB });
    await Promise.all([
      grant(subjects.district, district.id, 'ORG_ADMIN'),
      grant(subjects.officer, school.id, 'ORG_ADMIN'),
      grant(subjects.principal, school.id, 'ORG_ADMIN'),
      grant(subjects.facultyA, facultyA.id, 'UNIT_LEAD'),
      grant(subjects.facultyB, facultyB.id, 'UNIT_LEAD'),
    ]);
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  /** Adds a person on the people page of an organization (the create form is the page's last). */
  async function addPerson(
    page: Page,
    organizationId: string,
    person: { name: string; party?: string; government?: string; leads?: string; account?: string },
  ): Promise<void> {
    if (!page.url().endsWith(`/people/${organizationId}`)) {
      await page.goto(`/people/${organizationId}`);
      await page.getByTestId('people-table').waitFor();
    }
    await page.getByTestId('person-fullName').last().fill(person.name);
    if (person.party) await page.getByTestId('person-partyPosition').last().fill(person.party);
    if (person.government) await page.getByTestId('person-governmentPosition').last().fill(person.government);
    if (person.leads) await page.getByTestId('person-leads').last().selectOption(person.leads);
    if (person.account) await page.getByTestId('person-account').last().fill(person.account);
    await page.getByTestId('person-submit').last().click();
    await page.getByTestId('person-row').filter({ hasText: person.name }).waitFor();
  }

  it('the district launches its campaign for the year; the school’s officer adds the staff', async () => {
    const district = await pageFor(subjects.district, `/campaigns?organization=${orgs.district.id}`);
    await district.getByTestId('campaign-new').waitFor();
    await expectAccessible(district);
    await district.getByTestId('campaign-new').click();
    await district.getByTestId('campaign-title').waitFor();
    await expectAccessible(district);
    await district.getByTestId('campaign-title').fill(`Phong trào thi đua của huyện ${label}`);
    await district.getByTestId('campaign-year').fill(String(Y));
    await district.getByLabel('Tính theo').selectOption('CALENDAR_YEAR');
    await district.getByTestId('campaign-registration').fill('17:00, 10/01');
    await district.getByTestId('campaign-proposal').fill('17:00, 05/02');
    await district.getByTestId('campaign-escalation').fill('17:00, 20/12');
    for (const code of ['DIEN_HINH_TIEN_TIEN_TAP_THE', 'DIEN_HINH_TIEN_TIEN_CA_NHAN'])
      await district.locator(`[data-testid="campaign-distinction"][value="${code}"]`).check();
    await district.getByTestId('campaign-create-submit').click();
    await district.waitForURL(/\/campaigns\/[^/?]+$/);
    districtCampaign = new URL(district.url()).pathname.split('/').pop()!;
    await district.getByTestId('campaign-open').click();
    await district.locator('[data-testid="campaign-status"][data-status="OPEN"]').waitFor();
    await expectAccessible(district);

    // The staff, on the people pages: the first faculty's head leads it; council members sign in.
    const page = await pageFor(subjects.officer, `/people/${orgs.facultyA.id}`);
    await page.getByTestId('people-table').waitFor();
    await expectAccessible(page);
    await addPerson(page, orgs.facultyA.id, {
      name: HEAD,
      party: 'Bí thư chi bộ',
      government: 'Trưởng khoa',
      leads: orgs.facultyA.id,
    });
    await addPerson(page, orgs.facultyB.id, { name: LECTURER, government: 'Giảng viên chính' });
    for (const [i, member] of COUNCIL.entries())
      await addPerson(page, orgs.school.id, { name: member.name, account: accounts[i] });
    await expectAccessible(page);
    const head = await ok<{
      organization: { people: { edges: { node: { fullName: string; leads: { id: string } | null } }[] } };
    }>(
      `query($id: ID!) { organization(id: $id) { people(search: "tran tuyet mai", first: 5) { edges { node { fullName leads { id } } } } } }`,
      { id: orgs.facultyA.id },
      await as(subjects.officer),
    );
    expect(head.organization.people.edges.map((e) => e.node)).toEqual([
      { fullName: HEAD, leads: { id: orgs.facultyA.id } },
    ]);
  });

  it('the officer creates the campaign under the district’s (criteria, a quota, the distinctions) and opens it', async () => {
    expect(districtCampaign).not.toBe('');
    const page = await pageFor(subjects.officer, `/campaigns?organization=${orgs.school.id}`);
    const row = page.locator(`[data-testid="campaign-row"][data-campaign-id="${districtCampaign}"]`);
    await row.waitFor();
    await expectAccessible(page);
    await row.getByTestId('campaign-new-child').click();
    await page.getByTestId('campaign-parent').waitFor();

    await page.getByTestId('campaign-title').fill(`Điển hình tiên tiến xuất sắc năm ${Y}`);
    await page.getByTestId('campaign-year').fill(String(Y));
    // The plan counts a calendar year ("năm 2018"), not a school year.
    await page.getByLabel('Tính theo').selectOption('CALENDAR_YEAR');
    // The plan's own deadlines: registration before 17:00 on 23 March, proposals at the end of November.
    await page.getByTestId('campaign-registration').fill('17:00, 23/03');
    await page.getByTestId('campaign-proposal').fill('17:00, 30/11');
    await page.getByTestId('campaign-escalation').fill('17:00, 15/12');
    expect(await page.getByTestId('campaign-registration-reading').textContent()).toBe(
      `Hạn: 17:00, 23/03/${Y}`,
    );

    // Criteria: the model collective, the exemplary individual, and the leader's extra condition.
    const criteria: [string, string][] = [
      ['COLLECTIVE', 'Thực hiện tốt mục tiêu xây dựng cơ quan văn hoá, dẫn đầu phong trào thi đua'],
      ['INDIVIDUAL', 'Có thành tích tiêu biểu xuất sắc, có sáng kiến nâng cao hiệu quả công việc'],
      ['LEADER', 'Tập thể do cá nhân đứng đầu là tập thể điển hình'],
    ];
    for (const [i, [target, text]] of criteria.entries()) {
      await page.getByTestId('criterion-add').click();
      await page.getByTestId('criterion-target').nth(i).selectOption(target);
      await page.getByTestId('criterion-text').nth(i).fill(text);
    }
    // A quota for the first faculty: one or two.
    await page.getByTestId('quota-add').click();
    await page.getByTestId('quota-organization').fill('khoa xay dung dang');
    await page.getByTestId('quota-organization-result').filter({ hasText: orgs.facultyA.name }).click();
    await page.getByTestId('quota-min').fill('1');
    await page.getByTestId('quota-max').fill('2');
    for (const code of ['DIEN_HINH_TIEN_TIEN_TAP_THE', 'DIEN_HINH_TIEN_TIEN_CA_NHAN'])
      await page.locator(`[data-testid="campaign-distinction"][value="${code}"]`).check();
    expect(await page.getByTestId('distinction-rules').count()).toBe(2);
    await expectAccessible(page);
    await page.getByTestId('campaign-create-submit').click();

    await page.waitForURL(/\/campaigns\/[^/?]+$/);
    campaignId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('campaign-status').waitFor();
    expect(await page.getByTestId('campaign-status').getAttribute('data-status')).toBe('DRAFT');
    expect(await page.getByTestId('campaign-registration-deadline').textContent()).toBe(`17:00, 23/03/${Y}`);
    expect(await page.getByTestId('campaign-criterion').count()).toBe(3);
    const quota = page.locator(`[data-testid="campaign-quota"][data-organization-id="${orgs.facultyA.id}"]`);
    await quota.waitFor();
    expect((await quota.locator('td').allTextContents()).map((s) => s.trim())).toEqual([
      orgs.facultyA.name,
      '1',
      '2',
    ]);
    await page.getByTestId('campaign-open').click();
    await page.locator('[data-testid="campaign-status"][data-status="OPEN"]').waitFor();
    await expectAccessible(page);

    const stored = await ok<{
      campaign: { status: string; parent: { id: string } | null; criteria: { target: string }[] };
    }>(
      `query($id: ID!) { campaign(id: $id) { status parent { id } criteria { target } } }`,
      { id: campaignId },
      await as(subjects.officer),
    );
    expect(stored.campaign.status).toBe('OPEN');
    expect(stored.campaign.parent?.id).toBe(districtCampaign);
    expect(stored.campaign.criteria.map((c) => c.target)).toEqual(['COLLECTIVE', 'INDIVIDUAL', 'LEADER']);
  });

  /** Proposes a registered row with a summary and evidence for every criterion the form asks about. */
  async function propose(page: Page, id: string, list: string, summary: string): Promise<void> {
    const row = page
      .getByTestId(list.replace('proposal', 'registration'))
      .locator(`[data-testid="nomination-row"][data-nomination-id="${id}"]`);
    await row.getByTestId('nomination-propose').click();
    const dossier = page.getByTestId('dossier-form');
    await dossier.waitFor();
    await dossier.getByTestId('dossier-summary').fill(summary);
    const evidence = dossier.getByTestId('dossier-evidence');
    expect(await evidence.count()).toBeGreaterThan(0);
    for (const field of await evidence.all())
      await field.fill('Minh chứng: báo cáo thành tích năm, xác nhận của Nhà trường');
    await dossier.getByTestId('dossier-submit').click();
    await page
      .getByTestId(list)
      .locator(`[data-testid="nomination-row"][data-nomination-id="${id}"][data-stage="PROPOSED"]`)
      .waitFor();
  }

  it('two faculties register on the seed’s form and propose with a dossier', async () => {
    expect(campaignId).not.toBe('');
    // The first faculty: itself as a model collective, and its head (found without diacritics).
    const a = await pageFor(
      subjects.facultyA,
      `/nominations?organization=${orgs.facultyA.id}&campaign=${campaignId}`,
    );
    await a.getByTestId('register-form').waitFor();
    await expectAccessible(a);
    await a.getByTestId('register-target-COLLECTIVE').check();
    await a.getByTestId('nominee-collective-search').fill('khoa xay dung dang');
    await a.getByTestId('nominee-collective-search-result').filter({ hasText: orgs.facultyA.name }).click();
    await a.getByTestId('register-submit').click();
    const collectives = a.getByTestId('registration-collectives').getByTestId('nomination-row');
    await collectives.first().waitFor();
    nominations.collective = (await collectives.first().getAttribute('data-nomination-id'))!;

    await a.getByTestId('register-target-INDIVIDUAL').check();
    await a.getByTestId('nominee-person-search').fill('tran tuyet mai');
    await a.getByTestId('nominee-person-result').filter({ hasText: HEAD }).click();
    await a.getByTestId('register-submit').click();
    const individuals = a.getByTestId('registration-individuals').getByTestId('nomination-row');
    await individuals.first().waitFor();
    // The seed's registration form: STT, Họ và tên, Chức vụ Đảng / đoàn thể, Chức vụ chính quyền.
    expect((await individuals.first().locator('td').allTextContents()).slice(0, 4)).toEqual([
      '1',
      HEAD,
      'Bí thư chi bộ',
      'Trưởng khoa',
    ]);
    nominations.head = (await individuals.first().getAttribute('data-nomination-id'))!;
    await expectAccessible(a);

    await propose(
      a,
      nominations.collective,
      'proposal-collectives',
      'Tập thể khoa dẫn đầu phong trào thi đua năm',
    );
    await propose(a, nominations.head, 'proposal-individuals', 'Trưởng khoa, 2 đề tài khoa học cấp tỉnh');
    await expectAccessible(a);

    // The second faculty: one of its lecturers.
    const b = await pageFor(
      subjects.facultyB,
      `/nominations?organization=${orgs.facultyB.id}&campaign=${campaignId}`,
    );
    await b.getByTestId('register-form').waitFor();
    await b.getByTestId('register-target-INDIVIDUAL').check();
    await b.getByTestId('nominee-person-search').fill('le hoang phuc');
    await b.getByTestId('nominee-person-result').filter({ hasText: LECTURER }).click();
    await b.getByTestId('register-submit').click();
    const lecturer = b.getByTestId('registration-individuals').getByTestId('nomination-row');
    await lecturer.first().waitFor();
    nominations.lecturer = (await lecturer.first().getAttribute('data-nomination-id'))!;
    await propose(
      b,
      nominations.lecturer,
      'proposal-individuals',
      'Giảng viên dạy giỏi cấp tỉnh, sáng kiến cấp cơ sở',
    );
    await expectAccessible(b);

    for (const [id, org] of [
      [nominations.collective, orgs.facultyA.id],
      [nominations.head, orgs.facultyA.id],
      [nominations.lecturer, orgs.facultyB.id],
    ] as const) {
      const n = await read(id);
      expect(n.stage).toBe('PROPOSED');
      expect(n.submittingOrganization.id).toBe(org);
      expect(n.campaign.id).toBe(campaignId);
      expect(n.dossier?.evidence.length).toBeGreaterThan(0);
    }
  });

  it('the council is set up, its session’s slate built; the members vote in the browser; the chair closes', async () => {
    expect(nominations.lecturer).not.toBe('');
    const page = await pageFor(subjects.officer, '/');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Hội đồng' })
      .click();
    await page.waitForURL('**/councils');
    await page.getByTestId('council-new').waitFor();
    await expectAccessible(page);
    await page.getByTestId('council-new').click();
    await page.waitForURL(/\/councils\/new\?organization=/);
    await page.getByTestId('council-name').fill('Hội đồng Thi đua, Khen thưởng Trường Chính trị');
    const box = page.getByLabel('Tìm cán bộ, giáo viên theo tên');
    for (const member of COUNCIL) {
      await box.fill(member.search);
      await page.getByRole('button', { name: `Thêm ${member.name}` }).click();
      await box.fill('');
    }
    expect(await page.getByTestId('council-draft-member').count()).toBe(3);
    expect(await page.getByTestId('council-member-role').nth(0).inputValue()).toBe('CHAIR');
    await expectAccessible(page);
    await page.getByTestId('council-submit').click();
    await page.waitForURL(/\/councils\/[^/?]+$/);
    councilId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('council-member').nth(2).waitFor();
    await expectAccessible(page);

    // The slate: the three proposals waiting for the council, the rule from the catalogue.
    await page.getByTestId('session-new').click();
    await page.waitForURL(`**/councils/${councilId}/sessions/new`);
    const candidates = page.getByTestId('slate-candidate');
    await candidates.nth(2).waitFor();
    expect(
      (await Promise.all((await candidates.all()).map((c) => c.getAttribute('data-nomination-id')))).sort(),
    ).toEqual([nominations.collective, nominations.head, nominations.lecturer].sort());
    for (const candidate of await candidates.all()) await candidate.getByRole('checkbox').check();
    await page.getByTestId('rule-source').waitFor();
    await expectAccessible(page);
    await page.getByTestId('session-submit').click();
    await page.waitForURL((url) => url.pathname.startsWith('/sessions/'));
    sessionId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('session-open').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="progress-eligible-voters"]')?.textContent === '3',
    );
    await expectAccessible(page);

    // Secret ballot: each member in a browser of his or her own approves the three.
    const ballots: Page[] = [];
    for (const account of accounts) {
      const voter = await pageFor(account, `/sessions/${sessionId}`);
      ballots.push(voter);
      const groups = voter.getByTestId('ballot-choice');
      await groups.nth(2).waitFor();
      for (const group of await groups.all()) await group.locator('input[value="APPROVE"]').check();
      await expectAccessible(voter);
      await voter.getByTestId('ballot-submit').click();
      await voter.getByTestId('ballot-receipt').waitFor();
    }
    await page.waitForFunction(
      () => document.querySelector('[data-testid="progress-ballots-cast"]')?.textContent === '3',
      undefined,
      { timeout: 30_000 },
    );

    // The chair (the first member) closes the session from his page; the results show there.
    const chair = ballots[0]!;
    await chair.waitForFunction(() =>
      document.querySelector('[data-testid="session-close"]:not([disabled])'),
    );
    await chair.getByTestId('session-close').click();
    const rows = chair.getByTestId('result-row');
    await rows.nth(2).waitFor();
    for (const row of await rows.all()) expect(await row.textContent()).toContain('Thông qua');
    await expectAccessible(chair);
    for (const id of Object.values(nominations))
      await waitForStage(subjects.principal, id, 'COUNCIL_APPROVED', 30_000);
  });

  it('the principal is refused the head alone (the leader rule), recognizes the faculty, then its head', async () => {
    expect(sessionId).not.toBe('');
    const page = await pageFor(subjects.principal, '/');
    // The home page first: the principal's organizations.
    await page.getByRole('link', { name: orgs.school.name }).first().waitFor();
    await expectAccessible(page);
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Quyết định khen thưởng' })
      .click();
    await page.waitForURL('**/decisions');
    const mine = page.locator(
      `[data-testid="decisions-organization"][data-organization-id="${orgs.school.id}"]`,
    );
    await mine.waitFor();
    await expectAccessible(page);
    await mine.getByRole('link', { name: 'Lập quyết định' }).click();
    await page.waitForURL(`**/decisions/new/${orgs.school.id}`);
    for (const id of Object.values(nominations))
      await page.locator(`[data-testid="decision-candidate"][data-nomination-id="${id}"]`).waitFor();
    await expectAccessible(page);

    // The head alone: refused, the rule in words, what was typed kept.
    await page.getByTestId('decision-number').fill('15/QĐ-TrCT');
    await page.getByTestId('decision-signer').fill('Hiệu trưởng Trần Tuyết Minh');
    await page.getByLabel(`Chọn ${HEAD}`).check();
    await page.getByTestId('decision-submit').click();
    const refusal = page.locator(
      `[data-testid="decision-refusal"][data-nomination-id="${nominations.head}"]`,
    );
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      `${HEAD}: Người đứng đầu chỉ được khen thưởng khi tập thể do người đó lãnh đạo cũng được khen thưởng trong cùng phong trào. Hãy chọn cả tập thể vào cùng quyết định này.`,
    );
    expect(await page.getByTestId('decision-refusals').getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('decision-number').inputValue()).toBe('15/QĐ-TrCT');
    expect((await read(nominations.head)).stage).toBe('COUNCIL_APPROVED');
    await expectAccessible(page);

    // The faculty first (with the second faculty's lecturer), on one decision.
    await page.getByLabel(`Chọn ${HEAD}`).uncheck();
    await page.getByLabel(`Chọn ${orgs.facultyA.name}`).check();
    await page.getByLabel(`Chọn ${LECTURER}`).check();
    await page.getByTestId('decision-submit').click();
    await page.waitForURL(/\/decisions\/d\/[0-9a-f-]+\?issued=1$/);
    await page.getByTestId('decision-issued').waitFor();
    await expectAccessible(page);
    expect((await read(nominations.collective)).stage).toBe('RECOGNIZED');
    expect((await read(nominations.lecturer)).stage).toBe('RECOGNIZED');

    // Then its head: the leader rule is now met.
    await page.goto(`/decisions/new/${orgs.school.id}`);
    await page
      .locator(`[data-testid="decision-candidate"][data-nomination-id="${nominations.head}"]`)
      .waitFor();
    await page.getByTestId('decision-number').fill('16/QĐ-TrCT');
    await page.getByTestId('decision-signer').fill('Hiệu trưởng Trần Tuyết Minh');
    await page.getByLabel(`Chọn ${HEAD}`).check();
    await page.getByTestId('decision-submit').click();
    await page.waitForURL(/\/decisions\/d\/[0-9a-f-]+\?issued=1$/);
    await page.getByTestId('decision-issued').waitFor();
    await expectAccessible(page);
    const head = await read(nominations.head);
    expect(head.stage).toBe('RECOGNIZED');
    expect(head.decisionNumber).toBe('16/QĐ-TrCT');
    expect((await read(nominations.collective)).decisionNumber).toBe('15/QĐ-TrCT');
  });

  it('one exemplar escalates to the district’s campaign', async () => {
    expect((await read(nominations.lecturer)).stage).toBe('RECOGNIZED');
    const page = await pageFor(subjects.principal, '/');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Chuyển cấp trên' })
      .click();
    await page.waitForURL('**/escalation');
    const item = page.locator(
      `[data-testid="escalation-item"][data-nomination-id="${nominations.lecturer}"]`,
    );
    await item.waitFor();
    await expectAccessible(page);
    expect(await item.getByTestId('escalation-target').inputValue()).toBe(districtCampaign);
    await item.getByTestId('escalation-submit').click();
    await page
      .locator(
        `[data-testid="escalation-item"][data-nomination-id="${nominations.lecturer}"][data-stage="ESCALATED"]`,
      )
      .waitFor();
    await expectAccessible(page);

    const after = await read(nominations.lecturer);
    expect(after.stage).toBe('ESCALATED');
    const linked = (await ok(NOMINATION, { id: after.escalatedTo!.id }, await as(subjects.district)))
      .nomination!;
    expect(linked.stage).toBe('PROPOSED');
    expect(linked.campaign.id).toBe(districtCampaign);
    expect(linked.submittingOrganization.id).toBe(orgs.school.id);
  });
});
