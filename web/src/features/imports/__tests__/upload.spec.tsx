import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import { BadRows, ProgressReport } from '../components/import-report';
import { formatOfFile, readImportAnswer } from '../upload';

describe('formatOfFile', () => {
  it('goes by the name Excel saves, then by the type', () => {
    expect(formatOfFile({ name: 'Danh sách.XLSX', type: '' })).toBe('xlsx');
    expect(formatOfFile({ name: 'can-bo.csv', type: 'application/vnd.ms-excel' })).toBe('csv');
    expect(formatOfFile({ name: 'export', type: 'text/csv' })).toBe('csv');
    expect(formatOfFile({ name: 'old.xls', type: 'application/vnd.ms-excel' })).toBeNull();
  });
});

describe('readImportAnswer', () => {
  it('reads the mutation’s result under its own name', () => {
    const body = JSON.stringify({
      data: {
        importPeople: {
          created: 0,
          updated: 0,
          errors: [{ row: 3, message: 'unknown organization code X' }],
        },
      },
    });
    expect(readImportAnswer('people', 200, body)).toEqual({
      ok: true,
      result: { created: 0, updated: 0, errors: [{ row: 3, message: 'unknown organization code X' }] },
    });
    const records = JSON.stringify({
      data: { importDistinctionRecords: { created: 2, updated: 1, errors: [] } },
    });
    expect(readImportAnswer('distinction-records', 200, records)).toEqual({
      ok: true,
      result: { created: 2, updated: 1, errors: [] },
    });
  });

  it('turns a refused request into its code, and a too large file into its own', () => {
    const refused = JSON.stringify({
      errors: [{ message: 'The CSV is not UTF-8', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(readImportAnswer('people', 400, refused)).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      message: 'The CSV is not UTF-8',
    });
    expect(readImportAnswer('people', 413, '')).toEqual({ ok: false, code: 'TOO_LARGE', message: '' });
    expect(readImportAnswer('people', 0, '')).toEqual({ ok: false, code: 'NETWORK', message: '' });
    expect(
      readImportAnswer('organizations', 401, JSON.stringify({ errors: [{ message: 'x' }] })),
    ).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('the import report', () => {
  it('shows upload progress as a percentage, then that the server is checking', () => {
    const { rerender } = render(
      <I18nProvider language="vi">
        <ProgressReport progress={{ sent: 512, total: 2048 }} writing={false} />
      </I18nProvider>,
    );
    expect(screen.getByLabelText('Đang tải tệp lên: 25%').getAttribute('value')).toBe('25');
    rerender(
      <I18nProvider language="vi">
        <ProgressReport progress={{ sent: 2048, total: 2048 }} writing />
      </I18nProvider>,
    );
    expect(screen.getByLabelText('Đã tải lên, máy chủ đang ghi dữ liệu…')).toBeTruthy();
  });

  it('lists every bad row with its number and reason, a whole-file error as such', () => {
    render(
      <I18nProvider language="vi">
        <BadRows
          rows={[
            { row: 0, message: 'Missing required column(s): "họ và tên"' },
            { row: 7, message: 'unknown organization code X' },
          ]}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Có 2 dòng sai' })).toBeTruthy();
    const rows = screen.getAllByTestId('import-error-row');
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      ['Cả tệp', 'Missing required column(s): "họ và tên"'],
      ['7', 'unknown organization code X'],
    ]);
  });
});
