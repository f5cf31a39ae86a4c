import { ok, testEnv, uniqueCode } from '@laurel/testing';
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { createCampaign, transition, Y } from './campaign-flows';
import { admin, as, createOrg, createPerson, grant, provinceWithSchools } from './flows';
import { approved, register } from './nomination-flows';

type Credentials = { token: string } | { apiKey: string } | undefined;

const ISSUE = `mutation($input: IssueDecisionInput!) {
  issueRecognitionDecision(input: $input) { id totalReward nominations { id reward } }
}`;

/** 17:00 in Vietnam on a date. */
const vn = (date: string) => new Date(`${date}T17:00:00+07:00`).toISOString();

/** GETs a document from the real gateway, as a browser or `curl` would. */
async function download(
  path: string,
  credentials: Credentials,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const url = testEnv('gatewayUrl').replace(/\/graphql$/, `/exports/${path}`);
  const headers: Record<string, string> = {};
  if (credentials && 'token' in credentials) headers.authorization = `Bearer ${credentials.token}`;
  if (credentials && 'apiKey' in credentials) headers['x-api-key'] = credentials.apiKey;
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** The text of every paragraph of word/document.xml, table cells included, in document order. */
async function docxParagraphs(body: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return Array.from(xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g), ([p]) =>
    Array.from(p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), ([, t]) => unescape(t!)).join(''),
  );
}

/** The rows of the DOCX's tables, each as its cells' texts. */
async function docxTableRows(body: Buffer): Promise<string[][]> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  return Array.from(xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g), ([row]) =>
    Array.from(row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g), ([c]) =>
      Array.from(c.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), ([, t]) => t).join(''),
    ),
  );
}

/**
 * The PDF's text per page as pdf.js reads it (through the embedded fonts' ToUnicode maps), and
 * the fonts it uses: a page whose glyphs could not be mapped back would not read as Vietnamese.
 */
async function pdfText(body: Buffer): Promise<{ pages: string[]; fonts: string[]; embedded: boolean }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({
    data: new Uint8Array(body),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]*\n[ \t]*/g, ' ')
        .replace(/\s+/g, ' '),
    );
  }
  await pdf.destroy();
  const raw = body.toString('latin1');
  const fonts = Array.from(raw.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g), ([, f]) => f!);
  return { pages, fonts: [...new Set(fonts)].sort(), embedded: /\/FontFile2 \d+ 0 R/.test(raw) };
}

/**
 * docs/API.md §8's documents: the decision with its attached list as DOCX and PDF, and the certificate of
 * each recognized nominee, read as the caller through the gateway; what the caller cannot read is
 * 404 whether it exists elsewhere or nowhere.
 */
describe('decision documents: DOCX, PDF and certificates', () => {
  let world: Awaited<ReturnType<typeof provinceWithSchools>>;
  let schoolAdmin: string;
  let viewer: string;
  let foreignAdmin: string;
  let apiKey: string;
  let decision: { id: string; totalReward: number; nominations: { id: string; reward: number }[] };
  const ids: Record<string, string> = {};
  const teacherName = 'Nguyễn Thị Ngọc Ánh';
  const unitName = 'Tổ Khoa học Tự nhiên';

  beforeAll(async () => {
    world = await provinceWithSchools('Văn bản');
    schoolAdmin = `school-admin-${uniqueCode('u')}`;
    viewer = `school-viewer-${uniqueCode('u')}`;
    foreignAdmin = `foreign-admin-${uniqueCode('u')}`;
    await grant(schoolAdmin, world.school1.id, 'ORG_ADMIN');
    await grant(viewer, world.school1.id, 'VIEWER');
    const foreign = await createOrg('PROVINCE', 'Tỉnh Khác (Văn bản)', null);
    await grant(foreignAdmin, foreign.id, 'ORG_ADMIN');
    const unit = await createOrg('UNIT', unitName, world.school1.id);
    const teacher = await createPerson(world.school1.id, teacherName);
    const other = await createPerson(world.school1.id, 'Đặng Văn Chưa');
    const campaign = await createCampaign(await as(schoolAdmin), world.school1.id, {
      title: 'Giấy khen năm học (văn bản)',
      year: Y - 1,
      distinctionCodes: ['GIAY_KHEN'],
    });
    await transition(await as(schoolAdmin), campaign.id, 'open');
    const nominate = async (name: string, nominee: Record<string, string>, approve = true) => {
      const n = await register(await as(schoolAdmin), {
        campaignId: campaign.id,
        distinctionCode: 'GIAY_KHEN',
        submittingOrganizationId: world.school1.id,
        ...nominee,
      });
      if (approve) await approved(await as(schoolAdmin), n.id);
      ids[name] = n.id;
    };
    await nominate('unit', { nomineeOrganizationId: unit.id });
    await nominate('teacher', { nomineePersonId: teacher.id });
    await nominate('registered', { nomineePersonId: other.id }, false);

    // 15 June 2026: base salary 2,340,000; Giấy khen 0.6× for a collective, 0.3× for a person,
    // rounded up to 10,000 đồng: 1,410,000 and 710,000.
    decision = (
      await ok<{ issueRecognitionDecision: typeof decision }>(
        ISSUE,
        {
          input: {
            organizationId: world.school1.id,
            number: '45/QĐ-THCS',
            decidedAt: vn('2026-06-15'),
            signer: 'Hiệu trưởng Phạm Văn Đức',
            title: 'Tặng Giấy khen năm học 2025-2026',
            nominationIds: [ids.unit, ids.teacher],
          },
        },
        await as(schoolAdmin),
      )
    ).issueRecognitionDecision;
    const key = await ok<{ createApiKey: { key: string } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
      { input: { organizationId: world.school1.id, name: 'Công cụ báo cáo (văn bản)' } },
      await admin(),
    );
    apiKey = key.createApiKey.key;
  });

  it('issued a decision of a collective and a person with the decree’s rewards', () => {
    expect(decision.nominations).toEqual([
      { id: ids.unit, reward: 1_410_000 },
      { id: ids.teacher, reward: 710_000 },
    ]);
    expect(decision.totalReward).toBe(2_120_000);
  });

  it('the DOCX: the decision, then its list (STT, names, units, distinction, amounts) and the total', async () => {
    const file = await download(`decisions/${decision.id}.docx`, await as(viewer));
    expect({ status: file.status, type: file.headers.get('content-type') }).toEqual({
      status: 200,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(file.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Quyết định 45/QĐ-THCS.docx'.replace('/', ' '))}`,
    );
    const paragraphs = await docxParagraphs(file.body);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'TRƯỜNG THCS NGUYỄN DU (VĂN BẢN)',
        'Số: 45/QĐ-THCS',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'ngày 15 tháng 06 năm 2026',
        'QUYẾT ĐỊNH',
        'DANH SÁCH KÈM THEO',
      ]),
    );
    expect(paragraphs.join('\n')).toContain('Kinh phí khen thưởng: 2.120.000 đồng');
    const rows = await docxTableRows(file.body);
    const header = rows.findIndex((r) => r[0] === 'STT');
    expect(rows.slice(header)).toEqual([
      ['STT', 'Họ và tên / Tập thể', 'Đơn vị', 'Danh hiệu', 'Số tiền (đồng)'],
      ['1', unitName, 'Trường THCS Nguyễn Du (Văn bản)', 'Giấy khen', '1.410.000'],
      ['2', teacherName, 'Trường THCS Nguyễn Du (Văn bản)', 'Giấy khen', '710.000'],
      ['', 'Tổng cộng', '', '', '2.120.000'],
    ]);
  });

  it('the PDF: the same text read back through its embedded Vietnamese font', async () => {
    const file = await download(`decisions/${decision.id}.pdf`, await as(schoolAdmin));
    expect({ status: file.status, type: file.headers.get('content-type') }).toEqual({
      status: 200,
      type: 'application/pdf',
    });
    expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, fonts, embedded } = await pdfText(file.body);
    expect(embedded).toBe(true);
    expect(fonts.map((f) => f.slice(7))).toEqual(expect.arrayContaining(['DejaVuSerif', 'DejaVuSerif-Bold']));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('QUYẾT ĐỊNH');
    expect(pages[0]).toContain('Số: 45/QĐ-THCS');
    expect(pages[0]).toContain('Kinh phí khen thưởng: 2.120.000 đồng');
    expect(pages[1]).toContain('DANH SÁCH KÈM THEO');
    // Each line of the list in order: STT, name, unit, distinction, amount; then the total.
    const list = pages[1]!.slice(pages[1]!.indexOf('STT'));
    const order = [
      '1',
      unitName,
      'Giấy khen',
      '1.410.000',
      '2',
      teacherName,
      'Giấy khen',
      '710.000',
      'Tổng cộng',
      '2.120.000',
    ];
    let at = 0;
    for (const text of order) {
      const found = list.indexOf(text, at);
      expect({ text, found: found >= 0 }).toEqual({ text, found: true });
      at = found + text.length;
    }
  });

  it('a certificate for each recognized nominee, none for one not recognized', async () => {
    for (const [name, nominee, reward, preface] of [
      ['teacher', teacherName, '710.000', 'Tặng'],
      ['unit', unitName, '1.410.000', 'Tặng tập thể'],
    ] as const) {
      const file = await download(`certificates/${ids[name]}.pdf`, await as(viewer));
      expect({ status: file.status, type: file.headers.get('content-type') }).toEqual({
        status: 200,
        type: 'application/pdf',
      });
      const { pages, embedded } = await pdfText(file.body);
      expect(embedded).toBe(true);
      expect(pages).toHaveLength(1);
      for (const text of [
        'GIẤY KHEN',
        `${preface} ${nominee}`,
        'Quyết định số 45/QĐ-THCS',
        `Kèm theo tiền thưởng: ${reward} đồng`,
        'Hiệu trưởng Phạm Văn Đức',
        'Vị trí Quốc huy',
      ])
        expect({ text, found: pages[0]!.includes(text) }).toEqual({ text, found: true });
    }
    const unrecognized = await download(`certificates/${ids.registered}.pdf`, await as(schoolAdmin));
    expect(unrecognized.status).toBe(404);
    expect(JSON.parse(unrecognized.body.toString('utf8'))).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('another tenant’s decision or certificate answers 404, exactly as an id that exists nowhere', async () => {
    const foreign = await as(foreignAdmin);
    const answers = async (path: (id: string) => string, id: string) => {
      const seen = await download(path(id), foreign);
      const random = await download(path(randomUUID()), foreign);
      return [seen, random].map((r) => ({
        status: r.status,
        type: r.headers.get('content-type'),
        body: r.body.toString('utf8').replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g, '<id>'),
      }));
    };
    for (const [path, id] of [
      [(i: string) => `decisions/${i}.docx`, decision.id],
      [(i: string) => `decisions/${i}.pdf`, decision.id],
      [(i: string) => `certificates/${i}.pdf`, ids.teacher!],
    ] as const) {
      const [seen, random] = await answers(path, id);
      expect(seen).toEqual(random);
      expect(seen!.status).toBe(404);
      expect(JSON.parse(seen!.body)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
    expect((await download('decisions/not-an-id.pdf', foreign)).status).toBe(404);
  });

  it('an API key reads reports only: the documents answer it 404 like other non-report data', async () => {
    for (const path of [
      `decisions/${decision.id}.docx`,
      `decisions/${decision.id}.pdf`,
      `certificates/${ids.teacher}.pdf`,
    ]) {
      const res = await download(path, { apiKey });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({
        errors: [{ extensions: { code: 'NOT_FOUND' } }],
      });
    }
  });

  it('refuses anonymous callers (401) and other methods (405), as JSON', async () => {
    const none = await download(`decisions/${decision.id}.pdf`, undefined);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(JSON.parse(none.body.toString('utf8'))).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const url = testEnv('gatewayUrl').replace(/\/graphql$/, `/exports/certificates/${ids.teacher}.pdf`);
    const post = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${(await as(schoolAdmin)).token}` },
    });
    expect(post.status).toBe(405);
    expect(
      ((await post.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('METHOD_NOT_ALLOWED');
  });
});
