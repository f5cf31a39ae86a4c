import { drained, type Cell, type TableFormat } from './export-table';

/** Excel reads a CSV as the local ANSI code page unless it starts with a UTF-8 byte order mark. */
export const BOM = '\uFEFF';

/**
 * One RFC 4180 field. A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
 * tab, CR first: OWASP's CSV injection list) gets a leading apostrophe, which Excel hides.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export const csvFormat: TableFormat = {
  contentType: 'text/csv; charset=utf-8',
  async write(table, res) {
    res.write(BOM + csvLine(table.columns.map((c) => c.header)));
    for await (const rows of table.pages) {
      if (res.destroyed) return;
      res.write(rows.map(csvLine).join(''));
      await drained(res);
    }
    res.end();
  },
};
