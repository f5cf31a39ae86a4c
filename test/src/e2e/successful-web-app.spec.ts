import { graphql, launchTestGateway, ok, uniqueCode } from '@laurel/testing';
import type { Browser, Page } from 'playwright-core';
import { appOrigin, axeViolations, launchBrowser, newContext, signIn } from './browser';
import { createCampaign, transition } from './campaign-flows';
import { as, createPerson, grant, provinceWithSchools } from './flows';
import { approved, recognize, register } from './nomination-flows';
import { councilWorld, createSession } from './voting-flows';
import { gql } from '../gql';

const TOTALS = [
  'registered',
  'proposed',
  'underReview',
  'councilApproved',
  'councilRejected',
  'recognized',
  'escalated',
  'collectives',
  'individuals',
] as const;

// The totals spelled out (codegen reads no interpolation): TOTALS' fields, in its order.
const REPORT = gql(`query WebAppOrgReport($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {
  totals { registered proposed underReview councilApproved councilRejected recognized escalated collectives individuals } children { organization { id } totals { registered } } } }`);

// A browser on a shared 2-core machine: each page step may wait on other suites' load.
jest.setTimeout(120_000);

async function until<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

/** The dashboard's totals as the page shows them (the test ids' text: digits only). */
async function pageTotals(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const key of TOTALS) {
    const text = (await page.getByTestId(`report-total-${key}`).textContent()) ?? '';
    expect(text).toMatch(/^\d+$/);
    out[key] = Number(text);
  }
  return out;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('the web app in Chromium, against the running platform', () => {
  let browser: Browser;
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const provinceAdmin = `web-province-${uniqueCode('u')}`;
  const districtAdmin = `web-district-${uniqueCode('u')}`;
  const campaigns = { province: '', district: '' };
  let published = '';
  let latePerson: { id: string };

  const report = async (organizationId: string, campaignId: string) =>
    (await ok(REPORT, { o: organizationId, c: campaignId }, await as(provinceAdmin))).orgReport;

  beforeAll(async () => {
    browser = await launchBrowser();
    world = await provinceWithSchools(`Web ${uniqueCode('w')}`);
    await grant(provinceAdmin, world.province.id, 'ORG_ADMIN');
    await grant(districtAdmin, world.district.id, 'ORG_ADMIN');
    campaigns.province = (
      await createCampaign(await as(provinceAdmin), world.province.id, { title: 'Tỉnh Web' })
    ).id;
    await transition(await as(provinceAdmin), campaigns.province, 'open');
    campaigns.district = (
      await createCampaign(await as(districtAdmin), world.district.id, {
        title: 'Huyện Web',
        parentId: campaigns.province,
        quotas: [{ organizationId: world.school2.id, min: 2, max: 3 }],
      })
    ).id;
    await transition(await as(districtAdmin), campaigns.district, 'open');
    const district = await as(districtAdmin);
    const people = await Promise.all(['An', 'Bình'].map((n) => createPerson(world.unit1.id, `Lê Văn ${n}`)));
    await register(district, {
      campaignId: campaigns.district,
      submittingOrganizationId: world.school1.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      nomineePersonId: people[0]!.id,
    });
    const best = await register(district, {
      campaignId: campaigns.district,
      submittingOrganizationId: world.school1.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      nomineePersonId: people[1]!.id,
    });
    await approved(district, best.id);
    await recognize(district, best.id, '12/QĐ-UBND');
    await ok(
      `mutation($id: ID!) { publishExemplar(id: $id, published: true) { published } }`,
      { id: best.id },
      district,
    );
    published = best.id;
    latePerson = await createPerson(world.unit1.id, 'Trần Thị Mới');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in, shows the dashboard with the figures of orgReport, drills down and back', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const path = `/o/${world.province.id}?campaign=${campaigns.province}`;
    await signIn(page, provinceAdmin, path);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);

    const expected = await until(
      () => report(world.province.id, campaigns.province),
      (r) => r?.totals.registered === 2,
    );
    await page.getByTestId('report-total-registered').waitFor();
    expect(await pageTotals(page)).toEqual(expected!.totals);
    expect(await page.getByTestId('report-child-row').count()).toBe(expected!.children.length);
    // The report carries distinction codes; the chart names them from the catalogue.
    const { distinctions } = await ok<{ distinctions: { code: string; nameVi: string }[] }>(
      `query { distinctions { code nameVi } }`,
      {},
      await as(provinceAdmin),
    );
    const nameVi = distinctions.find((d) => d.code === 'DIEN_HINH_TIEN_TIEN_CA_NHAN')!.nameVi;
    await page
      .getByRole('figure', { name: 'Theo danh hiệu, hình thức khen thưởng' })
      .getByText(nameVi, { exact: true })
      .waitFor();
    const compliance = page.getByTestId('compliance-row');
    expect(await compliance.count()).toBeGreaterThan(0);
    for (const row of await compliance.all()) {
      expect(await row.getAttribute('data-on-time')).toMatch(/^(true|false)$/);
      expect(await row.getAttribute('data-within-quota')).toMatch(/^(true|false)$/);
    }
    await expectAccessible(page);

    // Drill down to the district, same campaign; then back with the browser's history.
    await page
      .locator(`[data-testid="report-child-row"][data-organization-id="${world.district.id}"]`)
      .click();
    await page.waitForURL(`**/o/${world.district.id}?campaign=${campaigns.province}`);
    const district = await report(world.district.id, campaigns.province);
    await until(
      () => pageTotals(page),
      (t) => JSON.stringify(t) === JSON.stringify(district!.totals),
    );
    expect(await pageTotals(page)).toEqual(district!.totals);
    const crumbs = page.getByRole('navigation', { name: 'Đường dẫn đơn vị' });
    await crumbs.locator('[aria-current="page"]', { hasText: world.district.name }).waitFor();
    expect(await crumbs.getByRole('link').allTextContents()).toEqual(['Trang chủ', world.province.name]);
    // Here the campaign picker lists the cascade: the province's campaign, the district's under it.
    const options = await page.getByLabel('Phong trào thi đua').locator('option').allTextContents();
    expect(options.some((o) => o.includes('Tỉnh Web'))).toBe(true);
    expect(options.some((o) => o.includes('└ Huyện Web'))).toBe(true);
    await page
      .locator(`[data-testid="report-child-row"][data-organization-id="${world.school1.id}"]`)
      .waitFor();
    await page.goBack();
    await page.waitForURL(`**/o/${world.province.id}?campaign=${campaigns.province}`);
    await page
      .locator(`[data-testid="report-child-row"][data-organization-id="${world.district.id}"]`)
      .waitFor();
    await context.close();
  }, 60_000);

  it('follows the data live: a nomination registered elsewhere shows without a reload', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, provinceAdmin, `/o/${world.province.id}?campaign=${campaigns.province}`);
    const before = Number(await page.getByTestId('report-total-registered').textContent());
    const person = latePerson;
    await register(await as(districtAdmin), {
      campaignId: campaigns.district,
      submittingOrganizationId: world.school1.id,
      distinctionCode: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      nomineePersonId: person.id,
    });
    const started = Date.now();
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="report-total-registered"]')?.textContent) === n,
      before + 1,
      { timeout: 10_000 },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    await context.close();
  });

  it('home: the organizations of me.grants and a directory search that ignores diacritics', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, provinceAdmin, '/');
    await page.getByRole('link', { name: world.province.name }).waitFor();
    // The whole name, typed without diacritics: the shared test database holds a "Trường THCS
    // Nguyễn Du (…)" for every suite that made one, more than a page of results for the bare words.
    const typed = world.school1.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
    expect(typed).toMatch(/^truong thcs nguyen du \(/);
    await page.getByTestId('directory-search').fill(typed);
    await page.getByRole('link', { name: world.school1.name }).waitFor();
    await expectAccessible(page);
    // Vietnamese by default; English when chosen, kept across pages.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Đơn vị của tôi');
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My organizations');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('link', { name: world.province.name }).click();
    await page
      .getByText('Organization path')
      .or(page.getByRole('navigation', { name: 'Organization path' }))
      .first()
      .waitFor();
    await page.getByLabel('Language').selectOption('vi');
    await context.close();
  });

  it('an expired session goes back to sign-in, then to the page it was on', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const path = `/o/${world.district.id}?campaign=${campaigns.district}`;
    await signIn(page, districtAdmin, path);
    await page.getByTestId('report-total-registered').waitFor();
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('laurel.session')!);
      sessionStorage.setItem('laurel.session', JSON.stringify({ ...session, expiresAt: Date.now() - 1 }));
    });
    // The next live refresh finds the session gone.
    await page.waitForURL(/\/sign-in\?/, { timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('next')).toBe(path);
    await expectAccessible(page);
    await page.getByTestId('sign-in-subject').fill(districtAdmin);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(`**${path}`);
    await page.getByTestId('report-total-registered').waitFor();
    await context.close();
  });

  it('a member votes in one context while the chair watches the progress in another', async () => {
    const council = await councilWorld(`Web ${uniqueCode('v')}`, 3, 2);
    const sessionId = await createSession(council.admin, council.councilId, council.nominations, {
      threshold: [1, 2],
      base: 'BALLOTS_CAST',
      quorum: [1, 2],
    });
    const chairContext = await newContext(browser);
    const chair = await chairContext.newPage();
    // The council's CHAIR, a person without any role grant, runs the session (issue 15).
    await signIn(chair, council.accounts[0]!, `/sessions/${sessionId}`);
    await chair.getByTestId('session-open').click();
    await chair.waitForFunction(() =>
      document.querySelector('[data-testid="session-close"]:not([disabled])'),
    );
    await chair.getByTestId('progress-eligible-voters').waitFor();
    expect(await chair.getByTestId('progress-eligible-voters').textContent()).toBe('3');
    expect(await chair.getByTestId('progress-ballots-cast').textContent()).toBe('0');
    await expectAccessible(chair);

    const memberContext = await newContext(browser);
    const member = await memberContext.newPage();
    await signIn(member, council.accounts[1]!, `/sessions/${sessionId}`);
    const groups = member.getByTestId('ballot-choice');
    await groups.first().waitFor();
    expect(await groups.count()).toBe(2);
    // Each nomination of the slate with its nominee and its dossier's summary (the member holds no
    // role: nominations lets him or her read the slate he or she votes on).
    for (const [i, group] of (await groups.all()).entries()) {
      expect(await group.getAttribute('data-nomination-id')).toBe(council.nominations[i]);
      await group
        .locator('legend')
        .getByText(`Ứng viên ${i + 1}`)
        .waitFor();
      await group.locator('summary').click();
      await group.getByText('Hoàn thành xuất sắc nhiệm vụ').waitFor({ state: 'visible' });
    }
    expect(await member.getByTestId('ballot-submit').isDisabled()).toBe(true);
    await groups.nth(0).locator('input[value="APPROVE"]').check();
    expect(await member.getByTestId('ballot-submit').isDisabled()).toBe(true);
    await groups.nth(1).locator('input[value="REJECT"]').check();
    await expectAccessible(member);
    await member.getByTestId('ballot-submit').click();
    const receipt = member.getByTestId('ballot-receipt');
    await receipt.waitFor();
    expect(await receipt.textContent()).toMatch(/\S{6,}/);
    // Nothing keeps the choices: no form on the page, nothing in storage.
    expect(await member.getByTestId('ballot-choice').count()).toBe(0);
    const stored = await member.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toMatch(/APPROVE|REJECT|ABSTAIN/);
    await expectAccessible(member);

    // The receipt's link checks that the ballot was counted.
    const code = (await receipt.textContent())!;
    await member.getByTestId('ballot-verify-link').click();
    await member.waitForURL(/receipt=/);
    await member.getByRole('button', { name: 'Kiểm tra' }).click();
    await member.locator('[data-testid="ballot-verified"][data-verified="true"]').waitFor();
    expect(new URL(member.url()).searchParams.get('receipt')).toBe(code);

    await chair.waitForFunction(
      () => document.querySelector('[data-testid="progress-ballots-cast"]')?.textContent === '1',
      undefined,
      { timeout: 10_000 },
    );

    // A second ballot from the same member is refused in words.
    const again = member;
    await again.reload();
    const groups2 = again.getByTestId('ballot-choice');
    await groups2.first().waitFor();
    for (const group of await groups2.all()) await group.locator('input[value="ABSTAIN"]').check();
    await again.getByTestId('ballot-submit').click();
    await again.getByRole('alert').waitFor();
    expect(await again.getByRole('alert').textContent()).toContain('đã bỏ phiếu');

    await chair.getByTestId('session-close').click();
    await chair.getByTestId('result-row').first().waitFor();
    await chairContext.close();
    await memberContext.close();
  }, 60_000);

  it('the public showcase, without sign-in', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/exemplars/${world.province.id}`);
    const card = page.locator(`[data-testid="exemplar-card"][data-nomination-id="${published}"]`);
    await card.waitFor();
    expect(page.url()).toBe(`${appOrigin()}/exemplars/${world.province.id}`);
    await expectAccessible(page);
    await page.goto(`/exemplars/${world.province.id}?mode=screen`);
    await page.getByRole('heading', { level: 2 }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('serves the app at every route, hashed assets for a year, and leaves the gateway routes alone', async () => {
    const html = await fetch(`${appOrigin()}/o/anything?campaign=x`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await html.text())![1]!;
    const asset = await fetch(`${appOrigin()}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${appOrigin()}/healthz`)).status).toBe(200);
    expect((await fetch(`${appOrigin()}/exports/report.csv`)).status).toBe(401);
    const me = await graphql(
      `
        {
          me {
            subject
          }
        }
      `,
      {},
      await as(provinceAdmin),
    );
    expect(me.status).toBe(200);
    expect((await fetch(`${appOrigin()}/assets/missing.js`)).status).toBe(404);
  });

  it('has no development sign-in under NODE_ENV=production: the endpoint and the page answer 404', async () => {
    const production = await launchTestGateway({ NODE_ENV: 'production' });
    try {
      const origin = new URL(production.url).origin;
      const token = await fetch(`${origin}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subject: 'platform-admin' }),
      });
      expect(token.status).toBe(404);
      expect((await fetch(`${origin}/sign-in`)).status).toBe(404);
      expect(await (await fetch(`${origin}/auth/config`)).json()).toEqual({ signIn: 'unavailable' });
      // The app itself is served.
      expect((await fetch(`${origin}/o/anything`)).status).toBe(200);
      // And in development the same endpoint issues a token the platform accepts.
      const dev = await fetch(`${appOrigin()}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ subject: provinceAdmin }),
      });
      const { token: devToken } = (await dev.json()) as { token: string };
      const me = await ok<{ me: { subject: string } }>(`{ me { subject } }`, {}, { token: devToken });
      expect(me.me.subject).toBe(provinceAdmin);
    } finally {
      await production.stop();
    }
  }, 60_000);
});
