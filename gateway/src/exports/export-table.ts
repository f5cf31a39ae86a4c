import type { ServerResponse } from 'node:http';

export type Cell = string | number | null;

export interface ExportColumn {
  header: string;
  /** Width in characters, for the XLSX. */
  width: number;
  /** Cells are centred (e.g. STT). */
  center?: boolean;
}

/** One sheet: title lines, a header row, rows. */
export interface ExportSheet {
  sheetName: string;
  /** Lines above the header row in the XLSX, as on the paper form. A CSV is data: it starts with the header row. */
  title: string[];
  /** Left-aligned lines under the title (a statistical form's header block), XLSX only. */
  details?: string[];
  columns: ExportColumn[];
  /** Rows a page at a time, fetched as the file is written: never the whole list in memory. */
  pages: AsyncIterable<Cell[][]>;
}

/** What an export produces, whatever the file format. */
export interface ExportTable extends ExportSheet {
  /** File name without extension, in Vietnamese; sent as RFC 5987 `filename*`. */
  fileName: string;
  /** Sheets after the first, XLSX only: an export with them offers no CSV. */
  moreSheets?: ExportSheet[];
}

/** A file format: writes a table to a response whose status and headers are already set. */
export interface TableFormat {
  contentType: string;
  /** Resolves when the file is complete or the client went away; rejects when a page fails. */
  write(table: ExportTable, res: ServerResponse): Promise<void>;
}

/** Waits while the client is slower than we are, so buffers stay at about one page. */
export function drained(res: ServerResponse): Promise<void> {
  if (!res.writableNeedDrain || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
