import { stream, type Borders, type Font, type Worksheet } from 'exceljs';
import type { ServerResponse } from 'node:http';
import { drained, type ExportSheet, type TableFormat } from './export-table';

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = { name: 'Times New Roman', size: 12 };

/** Excel refuses sheet names over 31 characters or with any of `[]:*?/\`. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

/** The title and detail lines, a blank line, then the header row; returns the header row's number. */
function writeHeading(sheet: Worksheet, table: ExportSheet): number {
  const width = table.columns.length;
  const line = (text: string, font: Partial<Font>, horizontal: 'center' | 'left') => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.font = font;
    row.alignment = { horizontal, vertical: 'middle', wrapText: true };
    row.commit();
  };
  table.title.forEach((text, index) =>
    line(text, { ...FONT, bold: true, size: index === 0 ? 14 : 12 }, 'center'),
  );
  for (const text of table.details ?? []) line(text, FONT, 'left');
  if (headingLines(table) > 0) sheet.addRow([]).commit();
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
  });
  header.commit();
  return header.number;
}

const headingLines = (table: ExportSheet) => table.title.length + (table.details?.length ?? 0);

/** One sheet, its rows committed (zipped into the response) a page at a time; false if the client left. */
async function writeSheet(
  workbook: stream.xlsx.WorkbookWriter,
  table: ExportSheet,
  res: ServerResponse,
): Promise<boolean> {
  const headerRow = headingLines(table) > 0 ? headingLines(table) + 2 : 1;
  const sheet = workbook.addWorksheet(sheetName(table.sheetName), {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = table.columns.map((c) => ({ width: c.width }));
  writeHeading(sheet, table);
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: table.columns.length },
  };

  for await (const rows of table.pages) {
    if (res.destroyed) return false;
    for (const cells of rows) {
      const row = sheet.addRow(cells);
      table.columns.forEach((column, index) => {
        const cell = row.getCell(index + 1);
        cell.font = FONT;
        cell.border = THIN;
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: column.center ? 'center' : 'left' };
      });
      row.commit();
    }
    await drained(res);
  }
  if (res.destroyed) return false;
  sheet.commit();
  return true;
}

/**
 * Streams the workbook: exceljs's WorkbookWriter zips each committed row into the response as
 * it goes. No shared strings (that table would hold every text until the end).
 */
export const xlsxFormat: TableFormat = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  async write(table, res) {
    const workbook = new stream.xlsx.WorkbookWriter({
      stream: res,
      useStyles: true,
      useSharedStrings: false,
    });
    workbook.creator = 'Laurel';
    for (const sheet of [table, ...(table.moreSheets ?? [])])
      if (!(await writeSheet(workbook, sheet, res))) return;
    await workbook.commit();
  },
};
