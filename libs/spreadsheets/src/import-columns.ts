import { Workbook } from 'exceljs';
import type { ColumnSpec } from './table-parser';

/**
 * The columns of each bulk import, in one place: the subgraphs parse files with them and the
 * gateway writes the downloadable templates from them (`/imports/templates/<kind>.csv|.xlsx`),
 * so a template always reads back. Header aliases match ignoring accents, case, spaces, `_`, `-`.
 */
export const ORGANIZATION_COLUMNS: ColumnSpec[] = [
  { key: 'code', aliases: ['mã', 'mã đơn vị', 'ma don vi', 'organization code'], required: true },
  { key: 'name', aliases: ['tên', 'tên đơn vị', 'ten don vi', 'organization name'], required: true },
  { key: 'kind', aliases: ['loại', 'loại đơn vị', 'cấp', 'type'], required: true },
  {
    key: 'parentCode',
    aliases: ['mã đơn vị cha', 'mã cấp trên', 'đơn vị cấp trên', 'parent', 'parent code'],
  },
];

export const PEOPLE_COLUMNS: ColumnSpec[] = [
  {
    key: 'organizationCode',
    aliases: ['mã đơn vị', 'đơn vị', 'organization', 'organization code'],
    required: true,
  },
  { key: 'fullName', aliases: ['họ và tên', 'họ tên', 'full name', 'name'], required: true },
  {
    key: 'partyPosition',
    aliases: ['chức vụ đảng, đoàn thể', 'chức vụ đảng', 'chuc vu dang doan the', 'party position'],
  },
  {
    key: 'governmentPosition',
    aliases: ['chức vụ chính quyền', 'chuc vu chinh quyen', 'government position'],
  },
  { key: 'leadsCode', aliases: ['lãnh đạo đơn vị', 'thủ trưởng đơn vị', 'leads', 'leads code'] },
  { key: 'account', aliases: ['tài khoản', 'tai khoan', 'login'] },
  { key: 'staffCode', aliases: ['mã cán bộ', 'mã nhân viên', 'ma can bo', 'staff code'] },
  // Section 9: a date here deactivates the person (records stay; no new nominations or seats).
  { key: 'leftAt', aliases: ['ngày nghỉ việc', 'ngày thôi việc', 'nghỉ việc', 'left at', 'left'] },
];

export const DISTINCTION_RECORD_COLUMNS: ColumnSpec[] = [
  { key: 'year', aliases: ['năm', 'năm khen thưởng', 'năm đạt'], required: true },
  {
    key: 'distinctionCode',
    aliases: ['mã danh hiệu', 'mã hình thức', 'mã hình thức khen thưởng', 'distinction code'],
    required: true,
  },
  { key: 'personId', aliases: ['mã cá nhân', 'id cá nhân', 'person id'] },
  { key: 'organizationId', aliases: ['mã tập thể', 'id tập thể', 'organization id'] },
  { key: 'decisionNumber', aliases: ['số quyết định', 'số qđ', 'quyết định', 'decision number'] },
];

/** `/imports/<kind>`'s kinds and their columns. */
export const IMPORT_COLUMNS = {
  organizations: ORGANIZATION_COLUMNS,
  people: PEOPLE_COLUMNS,
  'distinction-records': DISTINCTION_RECORD_COLUMNS,
} as const satisfies Record<string, ColumnSpec[]>;

export type ImportKind = keyof typeof IMPORT_COLUMNS;

/** A template's header: each column's first Vietnamese alias, capitalized ("Họ và tên"). */
export function templateHeader(columns: readonly ColumnSpec[]): string[] {
  return columns.map((c) => {
    const name = c.aliases[0] ?? c.key;
    return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
  });
}

const csvCell = (text: string) => (/[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A CSV template: UTF-8 with a BOM (Excel then reads Vietnamese right), the header row only. */
export function templateCsv(columns: readonly ColumnSpec[]): Buffer {
  return Buffer.from(`\ufeff${templateHeader(columns).map(csvCell).join(',')}\r\n`, 'utf8');
}

/** An XLSX template: one sheet, the header row in bold, required columns marked in a note. */
export async function templateXlsx(columns: readonly ColumnSpec[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Mẫu');
  const header = templateHeader(columns);
  sheet.addRow(header);
  sheet.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = Math.max(14, header[i]!.length + 4);
    if (c.required) sheet.getCell(1, i + 1).note = 'Bắt buộc';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
