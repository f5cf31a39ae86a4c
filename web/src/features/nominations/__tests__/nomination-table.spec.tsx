import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import { DeadlineInput } from '../../campaigns/components/deadline-input';
import { parseDeadline } from '../../campaigns/deadline';
import { NominationTable, type NominationRow } from '../components/nomination-table';

const rows: NominationRow[] = [
  {
    id: 'n1',
    stage: 'RETURNED',
    target: 'INDIVIDUAL',
    nomineeName: 'Nguyễn Thị Hằng',
    distinction: {
      code: 'DIEN_HINH_TIEN_TIEN_CA_NHAN',
      nameVi: 'Điển hình tiên tiến',
      nameEn: 'Exemplary individual',
    },
    nominee: { __typename: 'Person', partyPosition: 'Bí thư chi bộ', governmentPosition: 'Tổ trưởng' },
    dossier: { summary: 'Hoàn thành xuất sắc nhiệm vụ' },
    history: [{ to: 'RETURNED', reason: 'Bổ sung minh chứng' }],
  },
];

describe('the seed form’s table', () => {
  it('has the columns of seed 000 and one row per nomination, numbered', () => {
    render(
      <I18nProvider language="vi">
        <NominationTable
          caption="2. Điển hình tiên tiến xuất sắc"
          rows={rows}
          collective={false}
          testId="t"
        />
      </I18nProvider>,
    );
    const table = screen.getByTestId('t');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ Đảng / đoàn thể',
      'Chức vụ chính quyền',
      'Danh hiệu',
      'Tóm tắt thành tích',
      'Tình trạng',
    ]);
    const cells = within(screen.getByTestId('nomination-row'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 6)).toEqual([
      '1',
      'Nguyễn Thị Hằng',
      'Bí thư chi bộ',
      'Tổ trưởng',
      'Điển hình tiên tiến',
      'Hoàn thành xuất sắc nhiệm vụ',
    ]);
    expect(cells[6]).toContain('Bổ sung minh chứng');
  });
});

describe('the deadline input', () => {
  it('reads the typed deadline back in full, and says what is wrong beside the field', () => {
    const { rerender } = render(
      <I18nProvider language="vi">
        <DeadlineInput
          label="Hạn đăng ký"
          value="17:00, 23/03"
          onChange={() => undefined}
          parsed={parseDeadline('17:00, 23/03', () => 2027)}
          testId="d"
        />
      </I18nProvider>,
    );
    expect(screen.getByLabelText('Hạn đăng ký')).toHaveProperty('value', '17:00, 23/03');
    expect(screen.getByTestId('d-reading').textContent).toBe('Hạn: 17:00, 23/03/2027');
    rerender(
      <I18nProvider language="vi">
        <DeadlineInput
          label="Hạn đăng ký"
          value="23/03"
          onChange={() => undefined}
          parsed={parseDeadline('23/03', () => 2027)}
          problem={{ key: 'campaigns.problem.deadlineHour' }}
          testId="d"
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Thiếu giờ hoặc giờ không hợp lệ. Ví dụ “17:00, 23/03”.',
    );
    expect(screen.getByLabelText('Hạn đăng ký').getAttribute('aria-invalid')).toBe('true');
  });
});
