import { ANONYMOUS, type Identity } from '@laurel/auth';
import { Workbook } from 'exceljs';
import { createServer, type Server } from 'node:http';
import { handleExports, type RouteDeps } from '../exports';
import { BOM, csvField, csvLine } from '../exports/csv.format';
import { contentDisposition, ExportError, type ExportErrorShape } from '../exports/export-http';
import { nominationRow, parseNominationsParams } from '../exports/nominations.export';
import { unauthenticated } from '../identity';

const ALICE: Identity = { ...ANONYMOUS, subject: 'alice' };

describe('CSV fields (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(csvLine([1, 'Nguyễn Văn An', null, 'Tổ Toán, Tin', 'nói "không"', 'dòng 1\ndòng 2'])).toBe(
      '1,Nguyễn Văn An,,"Tổ Toán, Tin","nói ""không""","dòng 1\ndòng 2"\r\n',
    );
  });

  it('neutralizes what a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvField('Bí thư')).toBe('Bí thư');
  });
});

describe('Content-Disposition', () => {
  it('sends an ASCII filename and the Vietnamese one as RFC 5987 filename*', () => {
    const header = contentDisposition('Danh sách đăng ký - Trường THCS "Nguyễn Du" (Hà Tĩnh)', 'xlsx');
    expect(header).toBe(
      `attachment; filename="danh-sach-dang-ky-truong-thcs-nguyen-du-ha-tinh.xlsx"; ` +
        `filename*=UTF-8''Danh%20s%C3%A1ch%20%C4%91%C4%83ng%20k%C3%BD%20-%20Tr%C6%B0%E1%BB%9Dng%20THCS%20Nguy%E1%BB%85n%20Du%20%28H%C3%A0%20T%C4%A9nh%29.xlsx`,
    );
    const [, encoded] = /filename\*=UTF-8''(.+)$/.exec(header)!;
    expect(decodeURIComponent(encoded!)).toBe('Danh sách đăng ký - Trường THCS Nguyễn Du (Hà Tĩnh).xlsx');
  });
});

describe('nominations export parameters', () => {
  const parse = (query: string) => parseNominationsParams(new URLSearchParams(query));

  it('picks the form from the stage unless told', () => {
    expect(parse('organizationId=o&campaignId=c').form).toBe('registration');
    expect(parse('organizationId=o&campaignId=c&stage=REGISTERED').form).toBe('registration');
    expect(parse('organizationId=o&campaignId=c&stage=PROPOSED').form).toBe('proposal');
    expect(parse('organizationId=o&campaignId=c&stage=PROPOSED&form=registration').form).toBe('registration');
  });

  it('reports every bad parameter at once', () => {
    try {
      parse('stage=DONE&form=pdf');
      throw new Error('expected an error');
    } catch (error) {
      if (!(error instanceof ExportError)) throw error;
      expect(error.status).toBe(400);
      expect(error.errors.map((e) => [e.extensions.code, e.extensions.field])).toEqual([
        ['BAD_USER_INPUT', 'organizationId'],
        ['BAD_USER_INPUT', 'campaignId'],
        ['BAD_USER_INPUT', 'stage'],
        ['BAD_USER_INPUT', 'form'],
      ]);
    }
  });

  it('names a collective by its organization, without positions, and writes NFC', () => {
    const nfd = 'Trường THCS Nguyễn Du'.normalize('NFD');
    expect(
      nominationRow(3, {
        nomineeName: nfd,
        nominee: { __typename: 'Organization', name: nfd },
        distinction: { nameVi: 'Tập thể điển hình tiên tiến' },
        dossier: null,
        submittingOrganization: { name: nfd },
      }),
    ).toEqual([
      3,
      'Trường THCS Nguyễn Du',
      null,
      null,
      'Tập thể điển hình tiên tiến',
      'Trường THCS Nguyễn Du',
      null,
    ]);
  });
});

describe('the export route, with a stand-in GraphQL', () => {
  let server: Server;
  let base: string;
  let deps: RouteDeps;
  const node = (name: string) => ({
    nomineeName: name,
    nominee: { __typename: 'Person', fullName: name, partyPosition: null, governmentPosition: 'Giáo viên' },
    distinction: { nameVi: 'Lao động tiên tiến' },
    dossier: { summary: 'Tốt' },
    submittingOrganization: { name: 'Trường A' },
  });
  const page = (names: string[], endCursor: string | null) => ({
    pageInfo: { hasNextPage: endCursor !== null, endCursor },
    edges: names.map((n) => ({ node: node(n) })),
  });
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  beforeAll(async () => {
    server = createServer((req, res) => {
      void handleExports(req, res, deps).then((handled) => {
        if (!handled) res.writeHead(418).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string> = { authorization: 'Bearer t' }) =>
    fetch(`${base}${path}`, { headers });

  it('leaves other paths alone and answers 404 for exports that do not exist', async () => {
    deps = { resolveIdentity: async () => ALICE, execute: async () => json({}) };
    expect((await get('/graphql')).status).toBe(418);
    expect((await get('/exports/people.csv?organizationId=o&campaignId=c')).status).toBe(404);
    expect((await get('/exports/nominations.pdf?organizationId=o&campaignId=c')).status).toBe(404);
  });

  it('is 401 without credentials and with a refused one', async () => {
    deps = {
      resolveIdentity: async ({ authorization }) => {
        if (authorization) throw unauthenticated('Invalid token: bad signature');
        return ANONYMOUS;
      },
      execute: async () => json({}),
    };
    for (const headers of [{}, { authorization: 'Bearer nope' }] as Record<string, string>[]) {
      const response = await get('/exports/nominations.csv?organizationId=o&campaignId=c', headers);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { errors: ExportErrorShape[] }).errors[0]!.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    }
  });

  it('answers errors of the first page with their status, before any file', async () => {
    deps = {
      resolveIdentity: async () => ALICE,
      execute: async () =>
        json({ data: null, errors: [{ message: 'Nope', extensions: { code: 'FORBIDDEN' } }] }),
    };
    const response = await get('/exports/nominations.xlsx?organizationId=o&campaignId=c');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Nope', extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it('pages with the caller`s credentials and cursors, numbering rows across pages', async () => {
    const calls: { variables: Record<string, unknown> | undefined; authorization: string | null }[] = [];
    deps = {
      resolveIdentity: async () => ALICE,
      execute: async ({ variables }, headers) => {
        calls.push({ variables, authorization: headers.get('authorization') });
        if (!variables!['after'])
          return json({
            data: {
              organization: { name: 'Trường A' },
              campaign: null,
              nominations: page(['An', 'Bình'], 'p2'),
            },
          });
        return json({ data: { nominations: page(['Chi'], null) } });
      },
    };
    const response = await get('/exports/nominations.csv?organizationId=o&campaignId=c&stage=PROPOSED');
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'STT,Họ và tên,"Chức vụ Đảng, đoàn thể",Chức vụ chính quyền,Danh hiệu đề nghị,Đơn vị,Tóm tắt thành tích',
      '1,An,,Giáo viên,Lao động tiên tiến,Trường A,Tốt',
      '2,Bình,,Giáo viên,Lao động tiên tiến,Trường A,Tốt',
      '3,Chi,,Giáo viên,Lao động tiên tiến,Trường A,Tốt',
      '',
    ]);
    expect(
      calls.map((c) => [c.variables!.after, c.variables!.stage, c.variables!.first, c.authorization]),
    ).toEqual([
      [null, 'PROPOSED', 100, 'Bearer t'],
      ['p2', 'PROPOSED', 100, 'Bearer t'],
    ]);
  });

  it('cuts the connection when a later page fails, so the file is never taken for complete', async () => {
    deps = {
      resolveIdentity: async () => ALICE,
      execute: async ({ variables }) =>
        variables!['after']
          ? json({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, 500)
          : json({
              data: { organization: { name: 'Trường A' }, campaign: null, nominations: page(['An'], 'p2') },
            }),
    };
    const log = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const format of ['csv', 'xlsx']) {
        // The status may or may not have reached the client before the cut; the body never ends well.
        const body = get(`/exports/nominations.${format}?organizationId=o&campaignId=c`).then((r) =>
          r.arrayBuffer(),
        );
        await expect(body).rejects.toThrow();
      }
      expect(log).toHaveBeenCalledWith(expect.stringContaining('failed mid-stream'), expect.anything());
    } finally {
      log.mockRestore();
    }
  });

  it('writes the XLSX form: title, headers, rows', async () => {
    deps = {
      resolveIdentity: async () => ALICE,
      execute: async () =>
        json({
          data: {
            organization: { name: 'Trường A' },
            campaign: { title: 'Dạy tốt – Học tốt', periodLabel: 'Năm 2027' },
            nominations: page(['Đặng Thị Ánh'], null),
          },
        }),
    };
    const response = await get('/exports/nominations.xlsx?organizationId=o&campaignId=c');
    expect(response.headers.get('content-disposition')).toContain(
      `filename="danh-sach-dang-ky-truong-a-nam-2027.xlsx"`,
    );
    const workbook = await new Workbook().xlsx.load(Buffer.from(await response.arrayBuffer()));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Danh sách đăng ký');
    expect(sheet.getCell('A1').value).toBe(
      'DANH SÁCH ĐĂNG KÝ DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG NĂM 2027',
    );
    expect(sheet.getCell('A2').value).toBe('Dạy tốt – Học tốt');
    expect(sheet.getCell('A3').value).toBe('Đơn vị: Trường A');
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      'STT',
      'Họ và tên',
      'Chức vụ Đảng, đoàn thể',
      'Chức vụ chính quyền',
      'Danh hiệu đăng ký',
      'Đơn vị',
      'Tóm tắt thành tích',
    ]);
    expect(sheet.getRow(6).values).toEqual([
      undefined,
      1,
      'Đặng Thị Ánh',
      undefined,
      'Giáo viên',
      'Lao động tiên tiến',
      'Trường A',
      'Tốt',
    ]);
    expect(sheet.rowCount).toBe(6);
  });
});
