import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import { Workbook, type CellValue } from 'exceljs';
import { foldVietnamese, normalizeText } from '@laurel/i18n';

export type ImportFormatValue = 'CSV' | 'XLSX';

/** `row` is the 1-based row the user sees in the file (header = 1, so the first data row is 2). */
export interface TableRow {
  row: number;
  values: Record<string, string>;
}

/** `columns` are the keys found in the file, in file order; each row has a (possibly empty) value for every one of them. */
export interface ParsedTable {
  columns: string[];
  rows: TableRow[];
}

export interface ColumnSpec {
  key: string;
  aliases: string[];
  required?: boolean;
}

export interface ParseTableOptions {
  columns: ColumnSpec[];
  maxRows?: number;
}

export class TableFormatError extends Error {
  constructor(
    message: string,
    readonly row?: number,
  ) {
    super(message);
    this.name = 'TableFormatError';
  }
}

const DEFAULT_MAX_ROWS = 200_000;

/** A file row before column mapping: raw cell texts in column order. */
interface RawRow {
  row: number;
  cells: string[];
}

export async function parseTable(
  format: ImportFormatValue,
  content: string,
  options: ParseTableOptions,
): Promise<ParsedTable> {
  const raw = format === 'CSV' ? readCsv(content) : await readXlsx(content);
  return buildTable(raw, options.columns, options.maxRows ?? DEFAULT_MAX_ROWS);
}

function readCsv(content: string): RawRow[] {
  let records: string[][];
  try {
    records = parseCsv(content, {
      bom: true,
      delimiter: detectDelimiter(content),
      // Files stitched together by hand can mix CRLF and LF; auto-detection would lock onto the first one.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      // Blank lines must stay as records so row numbers match what a spreadsheet shows.
      skip_empty_lines: false,
    });
  } catch (error) {
    if (error instanceof CsvError) {
      // `records` counts the records completed before the failing one.
      const row = typeof error.records === 'number' ? error.records + 1 : undefined;
      throw new TableFormatError(`Invalid CSV: ${error.message}`, row);
    }
    throw error;
  }
  // One record per spreadsheet row (a quoted multi-line cell stays one row, as Excel shows it).
  return records.map((cells, index) => ({ row: index + 1, cells }));
}

/** Excel in a Vietnamese locale saves CSV with `;`; pick whichever of `,`/`;` dominates the first non-blank line. */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let hasContent = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === ',') commas++;
    else if (ch === ';') semicolons++;
    else if (ch === '\n' || ch === '\r') {
      if (hasContent) break;
      continue;
    }
    if (ch.trim() !== '') hasContent = true; // trim() also drops a BOM
  }
  return semicolons > commas ? ';' : ',';
}

async function readXlsx(base64: string): Promise<RawRow[]> {
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer-like; at runtime it takes a Node Buffer.
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch (error) {
    throw new TableFormatError(`Invalid XLSX file: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TableFormatError('The XLSX file has no worksheet');
  const rows: RawRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell((cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

/** The text a user sees in a cell, for every shape of exceljs cell value. */
function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue);
  if ('error' in value) return value.error;
  return '';
}

/** Excel dates carry no time zone; exceljs reads them as UTC. A pure date keeps just its calendar day. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Header key: accent-, case- and separator-insensitive ("Họ và tên" = "ho_va_ten" = "HoVaTen"). */
function headerKey(text: string): string {
  return foldVietnamese(text).replace(/[\s_-]+/g, '');
}

function isBlank(cells: string[]): boolean {
  // `\S` treats U+00A0 as whitespace too, so NBSP-only cells count as empty.
  return !cells.some((cell) => /\S/.test(cell));
}

function buildTable(raw: RawRow[], specs: ColumnSpec[], maxRows: number): ParsedTable {
  const start = raw.findIndex((r) => !isBlank(r.cells));
  if (start < 0) throw new TableFormatError('The file is empty: no header row found');
  const header = raw[start];

  const keyByName = new Map<string, string>();
  for (const spec of specs) {
    for (const name of [spec.key, ...spec.aliases]) keyByName.set(headerKey(name), spec.key);
  }

  // Column index in the file -> spec key, in file order.
  const mapped: Array<{ index: number; key: string }> = [];
  header.cells.forEach((cell, index) => {
    const key = keyByName.get(headerKey(cell));
    if (!key) return; // unknown columns are ignored
    if (mapped.some((m) => m.key === key)) {
      throw new TableFormatError(
        `Column "${key}" appears more than once in the header ("${normalizeText(cell)}")`,
        header.row,
      );
    }
    mapped.push({ index, key });
  });

  const missing = specs.filter((s) => s.required && !mapped.some((m) => m.key === s.key));
  if (missing.length > 0) {
    const names = missing.map((s) => (s.aliases[0] ? `"${s.aliases[0]}" (${s.key})` : `"${s.key}"`));
    throw new TableFormatError(`Missing required column(s): ${names.join(', ')}`, header.row);
  }

  const rows: TableRow[] = [];
  for (let i = start + 1; i < raw.length; i++) {
    const { row, cells } = raw[i];
    if (isBlank(cells)) continue;
    if (rows.length >= maxRows)
      throw new TableFormatError(`Too many rows: at most ${maxRows} data rows are allowed`, row);
    const values: Record<string, string> = {};
    for (const { index, key } of mapped) values[key] = normalizeText(cells[index] ?? '');
    rows.push({ row, values });
  }
  return { columns: mapped.map((m) => m.key), rows };
}
