import { Workbook } from 'exceljs';
import { type ColumnSpec, parseTable, TableFormatError } from '../table-parser';

const columns: ColumnSpec[] = [
  { key: 'fullName', aliases: ['Họ và tên', 'ho ten', 'full name'], required: true },
  { key: 'email', aliases: ['Thư điện tử', 'e-mail'] },
  { key: 'unitCode', aliases: ['Mã đơn vị'] },
];

async function expectFormatError(promise: Promise<unknown>): Promise<TableFormatError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TableFormatError);
  return error as TableFormatError;
}

describe('parseTable (CSV)', () => {
  it('reads a BOM-prefixed, semicolon-delimited file with CRLF', async () => {
    const csv =
      '\ufeffHọ và tên;Email;Ghi chú\r\nNguyễn Văn An;an@laurel.vn;x, y\r\nTrần Thị Bình;binh@laurel.vn;\r\n';
    const table = await parseTable('CSV', csv, { columns });
    expect(table.columns).toEqual(['fullName', 'email']);
    expect(table.rows).toEqual([
      { row: 2, values: { fullName: 'Nguyễn Văn An', email: 'an@laurel.vn' } },
      { row: 3, values: { fullName: 'Trần Thị Bình', email: 'binh@laurel.vn' } },
    ]);
  });

  it('keeps commas, newlines and doubled quotes inside quoted fields', async () => {
    const csv = 'full_name,Mã đơn vị\n"Lê Văn C, Jr.","DV ""01""\nphòng 2"\n';
    const table = await parseTable('CSV', csv, { columns });
    // Whitespace (including the embedded newline) collapses to single spaces.
    expect(table.rows).toEqual([
      { row: 2, values: { fullName: 'Lê Văn C, Jr.', unitCode: 'DV "01" phòng 2' } },
    ]);
  });

  it('turns NFD text and non-breaking spaces into clean NFC', async () => {
    const nfdName = 'Phạm  Thị\u00a0Đào '.normalize('NFD');
    const table = await parseTable('CSV', `${'Họ và tên'.normalize('NFD')}\n${nfdName}\n`, { columns });
    const value = table.rows[0].values.fullName;
    expect(value).toBe('Phạm Thị Đào');
    expect(value).toBe(value.normalize('NFC'));
  });

  it('matches headers ignoring accents, case, spaces, "_" and "-"', async () => {
    const spec: ColumnSpec[] = [
      { key: 'fullName', aliases: ['ho va ten'], required: true },
      ...columns.slice(1),
    ];
    const table = await parseTable('CSV', 'HỌ VÀ TÊN,E-MAIL,ma_don_vi\nA,b@c.vn,DV1\n', { columns: spec });
    expect(table.columns).toEqual(['fullName', 'email', 'unitCode']);
    expect(table.rows[0].values).toEqual({ fullName: 'A', email: 'b@c.vn', unitCode: 'DV1' });
  });

  it('rejects a file without a required column, naming it', async () => {
    const error = await expectFormatError(parseTable('CSV', 'Email,Mã đơn vị\na@b.vn,DV1\n', { columns }));
    expect(error.message).toContain('fullName');
    expect(error.message).toContain('Họ và tên');
    expect(error.row).toBe(1);
  });

  it('rejects two headers for the same column', async () => {
    const error = await expectFormatError(parseTable('CSV', 'Họ và tên,Full Name\nA,B\n', { columns }));
    expect(error.message).toContain('fullName');
  });

  it('skips blank lines but keeps the file row numbers', async () => {
    const csv = 'Họ và tên,Email\nA,a@x.vn\n\n , \nB,b@x.vn\n,\nC,c@x.vn';
    const table = await parseTable('CSV', csv, { columns });
    expect(table.rows.map((r) => [r.row, r.values.fullName])).toEqual([
      [2, 'A'],
      [5, 'B'],
      [7, 'C'],
    ]);
  });

  it('enforces maxRows', async () => {
    const error = await expectFormatError(parseTable('CSV', 'Họ và tên\nA\nB\nC\n', { columns, maxRows: 2 }));
    expect(error.row).toBe(4);
  });

  it('reports the row of malformed CSV', async () => {
    const error = await expectFormatError(
      parseTable('CSV', 'Họ và tên,Email\nA,a@x.vn\n"B,b@x.vn\n', { columns }),
    );
    expect(error.row).toBe(3);
  });

  it('parses 50,000 rows', async () => {
    const lines = ['Họ và tên;Email;Mã đơn vị'];
    for (let i = 0; i < 50_000; i++) lines.push(`Nguyễn Văn ${i};user${i}@laurel.vn;"DV; ${i % 100}"`);
    const table = await parseTable('CSV', lines.join('\r\n'), { columns });
    expect(table.rows).toHaveLength(50_000);
    expect(table.rows[49_999]).toEqual({
      row: 50_001,
      values: { fullName: 'Nguyễn Văn 49999', email: 'user49999@laurel.vn', unitCode: 'DV; 99' },
    });
  });
});

describe('parseTable (XLSX)', () => {
  async function xlsxBase64(fill: (workbook: Workbook) => void): Promise<string> {
    const workbook = new Workbook();
    fill(workbook);
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }

  it('reads numbers, dates, rich text, formulas and hyperlinks from the first sheet', async () => {
    const spec: ColumnSpec[] = [
      ...columns,
      { key: 'birthDate', aliases: ['Ngày sinh'] },
      { key: 'years', aliases: ['Số năm công tác'] },
      { key: 'score', aliases: ['Điểm'] },
    ];
    const content = await xlsxBase64((workbook) => {
      const sheet = workbook.addWorksheet('Danh sách');
      sheet.addRow(['Họ và tên', 'Thư điện tử', 'Ngày sinh', 'Số năm công tác', 'Điểm', 'Ghi chú']);
      sheet.addRow([
        { richText: [{ text: 'Hoàng ', font: { bold: true } }, { text: 'Văn\u00a0Em'.normalize('NFD') }] },
        { text: 'em@laurel.vn', hyperlink: 'mailto:em@laurel.vn' },
        new Date(Date.UTC(1990, 4, 17)),
        12,
        { formula: 'D2*0.5', result: 6 },
        'bỏ qua',
      ]);
      sheet.addRow([]); // blank row 3
      sheet.addRow(['Vũ Thị Giang', '', new Date(Date.UTC(2024, 0, 2, 8, 30)), 3.25]);
      workbook.addWorksheet('Khác').addRow(['not read']);
    });

    const table = await parseTable('XLSX', content, { columns: spec });
    expect(table.columns).toEqual(['fullName', 'email', 'birthDate', 'years', 'score']);
    expect(table.rows).toEqual([
      {
        row: 2,
        values: {
          fullName: 'Hoàng Văn Em',
          email: 'em@laurel.vn',
          birthDate: '1990-05-17',
          years: '12',
          score: '6',
        },
      },
      {
        row: 4,
        values: {
          fullName: 'Vũ Thị Giang',
          email: '',
          birthDate: '2024-01-02T08:30:00.000Z',
          years: '3.25',
          score: '',
        },
      },
    ]);
  });

  it('rejects content that is not an XLSX file', async () => {
    await expectFormatError(parseTable('XLSX', Buffer.from('not a zip').toString('base64'), { columns }));
  });
});
