import { ok, uniqueCode } from '@laurel/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newContext, signIn } from './browser';
import { Y } from './campaign-flows';
import { as, createOrg, grant } from './flows';

// Seed 004 in one browser, each step by the officer the documents name; a shared 2-core
// machine may make any step wait.
jest.setTimeout(240_000);

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

const TEACHERS = [
  { name: 'Nguyễn Thị Thu Trang', search: 'nguyen thi thu trang' },
  { name: 'Đỗ Văn Hùng', search: 'do van hung' },
  { name: 'Phạm Thị Ngọc Ánh', search: 'pham thi ngoc anh' },
] as const;

const PRIMARY_TEACHERS = [
  { name: 'Hoàng Thị Mai Lan', search: 'hoang thi mai lan' },
  { name: 'Bùi Đức Thắng', search: 'bui duc thang' },
] as const;

/** A quota for an organization found by a search, or for one of the launcher's emulation groups. */
interface Quota {
  search?: string;
  name: string;
  min: string;
  max: string;
}

/**
 * Seed 004 (Văn Giang): the province's campaign cascades to the district's education office,
 * which launches its own under it with a quota for each school and the dates of its documents
 * (lists due 10 January and 5 February), and a school launches its own under the district's;
 * a school's registration past its quota is refused with the sentence shown; the district sees
 * who is under or within quota on its dashboard. Set-up through the API only for what no screen
 * of these officers does: the organization tree and the first role grants.
 */
describe('seed 004 in the web app: the province’s campaign cascades to the district and its schools', () => {
  let browser: Browser;
  const label = uniqueCode('s4');
  const subjects = {
    province: `s4-province-${label}`,
    district: `s4-phong-gd-${label}`,
    school: `s4-thcs-${label}`,
    primary: `s4-tieu-hoc-${label}`,
  };
  const cluster = `Cụm thi đua số 1 (${label})`;
  const orgs: Record<
    'province' | 'district' | 'secondary' | 'primary' | 'kindergarten',
    { id: string; name: string }
  > = {
    province: { id: '', name: '' },
    district: { id: '', name: '' },
    secondary: { id: '', name: '' },
    primary: { id: '', name: '' },
    kindergarten: { id: '', name: '' },
  };
  const campaigns = { province: '', district: '', school: '' };
  const contexts: BrowserContext[] = [];
  const pageFor = async (subject: string, path: string): Promise<Page> => {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, subject, path);
    return page;
  };

  /** Fills the campaign form (a calendar year, local deadlines, quotas), creates it and opens it. */
  async function launch(
    page: Page,
    campaign: { title: string; deadlines: [string, string, string]; quotas: Quota[] },
  ): Promise<string> {
    await page.getByTestId('campaign-title').fill(campaign.title);
    await page.getByTestId('campaign-year').fill(String(Y));
    await page.getByLabel('Tính theo').selectOption('CALENDAR_YEAR');
    const [registration, proposal, escalation] = campaign.deadlines;
    await page.getByTestId('campaign-registration').fill(registration);
    await page.getByTestId('campaign-proposal').fill(proposal);
    await page.getByTestId('campaign-escalation').fill(escalation);
    expect(await page.getByTestId('campaign-registration-reading').textContent()).toBe(
      `Hạn: ${registration}/${Y}`,
    );
    for (const [i, quota] of campaign.quotas.entries()) {
      await page.getByTestId('quota-add').click();
      const row = page.getByTestId('quota-row').nth(i);
      if (quota.search) {
        await row.getByTestId('quota-organization').fill(quota.search);
        await row.getByTestId('quota-organization-result').filter({ hasText: quota.name }).click();
      } else await row.getByLabel('hoặc khối, cụm thi đua').selectOption({ label: quota.name });
      await row.getByTestId('quota-min').fill(quota.min);
      await row.getByTestId('quota-max').fill(quota.max);
    }
    for (const code of ['DIEN_HINH_TIEN_TIEN_TAP_THE', 'DIEN_HINH_TIEN_TIEN_CA_NHAN'])
      await page.locator(`[data-testid="campaign-distinction"][value="${code}"]`).check();
    await expectAccessible(page);
    await page.getByTestId('campaign-create-submit').click();
    await page.waitForURL(/\/campaigns\/[^/?]+$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('campaign-status').waitFor();
    expect(await page.getByTestId('campaign-registration-deadline').textContent()).toBe(
      `${registration}/${Y}`,
    );
    // The quotas, shown on the campaign's page.
    for (const quota of campaign.quotas) {
      const row = page.getByTestId('campaign-quota').filter({ hasText: quota.name });
      await row.waitFor();
      expect((await row.locator('td').allTextContents()).map((s) => s.trim())).toEqual([
        quota.name,
        quota.min,
        quota.max,
      ]);
    }
    await page.getByTestId('campaign-open').click();
    await page.locator('[data-testid="campaign-status"][data-status="OPEN"]').waitFor();
    await expectAccessible(page);
    return id;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const province = await createOrg('PROVINCE', `Tỉnh Hưng Yên (${label})`, null);
    const district = await createOrg('DISTRICT', `Phòng GD&ĐT huyện Văn Giang (${label})`, province.id);
    const [secondary, primary, kindergarten] = [
      await createOrg('INSTITUTION', `Trường THCS Xuân Quan (${label})`, district.id),
      await createOrg('INSTITUTION', `Trường Tiểu học Phụng Công (${label})`, district.id),
      await createOrg('INSTITUTION', `Trường Mầm non Long Hưng (${label})`, district.id),
    ];
    Object.assign(orgs, { province, district, secondary, primary, kindergarten });
    await Promise.all([
      grant(subjects.province, province.id, 'ORG_ADMIN'),
      grant(subjects.district, district.id, 'ORG_ADMIN'),
      grant(subjects.school, secondary.id, 'ORG_ADMIN'),
      grant(subjects.primary, primary.id, 'ORG_ADMIN'),
    ]);
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('the province launches its campaign with a quota for the district', async () => {
    const page = await pageFor(subjects.province, `/campaigns?organization=${orgs.province.id}`);
    await page.getByTestId('campaign-new').waitFor();
    await expectAccessible(page);
    await page.getByTestId('campaign-new').click();
    await page.getByTestId('campaign-title').waitFor();
    campaigns.province = await launch(page, {
      title: `Xây dựng, bồi dưỡng điển hình tiên tiến giai đoạn 2021–2025 (${label})`,
      // The province honours its exemplars on 11 June.
      deadlines: ['17:00, 30/05', '17:00, 05/06', '17:00, 11/06'],
      quotas: [{ search: 'van giang', name: orgs.district.name, min: '1', max: '3' }],
    });
  });

  it('the district groups two schools in a cluster and launches its own campaign under the province’s, with a quota for each school and the cluster', async () => {
    expect(campaigns.province).not.toBe('');
    // The district's emulation cluster (cụm thi đua) of the secondary and the primary school.
    const page = await pageFor(subjects.district, `/groups/${orgs.district.id}`);
    await page.getByTestId('group-name').waitFor();
    await page.getByTestId('group-name').fill(cluster);
    for (const [search, org] of [
      ['thcs xuan quan', orgs.secondary],
      ['tieu hoc phung cong', orgs.primary],
    ] as const) {
      await page.getByTestId('group-create-search').fill(search);
      await page.getByTestId('group-create-search-result').filter({ hasText: org.name }).click();
      await page.getByTestId('group-create-members').getByText(org.name).waitFor();
    }
    await page.getByTestId('group-create-submit').click();
    await page.getByTestId('group-row').filter({ hasText: cluster }).waitFor();
    await expectAccessible(page);

    await page.goto(`/campaigns?organization=${orgs.district.id}`);
    const row = page.locator(`[data-testid="campaign-row"][data-campaign-id="${campaigns.province}"]`);
    await row.waitFor();
    await expectAccessible(page);
    await row.getByTestId('campaign-new-child').click();
    await page.getByTestId('campaign-parent').waitFor();
    expect(await page.getByTestId('campaign-parent').textContent()).toContain(
      'Xây dựng, bồi dưỡng điển hình',
    );
    campaigns.district = await launch(page, {
      title: `Bồi dưỡng và nhân rộng gương điển hình tiên tiến huyện Văn Giang (${label})`,
      // The district's lists: due 10 January and 5 February.
      deadlines: ['17:00, 10/01', '17:00, 05/02', '17:00, 30/05'],
      // Each school one or two; the cluster, as seed 004 asks, one to three.
      quotas: [
        { search: 'thcs xuan quan', name: orgs.secondary.name, min: '1', max: '2' },
        { search: 'tieu hoc phung cong', name: orgs.primary.name, min: '1', max: '2' },
        { search: 'mam non long hung', name: orgs.kindergarten.name, min: '1', max: '2' },
        { name: cluster, min: '1', max: '3' },
      ],
    });
  });

  it('a school launches its own under the district’s; its list shows the cascade', async () => {
    expect(campaigns.district).not.toBe('');
    const page = await pageFor(subjects.school, `/campaigns?organization=${orgs.secondary.id}`);
    const row = page.locator(`[data-testid="campaign-row"][data-campaign-id="${campaigns.district}"]`);
    await row.waitFor();
    await row.getByTestId('campaign-new-child').click();
    await page.getByTestId('campaign-parent').waitFor();
    campaigns.school = await launch(page, {
      title: `Thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập” (${label})`,
      deadlines: ['17:00, 03/01', '17:00, 07/01', '17:00, 09/01'],
      quotas: [],
    });

    // The school's list: the province's, the district's under it, the school's under that.
    await page.goto(`/campaigns?organization=${orgs.secondary.id}`);
    await page.locator(`[data-testid="campaign-row"][data-campaign-id="${campaigns.school}"]`).waitFor();
    const ids = await page
      .getByTestId('campaign-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-campaign-id')));
    expect(ids).toEqual([campaigns.province, campaigns.district, campaigns.school]);
    const titles = await page.getByTestId('campaign-row').locator('td:first-child').allTextContents();
    expect(titles[0]!.startsWith('└')).toBe(false);
    expect(titles[1]!.startsWith('└')).toBe(true);
    expect(titles[2]!.startsWith('└')).toBe(true);
    await expectAccessible(page);

    const stored = await ok<{ campaign: { parent: { id: string; parent: { id: string } | null } | null } }>(
      `query($id: ID!) { campaign(id: $id) { parent { id parent { id } } } }`,
      { id: campaigns.school },
      await as(subjects.school),
    );
    expect(stored.campaign.parent).toEqual({ id: campaigns.district, parent: { id: campaigns.province } });
  });

  it('the school registers within its quota, is refused past it, and proposes its two', async () => {
    expect(campaigns.district).not.toBe('');
    // Its teachers, added on its people page.
    const page = await pageFor(subjects.school, `/people/${orgs.secondary.id}`);
    await page.getByTestId('people-table').waitFor();
    for (const teacher of TEACHERS) {
      await page.getByTestId('person-fullName').last().fill(teacher.name);
      await page.getByTestId('person-governmentPosition').last().fill('Giáo viên');
      await page.getByTestId('person-submit').last().click();
      await page.getByTestId('person-row').filter({ hasText: teacher.name }).waitFor();
    }
    await expectAccessible(page);

    await page.goto(`/nominations?organization=${orgs.secondary.id}&campaign=${campaigns.district}`);
    await page.getByTestId('register-form').waitFor();
    await expectAccessible(page);
    const individuals = page.getByTestId('registration-individuals').getByTestId('nomination-row');
    for (const [i, teacher] of TEACHERS.slice(0, 2).entries()) {
      await page.getByTestId('register-target-INDIVIDUAL').check();
      await page.getByTestId('nominee-person-search').fill(teacher.search);
      await page.getByTestId('nominee-person-result').filter({ hasText: teacher.name }).click();
      await page.getByTestId('register-submit').click();
      await individuals.nth(i).waitFor();
    }

    // The third goes past the district's quota of 2 for this school: refused in words, beside
    // the button; the chosen teacher stays chosen.
    await page.getByTestId('nominee-person-search').fill(TEACHERS[2].search);
    await page.getByTestId('nominee-person-result').filter({ hasText: TEACHERS[2].name }).click();
    await page.getByTestId('register-submit').click();
    const refusal = page.getByTestId('register-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'Đơn vị đã đủ chỉ tiêu tối đa 2 hồ sơ của phong trào này; không thể đăng ký thêm.',
    );
    expect(await refusal.getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('register-nominee').textContent()).toContain(TEACHERS[2].name);
    expect(await individuals.count()).toBe(2);
    await expectAccessible(page);

    // Both proposed with a dossier.
    for (const row of await individuals.all()) {
      const id = (await row.getAttribute('data-nomination-id'))!;
      await row.getByTestId('nomination-propose').click();
      const dossier = page.getByTestId('dossier-form');
      await dossier.waitFor();
      await dossier
        .getByTestId('dossier-summary')
        .fill('Giáo viên dạy giỏi cấp huyện; sáng kiến được công nhận');
      await dossier.getByTestId('dossier-submit').click();
      await page
        .getByTestId('proposal-individuals')
        .locator(`[data-testid="nomination-row"][data-nomination-id="${id}"][data-stage="PROPOSED"]`)
        .waitFor();
    }
    await expectAccessible(page);
  });

  it('the primary school registers one; its second is refused by the cluster’s quota of 3', async () => {
    expect(campaigns.district).not.toBe('');
    const page = await pageFor(subjects.primary, `/people/${orgs.primary.id}`);
    await page.getByTestId('people-table').waitFor();
    await expectAccessible(page);
    for (const teacher of PRIMARY_TEACHERS) {
      await page.getByTestId('person-fullName').last().fill(teacher.name);
      await page.getByTestId('person-governmentPosition').last().fill('Giáo viên');
      await page.getByTestId('person-submit').last().click();
      await page.getByTestId('person-row').filter({ hasText: teacher.name }).waitFor();
    }
    await page.goto(`/nominations?organization=${orgs.primary.id}&campaign=${campaigns.district}`);
    await page.getByTestId('register-form').waitFor();
    const individuals = page.getByTestId('registration-individuals').getByTestId('nomination-row');
    await page.getByTestId('nominee-person-search').fill(PRIMARY_TEACHERS[0].search);
    await page.getByTestId('nominee-person-result').filter({ hasText: PRIMARY_TEACHERS[0].name }).click();
    await page.getByTestId('register-submit').click();
    await individuals.first().waitFor();

    // Within its own quota (1 of 2), but the cluster already counts 3 (2 from the secondary school).
    await page.getByTestId('nominee-person-search').fill(PRIMARY_TEACHERS[1].search);
    await page.getByTestId('nominee-person-result').filter({ hasText: PRIMARY_TEACHERS[1].name }).click();
    await page.getByTestId('register-submit').click();
    const refusal = page.getByTestId('register-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'Đơn vị đã đủ chỉ tiêu tối đa 3 hồ sơ của phong trào này; không thể đăng ký thêm.',
    );
    expect(await page.getByTestId('register-nominee').textContent()).toContain(PRIMARY_TEACHERS[1].name);
    expect(await individuals.count()).toBe(1);
    await expectAccessible(page);

    const first = individuals.first();
    const id = (await first.getAttribute('data-nomination-id'))!;
    await first.getByTestId('nomination-propose').click();
    await page.getByTestId('dossier-summary').fill('Giáo viên chủ nhiệm giỏi cấp huyện');
    await page.getByTestId('dossier-submit').click();
    await page
      .getByTestId('proposal-individuals')
      .locator(`[data-testid="nomination-row"][data-nomination-id="${id}"][data-stage="PROPOSED"]`)
      .waitFor();
  });

  it('the district sees on its dashboard which schools are within their quotas and which is under', async () => {
    expect(campaigns.district).not.toBe('');
    const page = await pageFor(subjects.district, `/o/${orgs.district.id}?campaign=${campaigns.district}`);
    const row = (org: { id: string }) =>
      page.locator(`[data-testid="compliance-row"][data-organization-id="${org.id}"]`);
    // The figures arrive through the reports' projection: the page refreshes them on its own.
    await page.waitForFunction(
      (id) =>
        document
          .querySelector(`[data-testid="compliance-row"][data-organization-id="${id}"]`)
          ?.getAttribute('data-within-quota') === 'true',
      orgs.secondary.id,
      { timeout: 60_000 },
    );
    const cells = async (org: { id: string }) =>
      (await row(org).locator('th, td').allTextContents()).map((s) => s.trim());
    expect(await cells(orgs.secondary)).toEqual([orgs.secondary.name, '2', '2', '1–2', 'Có', 'Có']);
    await page.waitForFunction(
      (id) =>
        document
          .querySelector(`[data-testid="compliance-row"][data-organization-id="${id}"]`)
          ?.getAttribute('data-within-quota') === 'true',
      orgs.primary.id,
      { timeout: 60_000 },
    );
    expect(await cells(orgs.primary)).toEqual([orgs.primary.name, '1', '1', '1–2', 'Có', 'Có']);
    // The kindergarten has sent nothing: under its quota, marked.
    expect(await row(orgs.kindergarten).getAttribute('data-within-quota')).toBe('false');
    expect(await cells(orgs.kindergarten)).toEqual([
      orgs.kindergarten.name,
      '0',
      '0',
      '1–2',
      'Có',
      'Dưới chỉ tiêu',
    ]);
    await expectAccessible(page);

    // The district's campaign page shows the same standing beside its quotas.
    await page.goto(`/campaigns/${campaigns.district}`);
    const quota = page.locator(
      `[data-testid="campaign-compliance-row"][data-organization-id="${orgs.kindergarten.id}"]`,
    );
    await quota.waitFor();
    expect(await quota.textContent()).toContain('Dưới chỉ tiêu');
    await expectAccessible(page);
  });
});
