import { uniqueCode } from '@laurel/testing';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newContext, signIn } from './browser';
import { createCampaign, transition, Y } from './campaign-flows';
import { as, createPerson, grant, provinceWithSchools } from './flows';
import { approved, register } from './nomination-flows';

// A browser on a shared 2-core machine: each page step may wait on other suites' load.
jest.setTimeout(180_000);

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** A figure as the page shows it (the test id's text: digits only, a minus sign when negative). */
async function figure(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).first().textContent()) ?? '';
  expect(text).toMatch(/^-?\d+$/);
  return Number(text);
}

async function untilFigure(page: Page, testId: string, expected: number): Promise<void> {
  await page.waitForFunction(
    ([id, value]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === value,
    [testId, String(expected)] as const,
    { timeout: 20_000 },
  );
}

const vietnamYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()).slice(0, 4));

/**
 * SPEC 8 in the browser: a principal allocates money to the fund, is refused a decision for a
 * faculty's head alone (the leader rule, in words), issues one for the faculty and its head with
 * the rewards and the total shown before signing, downloads the decision as PDF, sees the fund
 * pay the total, revokes one recognition after seeing what it does, and sees the recovery.
 */
describe('decisions, the emulation fund and revocation in the web app', () => {
  let browser: Browser;
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const principal = `web-principal-${uniqueCode('u')}`;
  const ids = { head: '', faculty: '' };
  const headName = 'Nguyễn Thị Tổ Trưởng';

  beforeAll(async () => {
    browser = await launchBrowser();
    world = await provinceWithSchools(`Web QĐ ${uniqueCode('w')}`);
    await grant(principal, world.school1.id, 'ORG_ADMIN');
    const a = await as(principal);
    const head = await createPerson(world.school1.id, headName, { leadsId: world.unit1.id });
    const campaign = await createCampaign(a, world.school1.id, {
      title: 'Giấy khen năm học',
      year: Y - 1,
      distinctionCodes: ['GIAY_KHEN'],
    });
    await transition(a, campaign.id, 'open');
    for (const [name, nominee] of [
      ['head', { nomineePersonId: head.id }],
      ['faculty', { nomineeOrganizationId: world.unit1.id }],
    ] as const) {
      const n = await register(a, {
        campaignId: campaign.id,
        distinctionCode: 'GIAY_KHEN',
        submittingOrganizationId: world.school1.id,
        ...nominee,
      });
      await approved(a, n.id);
      ids[name] = n.id;
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('allocates, is refused the head alone, issues for the faculty and its head, downloads, revokes', async () => {
    const year = vietnamYear();
    const context = await newContext(browser);
    const page = await context.newPage();

    // The fund: an allocation of 5.000.000 đồng.
    await signIn(page, principal, `/fund/${world.school1.id}?year=${year}`);
    await page.getByRole('heading', { level: 1, name: 'Quỹ thi đua, khen thưởng' }).waitFor();
    await page.getByTestId('fund-balance').waitFor();
    expect(await figure(page, 'fund-balance')).toBe(0);
    await expectAccessible(page);
    // A wrong amount is explained next to the field, and what was typed stays.
    await page.getByTestId('fund-entry-amount').fill('năm triệu');
    await page.getByTestId('fund-entry-submit').click();
    await page.getByText('Số tiền phải là số nguyên đồng').waitFor();
    expect(await page.getByTestId('fund-entry-amount').inputValue()).toBe('năm triệu');
    await page.getByTestId('fund-entry-amount').fill('5.000.000');
    await page.getByTestId('fund-entry-note').fill('Trích quỹ thi đua năm học');
    await page.getByTestId('fund-entry-submit').click();
    await untilFigure(page, 'fund-balance', 5_000_000);
    expect(await figure(page, 'fund-allocated')).toBe(5_000_000);
    await page.locator('[data-testid="fund-entry"][data-kind="ALLOCATION"]').waitFor();

    // The decision screen, from the main navigation.
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Quyết định khen thưởng' })
      .click();
    await page.waitForURL('**/decisions');
    const mine = page.locator(
      `[data-testid="decisions-organization"][data-organization-id="${world.school1.id}"]`,
    );
    await mine.waitFor();
    await expectAccessible(page);
    await mine.getByRole('link', { name: 'Lập quyết định' }).click();
    await page.waitForURL(`**/decisions/new/${world.school1.id}`);
    await page.locator(`[data-testid="decision-candidate"][data-nomination-id="${ids.head}"]`).waitFor();
    await page.locator(`[data-testid="decision-candidate"][data-nomination-id="${ids.faculty}"]`).waitFor();
    await expectAccessible(page);

    await page.getByTestId('decision-number').fill('21/QĐ-THCS');
    await page.getByTestId('decision-signer').fill('Hiệu trưởng Phạm Văn Đức');
    // The head alone: refused, the leader rule explained, nothing typed lost.
    await page.getByLabel(`Chọn ${headName}`).check();
    await page.getByTestId('decision-preview-reward').waitFor();
    await page.getByTestId('decision-submit').click();
    const refusal = page.locator(`[data-testid="decision-refusal"][data-nomination-id="${ids.head}"]`);
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      `${headName}: Người đứng đầu chỉ được khen thưởng khi tập thể do người đó lãnh đạo cũng được khen thưởng trong cùng phong trào. Hãy chọn cả tập thể vào cùng quyết định này.`,
    );
    expect(await page.getByTestId('decision-refusals').getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('decision-number').inputValue()).toBe('21/QĐ-THCS');
    await expectAccessible(page);

    // The faculty and its head together: each reward and the total before signing. Today's base
    // salary is 2,530,000 (from 1 July 2026, reported): Giấy khen 0.3 × → 760,000; a collective
    // 0.6 × → 1,520,000.
    await page.getByLabel('Chọn Tổ Toán – Tin').check();
    await page.locator('[data-testid="decision-preview-row"]').nth(1).waitFor();
    await untilFigure(page, 'decision-preview-total', 2_280_000);
    const rows = page.getByTestId('decision-preview-row');
    expect(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-nomination-id')))).toEqual([
      ids.head,
      ids.faculty,
    ]);
    expect(await page.getByTestId('decision-preview-reward').allTextContents()).toEqual([
      '760000',
      '1520000',
    ]);
    await page.getByTestId('decision-submit').click();
    await page.waitForURL(/\/decisions\/d\/[0-9a-f-]+\?issued=1$/);
    await page.getByTestId('decision-issued').waitFor();
    const decisionUrl = page.url();
    expect(await figure(page, 'decision-total')).toBe(2_280_000);
    expect(await page.getByTestId('decision-line-reward').allTextContents()).toEqual(['760000', '1520000']);
    await expectAccessible(page);

    // The decision as PDF.
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('decision-download-pdf').click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('21-QĐ-THCS.pdf');
    const bytes = readFileSync((await pdf.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1_000);

    // The fund paid the total.
    await page.getByRole('link', { name: 'Xem sổ quỹ thi đua' }).click();
    await page.waitForURL(`**/fund/${world.school1.id}?year=${year}`);
    await untilFigure(page, 'fund-balance', 5_000_000 - 2_280_000);
    expect(await figure(page, 'fund-paid')).toBe(2_280_000);
    await page.locator('[data-testid="fund-entry"][data-kind="PAYMENT"]').waitFor();
    await expectAccessible(page);

    // Revoke the head's recognition: its consequences first.
    await page.goto(decisionUrl);
    await page
      .locator(`[data-testid="decision-line"][data-nomination-id="${ids.head}"]`)
      .getByTestId('decision-line-revoke')
      .click();
    await page.waitForURL(`**/decisions/revoke/${ids.head}`);
    await page.getByTestId('revoke-consequences').waitFor();
    expect(await figure(page, 'revoke-reward-to-recover')).toBe(760_000);
    await page.getByTestId('revoke-none-affected').waitFor();
    await expectAccessible(page);
    await page.getByTestId('revoke-number').fill('50/QĐ-THCS');
    await page.getByTestId('revoke-review').click();
    await page.getByText('Vui lòng chọn một căn cứ thu hồi theo khoản 2 Điều 93.').waitFor();
    await page.getByTestId('revoke-ground').selectOption('FALSE_DECLARATION');
    await page.getByTestId('revoke-details').fill('Kê khai thành tích không đúng thực tế');
    await page.getByTestId('revoke-review').click();
    const confirmation = page.getByTestId('revoke-confirmation');
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain(
      `Thu hồi khen thưởng của ${headName}: thu hồi 760.000 đồng về quỹ, 0 khen thưởng sau cần xem xét lại.`,
    );
    await expectAccessible(page);
    await page.getByTestId('revoke-confirm').click();
    await page.getByTestId('revoke-done').waitFor();
    await page.getByTestId('revoke-record').waitFor();
    expect(await page.getByTestId('revoke-record').textContent()).toContain(
      'Lý do: Khai man, gian dối thành tích: Kê khai thành tích không đúng thực tế',
    );
    await expectAccessible(page);

    // The recovery in the ledger.
    await page.getByTestId('revoke-done').getByRole('link', { name: 'Xem sổ quỹ thi đua' }).click();
    await page.waitForURL(`**/fund/${world.school1.id}?year=${year}`);
    await untilFigure(page, 'fund-recovered', 760_000);
    expect(await figure(page, 'fund-balance')).toBe(5_000_000 - 2_280_000 + 760_000);
    const recovery = page.locator('[data-testid="fund-entry"][data-kind="RECOVERY"]');
    await recovery.waitFor();
    expect(await recovery.getByTestId('fund-entry-amount-value').textContent()).toBe('760000');
    await expectAccessible(page);

    // In English too, the same figures.
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Emulation and commendation fund' }).waitFor();
    await page.getByText('Recovered', { exact: true }).waitFor();
    expect(await figure(page, 'fund-recovered')).toBe(760_000);
    await expectAccessible(page);
    await page.getByLabel('Language').selectOption('vi');

    // The decision's page marks the line revoked.
    await page.goto(decisionUrl);
    await page
      .locator(`[data-testid="decision-line"][data-nomination-id="${ids.head}"][data-stage="REVOKED"]`)
      .waitFor();
    await context.close();
  });
});
