import { ok, PLATFORM_ADMIN, uniqueCode } from '@laurel/testing';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newContext, signIn } from './browser';
import { admin, as, createOrg, grant, provinceWithSchools } from './flows';

// A browser on a shared 2-core machine: each page step may wait on other suites' load.
jest.setTimeout(120_000);

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

interface PersonRecord {
  id: string;
  fullName: string;
  partyPosition: string | null;
  governmentPosition: string | null;
  active: boolean;
  leftAt: string | null;
}

/** The administrative screens in Chromium: one organization administrator, one world. */
describe('the web app’s administrative screens', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  const orgAdmin = `web-admin-${uniqueCode('u')}`;
  const childCode = uniqueCode('TO-HOA');
  let childId = '';

  const people = async (search?: string) =>
    (
      await ok<{ organization: { people: { totalCount: number; edges: { node: PersonRecord }[] } } }>(
        `query($id: ID!, $s: String) { organization(id: $id) { people(first: 100, search: $s) { totalCount
           edges { node { id fullName partyPosition governmentPosition active leftAt } } } } }`,
        { id: world.school1.id, s: search ?? null },
        await admin(),
      )
    ).organization.people;

  beforeAll(async () => {
    browser = await launchBrowser();
    world = await provinceWithSchools(`Quản trị ${uniqueCode('w')}`);
    await grant(orgAdmin, world.school1.id, 'ORG_ADMIN');
    context = await newContext(browser);
    page = await context.newPage();
    await signIn(page, orgAdmin, '/organizations');
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('browses the tree, opening children only when asked, and creates a child organization', async () => {
    const node = page.locator(`[data-testid="org-node"][data-organization-id="${world.school1.id}"]`);
    await node.waitFor();
    expect(await page.getByRole('link', { name: 'Nhân sự' }).count()).toBeGreaterThan(0);
    const unit = page.locator(`[data-testid="org-node"][data-organization-id="${world.unit1.id}"]`);
    expect(await unit.count()).toBe(0);
    await node.getByTestId('org-toggle').first().click();
    await unit.waitFor();
    expect(await node.getByTestId('org-toggle').first().getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page);

    await node.getByTestId('org-admin-link').first().click();
    await page.waitForURL(`**/organizations/${world.school1.id}`);
    await page.getByRole('heading', { level: 1, name: world.school1.name }).waitFor();
    await expectAccessible(page);

    // The code is checked as it is typed, with the server's rule (ASCII, . _ - /).
    await page.getByTestId('org-create-code').fill('Tổ Hóa');
    await page.getByText('Mã chỉ gồm chữ cái không dấu').waitFor();
    await page.getByTestId('org-create-name').fill('Tổ Hóa – Sinh');
    await page.getByTestId('org-create-code').fill(childCode);
    expect(await page.getByText('Mã chỉ gồm chữ cái không dấu').count()).toBe(0);
    await page.getByTestId('org-create-submit').click();
    await page.getByTestId('org-created').waitFor();
    const created = await ok<{ organizationByCode: { id: string; name: string; parent: { id: string } } }>(
      `query($c: String!) { organizationByCode(code: $c) { id name parent { id } } }`,
      { c: childCode },
      await admin(),
    );
    expect(created.organizationByCode).toMatchObject({
      name: 'Tổ Hóa – Sinh',
      parent: { id: world.school1.id },
    });
    childId = created.organizationByCode.id;

    // The same code again: the server refuses; what was typed stays.
    await page.getByTestId('org-create-code').fill(childCode);
    await page.getByTestId('org-create-name').fill('Tổ trùng mã');
    await page.getByTestId('org-create-submit').click();
    await page.getByText('Đã có đơn vị dùng mã này; hãy chọn mã khác.').waitFor();
    expect(await page.getByTestId('org-create-name').inputValue()).toBe('Tổ trùng mã');
    expect(await page.getByTestId('org-create-code').inputValue()).toBe(childCode);

    // The new organization's history.
    await page.getByTestId('org-created').getByRole('link').click();
    await page.waitForURL(`**/organizations/${childId}`);
    await page.locator('[data-testid="org-history-row"][data-kind="CREATED"]').waitFor();
    await expectAccessible(page);
  });

  it('adds, edits and deactivates a person, and finds people without diacritics', async () => {
    await page.goto(`/people/${world.school1.id}`);
    await page.getByTestId('people-table').waitFor();
    await expectAccessible(page);

    await page.getByTestId('person-fullName').last().fill('Nguyễn Thị Ánh Tuyết');
    await page.getByTestId('person-partyPosition').last().fill('Chi ủy viên');
    await page.getByTestId('person-governmentPosition').last().fill('Giáo viên');
    await page.getByTestId('person-submit').last().click();
    await page.getByTestId('people-notice').waitFor();
    const row = page.getByTestId('person-row').filter({ hasText: 'Nguyễn Thị Ánh Tuyết' });
    await row.waitFor();
    const [person] = (await people('anh tuyet')).edges.map((e) => e.node);
    expect(person).toMatchObject({
      partyPosition: 'Chi ủy viên',
      governmentPosition: 'Giáo viên',
      active: true,
    });

    await page.getByTestId('people-search').fill('anh tuyet');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="person-row"]').length === 1,
      undefined,
      { timeout: 10_000 },
    );

    await row.getByTestId('person-edit').click();
    const edit = page.getByRole('form', { name: 'Sửa thông tin Nguyễn Thị Ánh Tuyết' });
    await edit.waitFor();
    // Emptying the name is caught as typed; the server is never asked.
    await edit.getByTestId('person-fullName').fill('');
    await edit.getByText('Không được để trống.').waitFor();
    await edit.getByTestId('person-fullName').fill('Nguyễn Thị Ánh Tuyết');
    await edit.getByTestId('person-governmentPosition').fill('Tổ trưởng chuyên môn');
    await expectAccessible(page);
    await edit.getByTestId('person-submit').click();
    await row.getByText('Tổ trưởng chuyên môn').waitFor();
    const edited = (await people('anh tuyet')).edges[0]!.node;
    expect(edited).toMatchObject({
      id: person!.id,
      governmentPosition: 'Tổ trưởng chuyên môn',
      partyPosition: 'Chi ủy viên',
    });

    await row.getByTestId('person-deactivate').click();
    await page.getByTestId('person-leftAt').fill('2026-08-31');
    await page.getByTestId('person-deactivate-submit').click();
    await page
      .locator(`[data-testid="person-row"][data-person-id="${person!.id}"][data-active="false"]`)
      .waitFor();
    await row.getByText('Đã nghỉ từ 31/08/2026').waitFor();
    const left = (await people('anh tuyet')).edges[0]!.node;
    expect(left.active).toBe(false);
    expect(left.leftAt).toBe('2026-08-30T17:00:00.000Z');
    await expectAccessible(page);
  });

  it('grants a role, and creates an API key shown once, then revokes it', async () => {
    const viewer = `web-viewer-${uniqueCode('u')}`;
    await page.goto(`/access/${world.school1.id}`);
    await page.getByTestId('grants-table').waitFor();
    await expectAccessible(page);
    await page.getByTestId('grant-subject').fill(viewer);
    await page.getByTestId('grant-role').selectOption('VIEWER');
    await page.getByTestId('grant-submit').click();
    await page.locator(`[data-testid="grant-row"][data-subject="${viewer}"][data-role="VIEWER"]`).waitFor();
    const grants = await ok<{ roleGrants: { subject: string; role: string }[] }>(
      `query($id: ID!) { roleGrants(organizationId: $id) { subject role } }`,
      { id: world.school1.id },
      await admin(),
    );
    expect(grants.roleGrants).toContainEqual({ subject: viewer, role: 'VIEWER' });

    await page.getByTestId('api-key-name').fill('Power BI phòng Tổ chức');
    await page.getByTestId('api-key-create').click();
    const secret = page.getByTestId('api-key-secret');
    await secret.waitFor();
    const key = (await secret.textContent()) ?? '';
    expect(key.length).toBeGreaterThan(16);
    await page.getByText('Khóa chỉ hiển thị một lần').waitFor();
    await expectAccessible(page);
    // The key works: it reads the organization's reports' scope through the same endpoint.
    const response = await fetch(`${new URL(page.url()).origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: `{ organization(id: "${world.school1.id}") { id } }` }),
    });
    expect(
      ((await response.json()) as { data?: { organization: { id: string } } }).data?.organization.id,
    ).toBe(world.school1.id);
    // Once closed, nowhere on the page any more (nor after a reload).
    await page.getByTestId('api-key-dismiss').click();
    expect(await page.getByTestId('api-key-secret').count()).toBe(0);
    await page.reload();
    const keyRow = page.locator('[data-testid="api-key-row"][data-name="Power BI phòng Tổ chức"]');
    await keyRow.waitFor();
    expect(await page.content()).not.toContain(key);

    await keyRow.getByTestId('api-key-revoke').click();
    await keyRow.getByTestId('api-key-revoke-confirm').click();
    await page
      .locator('[data-testid="api-key-row"][data-name="Power BI phòng Tổ chức"][data-revoked="true"]')
      .waitFor();
    const keys = await ok<{ apiKeys: { name: string; revokedAt: string | null }[] }>(
      `query($id: ID!) { apiKeys(organizationId: $id) { name revokedAt } }`,
      { id: world.school1.id },
      await admin(),
    );
    expect(keys.apiKeys.find((k) => k.name === 'Power BI phòng Tổ chức')?.revokedAt).toBeTruthy();
  });

  it('imports a CSV: the bad row by number and reason with nothing written, then the fixed file', async () => {
    await page.goto('/imports');
    await page.getByTestId('import-kind').selectOption('people');
    await expectAccessible(page);

    // The template, downloaded.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-template-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('people-template.csv');
    const template = readFileSync((await download.path())!, 'utf8');
    expect(template).toContain('Họ và tên');

    const before = (await people()).totalCount;
    const rows = (third: string) =>
      Buffer.from(
        [
          'Mã đơn vị,Họ và tên,Chức vụ chính quyền',
          `${world.school1.code},Trần Văn Bình,Giáo viên`,
          third,
        ].join('\r\n'),
      );
    await page.getByTestId('import-file').setInputFiles({
      name: 'can-bo.csv',
      mimeType: 'text/csv',
      buffer: rows(`KHONG-CO-MA-NAY,Lê Thị Hoa,Giáo viên`),
    });
    await page.getByTestId('import-check').click();
    const bad = page.locator('[data-testid="import-error-row"][data-row="3"]');
    await bad.waitFor();
    expect(await page.getByTestId('import-error-row').count()).toBe(1);
    expect(await bad.textContent()).toContain('KHONG-CO-MA-NAY');
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    expect((await people()).totalCount).toBe(before);
    await expectAccessible(page);

    await page.getByTestId('import-file').setInputFiles({
      name: 'can-bo.csv',
      mimeType: 'text/csv',
      buffer: rows(`${world.school1.code},Lê Thị Hoa,Giáo viên`),
    });
    // The upload's progress shows while the file goes up and the server checks it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const label = document.querySelector('[data-testid="import-progress"] label');
        if (label?.textContent) seen.push(label.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-ready').waitFor();
    const progress = await page.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => /^Đang tải tệp lên: \d+%$|máy chủ đang kiểm tra/.test(p))).toBe(true);
    expect(await page.getByTestId('import-ready').textContent()).toContain('thêm mới 2');
    expect((await people()).totalCount).toBe(before);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor();
    expect((await people()).totalCount).toBe(before + 2);
    expect((await people('tran van binh')).totalCount).toBe(1);
    await expectAccessible(page);
    // The English catalogue, chosen from the header; Vietnamese again for what follows.
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Import from Excel or CSV' }).waitFor();
    await page.getByRole('link', { name: 'People' }).waitFor();
    await page.getByLabel('Language').selectOption('vi');
    await page.getByRole('heading', { level: 1, name: 'Nhập dữ liệu từ Excel hoặc CSV' }).waitFor();
  });

  it('creates an emulation group and edits its members', async () => {
    await page.goto(`/groups/${world.school1.id}`);
    await page.getByTestId('group-name').waitFor();
    await expectAccessible(page);
    const name = `Cụm thi đua ${uniqueCode('c')}`;
    await page.getByTestId('group-name').fill(name);
    await page.getByTestId('group-create-search').fill('to toan');
    await page.getByTestId('group-create-search-result').filter({ hasText: world.unit1.name }).click();
    await page.getByTestId('group-create-members').getByText(world.unit1.name).waitFor();
    await page.getByTestId('group-create-submit').click();
    const group = page.getByTestId('group-row').filter({ hasText: name });
    await group.waitFor();
    await group.getByText(world.unit1.name).waitFor();

    await group.getByTestId('group-edit').click();
    await group.getByRole('button', { name: `Bỏ ${world.unit1.name} khỏi danh sách thành viên` }).click();
    await group.getByTestId('group-edit-search').fill('to hoa');
    await group.getByTestId('group-edit-search-result').filter({ hasText: 'Tổ Hóa – Sinh' }).click();
    await expectAccessible(page);
    await group.getByTestId('group-edit-submit').click();
    await group.getByTestId('group-members').getByText('Tổ Hóa – Sinh').waitFor();
    const groups = await ok<{ emulationGroups: { name: string; members: { id: string }[] }[] }>(
      `query($id: ID!) { emulationGroups(ownerId: $id) { name members { id } } }`,
      { id: world.school1.id },
      await as(orgAdmin),
    );
    expect(groups.emulationGroups.find((g) => g.name === name)?.members).toEqual([{ id: childId }]);
  });

  it('moves an organization and merges another, each with an effective date, and shows the history', async () => {
    const history = async (id: string) =>
      (
        await ok<{
          organization: {
            parent: { id: string };
            mergedInto: { id: string } | null;
            history: { kind: string }[];
          };
        }>(
          `query($id: ID!) { organization(id: $id) { parent { id } mergedInto { id } history { kind } } }`,
          { id },
          await admin(),
        )
      ).organization;
    await page.goto(`/organizations/${childId}`);
    // By code: the shared test database holds many a "Tổ Toán – Tin" (other suites, the national seed).
    await page.getByTestId('move-target').fill(world.unit1.code);
    await page.getByTestId('move-target-result').filter({ hasText: world.unit1.code }).click();
    await page.getByTestId('move-chosen').waitFor();
    await page.getByTestId('move-submit').click();
    await page.locator('[data-testid="org-history-row"][data-kind="MOVED"]').waitFor();
    expect((await history(childId)).parent.id).toBe(world.unit1.id);

    const old = await createOrg('UNIT', 'Tổ Sử – Địa (cũ)', world.school1.id);
    await page.goto(`/organizations/${old.id}`);
    await page.getByTestId('merge-target').fill(childCode);
    await page.getByTestId('merge-target-result').filter({ hasText: childCode }).click();
    // Nothing merges before the administrator confirms.
    expect(await page.getByTestId('merge-submit').isDisabled()).toBe(true);
    await page.getByTestId('merge-confirm').check();
    await expectAccessible(page);
    await page.getByTestId('merge-submit').click();
    await page.locator('[data-testid="org-history-row"][data-kind="MERGED_INTO"]').waitFor();
    expect((await history(old.id)).mergedInto?.id).toBe(childId);
    expect((await history(childId)).history.map((h) => h.kind)).toContain('ABSORBED');
  });

  it('a platform administrator, who holds no grant, starts from the directory’s roots', async () => {
    const other = await newContext(browser);
    const rootPage = await other.newPage();
    await signIn(rootPage, PLATFORM_ADMIN, '/organizations');
    await rootPage.getByTestId('org-node').first().waitFor();
    expect(await rootPage.locator('main [role="alert"]').count()).toBe(0);
    await other.close();
  });
});
