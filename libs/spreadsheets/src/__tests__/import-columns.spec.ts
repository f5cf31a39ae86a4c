import { IMPORT_COLUMNS, templateCsv, templateHeader, templateXlsx } from '../import-columns';
import { parseTable, TableFormatError } from '../table-parser';

describe('import templates', () => {
  for (const [kind, columns] of Object.entries(IMPORT_COLUMNS)) {
    it(`${kind}: the CSV and XLSX templates read back as every column of the import`, async () => {
      const csv = templateCsv(columns);
      expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const fromCsv = await parseTable('CSV', csv.toString('utf8'), { columns });
      expect(fromCsv).toEqual({ columns: columns.map((c) => c.key), rows: [] });
      const xlsx = await templateXlsx(columns);
      const fromXlsx = await parseTable('XLSX', xlsx.toString('base64'), { columns });
      expect(fromXlsx).toEqual({ columns: columns.map((c) => c.key), rows: [] });
    });
  }

  it('writes Vietnamese headers, quoting one that holds a comma', () => {
    expect(templateHeader(IMPORT_COLUMNS.people).slice(0, 3)).toEqual([
      'Mã đơn vị',
      'Họ và tên',
      'Chức vụ đảng, đoàn thể',
    ]);
    expect(templateCsv(IMPORT_COLUMNS.people).toString('utf8')).toContain(',"Chức vụ đảng, đoàn thể",');
  });

  it('a template without its required columns would be refused: the check is real', async () => {
    const columns = IMPORT_COLUMNS.organizations;
    await expect(
      parseTable('CSV', templateCsv(columns.slice(1)).toString('utf8'), { columns }),
    ).rejects.toBeInstanceOf(TableFormatError);
  });
});
