import { ok, uniqueCode } from '@laurel/testing';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newContext, signIn } from './browser';
import { createCampaign, transition, Y } from './campaign-flows';
import { as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { NOMINATION } from './nomination-flows';

// One browser, one world; each step may wait on other suites' load on a shared machine.
jest.setTimeout(180_000);

/** "17:00, dd/MM/yyyy" of the day `days` from now, on Vietnam's calendar. */
function localDeadline(days: number): { typed: string; iso: string } {
  const shifted = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  const [y, m, d] = [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()];
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    typed: `17:00, ${two(d)}/${two(m)}/${y}`,
    iso: new Date(Date.UTC(y, m - 1, d, 10, 0)).toISOString(),
  };
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('campaigns and nominations in the web app (Chromium, the running platform)', () => {
  let browser: Browser;
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  let trainingOffice: { id: string; name: string };
  const label = uniqueCode('wc');
  const subjects = {
    province: `wc-province-${label}`,
    district: `wc-district-${label}`,
    officer: `wc-officer-${label}`,
    faculty: `wc-faculty-${label}`,
  };
  let provinceCampaign = '';
  let schoolCampaign = '';
  const contexts: BrowserContext[] = [];
  const pageFor = async (subject: string, path: string): Promise<Page> => {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, subject, path);
    return page;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    world = await provinceWithSchools(`Web phong trào ${label}`);
    trainingOffice = await createOrg('UNIT', `Phòng Đào tạo (${label})`, world.school1.id);
    await Promise.all([
      grant(subjects.province, world.province.id, 'ORG_ADMIN'),
      grant(subjects.district, world.district.id, 'ORG_ADMIN'),
      grant(subjects.officer, world.school1.id, 'ORG_ADMIN'),
      grant(subjects.faculty, world.unit1.id, 'UNIT_LEAD'),
      createPerson(world.unit1.id, 'Nguyễn Thị Hằng', {
        partyPosition: 'Bí thư chi bộ',
        governmentPosition: 'Tổ trưởng chuyên môn',
      }),
      createPerson(world.unit1.id, 'Lê Văn Đức', { governmentPosition: 'Giáo viên' }),
    ]);
    // Seed 004's cascade: the province's campaign, open, under which the district launches its own.
    provinceCampaign = (
      await createCampaign(await as(subjects.province), world.province.id, {
        title: `Phong trào thi đua của tỉnh ${label}`,
        distinctionCodes: ['DIEN_HINH_TIEN_TIEN_TAP_THE', 'DIEN_HINH_TIEN_TIEN_CA_NHAN'],
      })
    ).id;
    await transition(await as(subjects.province), provinceCampaign, 'open');
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('a district officer launches a child campaign under the province’s, with a quota that the page shows', async () => {
    const page = await pageFor(subjects.district, `/campaigns?organization=${world.district.id}`);
    const row = page.locator(`[data-testid="campaign-row"][data-campaign-id="${provinceCampaign}"]`);
    await row.waitFor();
    await expectAccessible(page);
    await row.getByTestId('campaign-new-child').click();
    await page.getByTestId('campaign-parent').waitFor();
    expect(await page.getByTestId('campaign-parent').textContent()).toContain(
      `Phong trào thi đua của tỉnh ${label}`,
    );

    await page.getByTestId('campaign-title').fill(`Phong trào thi đua của huyện ${label}`);
    await page.getByTestId('campaign-year').fill(String(Y));
    // Short local deadlines: the year comes from the campaign (a district counts calendar years).
    await page.getByTestId('campaign-registration').fill('17:00, 10/01');
    await page.getByTestId('campaign-proposal').fill('17:00, 05/02');
    await page.getByTestId('campaign-escalation').fill('17:00, 30/05');
    expect(await page.getByTestId('campaign-registration-reading').textContent()).toBe(
      `Hạn: 17:00, 10/01/${Y}`,
    );
    expect(await page.getByTestId('campaign-escalation-reading').textContent()).toBe(
      `Hạn: 17:00, 30/05/${Y}`,
    );

    await page.getByTestId('quota-add').click();
    await page.getByTestId('quota-organization').fill('truong thcs nguyen du');
    await page.getByTestId('quota-organization-result').filter({ hasText: world.school1.name }).click();
    await page.getByTestId('quota-min').fill('1');
    await page.getByTestId('quota-max').fill('3');
    await page.locator('[data-testid="campaign-distinction"][value="DIEN_HINH_TIEN_TIEN_TAP_THE"]').check();
    await expectAccessible(page);

    // The server's rule the form cannot know: a child's deadlines fall before the parent's
    // escalation deadline (17:00, 20/12). Its answer shows beside the field; nothing typed is lost.
    await page.getByTestId('campaign-escalation').fill('17:00, 24/12');
    await page.getByTestId('campaign-create-submit').click();
    await page.getByText(`Thời hạn phải trước hạn của phong trào cấp trên (17:00, 20/12/${Y}).`).waitFor();
    expect(await page.getByTestId('campaign-title').inputValue()).toBe(
      `Phong trào thi đua của huyện ${label}`,
    );
    expect(await page.getByTestId('quota-max').inputValue()).toBe('3');
    expect(new URL(page.url()).pathname).toBe('/campaigns/new');
    await expectAccessible(page);
    await page.getByTestId('campaign-escalation').fill('17:00, 30/05');
    await page.getByTestId('campaign-create-submit').click();

    await page.waitForURL(/\/campaigns\/[^/?]+$/);
    const quota = page.locator(`[data-testid="campaign-quota"][data-organization-id="${world.school1.id}"]`);
    await quota.waitFor();
    expect((await quota.locator('td').allTextContents()).map((s) => s.trim())).toEqual([
      world.school1.name,
      '1',
      '3',
    ]);
    expect(await page.getByTestId('campaign-registration-deadline').textContent()).toBe(`17:00, 10/01/${Y}`);
    const childId = new URL(page.url()).pathname.split('/').pop()!;
    const stored = await ok<{ campaign: { parent: { id: string }; registrationDeadline: string } }>(
      `query($id: ID!) { campaign(id: $id) { parent { id } registrationDeadline } }`,
      { id: childId },
      await as(subjects.district),
    );
    expect(stored.campaign.parent.id).toBe(provinceCampaign);
    expect(stored.campaign.registrationDeadline).toBe(new Date(`${Y}-01-10T10:00:00.000Z`).toISOString());
    await expectAccessible(page);
  });

  it('a school officer creates a campaign with criteria, a quota and distinctions, then opens it', async () => {
    const page = await pageFor(subjects.officer, `/campaigns?organization=${world.school1.id}`);
    await page.getByTestId('campaign-new').click();
    await page.getByTestId('campaign-title').waitFor();
    const registration = localDeadline(10);
    const proposal = localDeadline(45);

    await page.getByTestId('campaign-title').fill(`Điển hình tiên tiến năm học ${label}`);
    // Validated as typed: a day without an hour is refused next to the field, before any request.
    await page.getByTestId('campaign-registration').fill(registration.typed.slice(7));
    await page.getByText('Thiếu giờ hoặc giờ không hợp lệ. Ví dụ “17:00, 23/03”.').waitFor();
    await page.getByTestId('campaign-registration').fill(registration.typed);
    await page.getByTestId('campaign-proposal').fill(proposal.typed);
    expect(await page.getByTestId('campaign-registration-reading').textContent()).toBe(
      `Hạn: ${registration.typed}`,
    );

    await page.getByTestId('criterion-add').click();
    await page.getByTestId('criterion-text').nth(0).fill('Tập thể hoàn thành xuất sắc nhiệm vụ năm học');
    await page.getByTestId('criterion-evaluator').fill('phong dao tao');
    await page.getByTestId('criterion-evaluator-result').filter({ hasText: trainingOffice.name }).click();
    await page.getByTestId('criterion-add').click();
    await page.getByTestId('criterion-target').nth(1).selectOption('INDIVIDUAL');
    await page.getByTestId('criterion-text').nth(1).fill('Có sáng kiến được Hội đồng công nhận');

    await page.getByTestId('quota-add').click();
    await page.getByTestId('quota-organization').fill('toan');
    await page.getByTestId('quota-organization-result').filter({ hasText: world.unit1.name }).click();
    await page.getByTestId('quota-min').fill('1');
    await page.getByTestId('quota-max').fill('2');
    for (const code of ['DIEN_HINH_TIEN_TIEN_CA_NHAN', 'DIEN_HINH_TIEN_TIEN_TAP_THE'])
      await page.locator(`[data-testid="campaign-distinction"][value="${code}"]`).check();
    // The chosen distinctions' rules are shown.
    expect(await page.getByTestId('distinction-rules').count()).toBe(2);
    await expectAccessible(page);
    await page.getByTestId('campaign-create-submit').click();

    await page.waitForURL(/\/campaigns\/[^/?]+$/);
    schoolCampaign = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('campaign-status').waitFor();
    expect(await page.getByTestId('campaign-status').getAttribute('data-status')).toBe('DRAFT');
    expect(await page.getByTestId('campaign-criterion').count()).toBe(2);
    // Each distinction it leads to, with the rules in force for it.
    expect(await page.getByTestId('campaign-distinction-item').getByTestId('distinction-rules').count()).toBe(
      2,
    );
    await page.locator(`[data-testid="campaign-quota"][data-organization-id="${world.unit1.id}"]`).waitFor();
    await page.getByTestId('campaign-open').click();
    await page.locator('[data-testid="campaign-status"][data-status="OPEN"]').waitFor();
    await expectAccessible(page);

    // An open campaign's proposal deadline is extended (updateCampaign), shown back in local time.
    const extended = localDeadline(50);
    await page.getByTestId('campaign-extend').click();
    await page.getByTestId('extend-proposal').fill(extended.typed);
    expect(await page.getByTestId('extend-proposal-reading').textContent()).toBe(`Hạn: ${extended.typed}`);
    await expectAccessible(page);
    await page.getByTestId('extend-save').click();
    await page.getByTestId('campaign-proposal-deadline').filter({ hasText: extended.typed }).waitFor();

    const stored = await ok<{
      campaign: {
        status: string;
        registrationDeadline: string;
        proposalDeadline: string;
        history: { by: string; change: string | null }[];
        criteria: { target: string; evaluator: { id: string } | null }[];
        distinctions: { code: string }[];
        quotas: { organization: { id: string }; min: number; max: number }[];
      };
    }>(
      `query($id: ID!) { campaign(id: $id) { status registrationDeadline proposalDeadline history { by change } criteria { target evaluator { id } }
        distinctions { code } quotas { organization { id } min max } } }`,
      { id: schoolCampaign },
      await as(subjects.officer),
    );
    expect(stored.campaign.status).toBe('OPEN');
    expect(stored.campaign.registrationDeadline).toBe(registration.iso);
    expect(stored.campaign.proposalDeadline).toBe(extended.iso);
    expect(stored.campaign.history.at(-1)?.by).toBe(subjects.officer);
    expect(stored.campaign.history.at(-1)?.change).toContain('proposalDeadline');
    expect(stored.campaign.criteria).toEqual([
      { target: 'COLLECTIVE', evaluator: { id: trainingOffice.id } },
      { target: 'INDIVIDUAL', evaluator: null },
    ]);
    expect(stored.campaign.distinctions.map((d) => d.code).sort()).toEqual([
      'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      'DIEN_HINH_TIEN_TIEN_TAP_THE',
    ]);
    expect(stored.campaign.quotas).toEqual([{ organization: { id: world.unit1.id }, min: 1, max: 2 }]);
  });

  it('a faculty registers a collective and an individual, is refused past the quota, proposes, withdraws; an officer returns', async () => {
    expect(schoolCampaign).not.toBe('');
    const path = `/nominations?organization=${world.unit1.id}&campaign=${schoolCampaign}`;
    const page = await pageFor(subjects.faculty, path);
    await page.getByTestId('register-form').waitFor();

    // A collective: the faculty itself, found without diacritics.
    await page.getByTestId('register-target-COLLECTIVE').check();
    await page.getByTestId('nominee-collective-search').fill('toan');
    await page.getByTestId('nominee-collective-search-result').filter({ hasText: world.unit1.name }).click();
    await page.getByTestId('register-submit').click();
    await page.getByTestId('register-done').waitFor();
    const collectives = page.getByTestId('registration-collectives').getByTestId('nomination-row');
    await collectives.first().waitFor();

    // An individual of its staff, typed without diacritics.
    await page.getByTestId('register-target-INDIVIDUAL').check();
    await page.getByTestId('nominee-person-search').fill('nguyen thi hang');
    await page.getByTestId('nominee-person-result').filter({ hasText: 'Nguyễn Thị Hằng' }).click();
    await page.getByTestId('register-submit').click();
    const individuals = page.getByTestId('registration-individuals').getByTestId('nomination-row');
    await individuals.first().waitFor();
    expect((await individuals.first().locator('td').allTextContents()).slice(0, 4)).toEqual([
      '1',
      'Nguyễn Thị Hằng',
      'Bí thư chi bộ',
      'Tổ trưởng chuyên môn',
    ]);

    // A third registration goes past the faculty's quota of 2: the sentence shows by the button,
    // and the chosen nominee stays chosen.
    await page.getByTestId('nominee-person-search').fill('le van duc');
    await page.getByTestId('nominee-person-result').filter({ hasText: 'Lê Văn Đức' }).click();
    await page.getByTestId('register-submit').click();
    const refusal = page.getByTestId('register-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'Đơn vị đã đủ chỉ tiêu tối đa 2 hồ sơ của phong trào này; không thể đăng ký thêm.',
    );
    expect(await page.getByTestId('register-nominee').textContent()).toContain('Lê Văn Đức');
    expect(await page.getByTestId('registration-individuals').getByTestId('nomination-row').count()).toBe(1);
    await expectAccessible(page);

    // Propose the individual with a dossier: summary, evidence for the campaign's criterion, an attachment.
    const hang = individuals.first();
    const hangId = (await hang.getAttribute('data-nomination-id'))!;
    await hang.getByTestId('nomination-propose').click();
    const dossier = page.getByTestId('dossier-form');
    await dossier.waitFor();
    await dossier
      .getByTestId('dossier-summary')
      .fill('Hoàn thành xuất sắc nhiệm vụ; 2 sáng kiến cấp trường.');
    expect(await dossier.getByTestId('dossier-evidence').count()).toBe(1);
    await dossier.getByTestId('dossier-evidence').fill('Sáng kiến “Dạy học theo dự án” được công nhận.');
    await dossier.getByTestId('attachment-add').click();
    await dossier.getByTestId('attachment-name').fill('Bao-cao-thanh-tich.pdf');
    await dossier.getByTestId('attachment-url').fill('https://truong.example.vn/ho-so/bao-cao.pdf');
    await dossier.getByTestId('attachment-size').fill('20480');
    await expectAccessible(page);
    await dossier.getByTestId('dossier-submit').click();
    await page
      .getByTestId('proposal-individuals')
      .locator(`[data-testid="nomination-row"][data-nomination-id="${hangId}"]`)
      .waitFor();

    // The seed forms, through the gateway's export route with the user's token.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-proposal-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toBe('danh-sach-de-nghi.xlsx');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an XLSX is a zip

    // Withdraw the collective.
    const collective = collectives.first();
    const collectiveId = (await collective.getAttribute('data-nomination-id'))!;
    await collective.getByTestId('nomination-withdraw').click();
    await collective.getByTestId('nomination-withdraw-confirm').click();
    await page
      .getByTestId('withdrawn-list')
      .locator(`[data-testid="nomination-row"][data-nomination-id="${collectiveId}"]`)
      .waitFor();

    const read = async (id: string) => (await ok(NOMINATION, { id }, await as(subjects.officer))).nomination!;
    expect((await read(collectiveId)).stage).toBe('WITHDRAWN');
    const proposed = await read(hangId);
    expect(proposed.stage).toBe('PROPOSED');
    expect(proposed.dossier!.evidence).toHaveLength(1);
    expect(proposed.dossier!.attachments).toEqual([{ name: 'Bao-cao-thanh-tich.pdf', size: 20480 }]);

    // The officer returns the proposal with a reason; the faculty's page shows the reason.
    const officer = await pageFor(
      subjects.officer,
      `/nominations?organization=${world.school1.id}&campaign=${schoolCampaign}`,
    );
    const row = officer
      .getByTestId('proposal-individuals')
      .locator(`[data-testid="nomination-row"][data-nomination-id="${hangId}"]`);
    await row.waitFor();
    await row.getByTestId('nomination-return').click();
    await row.getByTestId('nomination-return-reason').fill('Bổ sung minh chứng sáng kiến có xác nhận');
    await expectAccessible(officer);
    await row.getByTestId('nomination-return-submit').click();
    await officer
      .getByTestId('registration-individuals')
      .locator(`[data-testid="nomination-row"][data-nomination-id="${hangId}"][data-stage="RETURNED"]`)
      .waitFor();
    const returned = await read(hangId);
    expect(returned.stage).toBe('RETURNED');
    expect(returned.history.at(-1)).toEqual(
      expect.objectContaining({ to: 'RETURNED', reason: 'Bổ sung minh chứng sáng kiến có xác nhận' }),
    );

    await page.goto(`/nominations/${hangId}`);
    await page.locator('[data-testid="nomination-history-row"][data-to="RETURNED"]').waitFor();
    expect(
      await page.locator('[data-testid="nomination-history-row"][data-to="RETURNED"]').textContent(),
    ).toContain('Bổ sung minh chứng sáng kiến có xác nhận');
    expect(await page.getByTestId('nomination-attachment').textContent()).toContain('Bao-cao-thanh-tich.pdf');
    await expectAccessible(page);
  });

  it('the home page lists the registration deadline due within 30 days', async () => {
    expect(schoolCampaign).not.toBe('');
    const page = await pageFor(subjects.faculty, '/');
    const item = page.locator(
      `[data-testid="due-item"][data-campaign-id="${schoolCampaign}"][data-stage="REGISTRATION"]`,
    );
    await item.waitFor();
    expect(await item.textContent()).toContain(localDeadline(10).typed);
    // The proposal deadline, 45 days away, is beyond the horizon.
    expect(
      await page
        .locator(`[data-testid="due-item"][data-campaign-id="${schoolCampaign}"][data-stage="PROPOSAL"]`)
        .count(),
    ).toBe(0);
    await expectAccessible(page);
  });
});
