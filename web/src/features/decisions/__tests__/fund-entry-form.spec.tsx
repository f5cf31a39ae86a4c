import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import { FundEntryForm } from '../components/fund-entry-form';

function renderForm(recorded: boolean) {
  const onRecord = vi.fn(async () => recorded);
  render(
    <I18nProvider language="vi">
      <FundEntryForm sending={false} onRecord={onRecord} />
    </I18nProvider>,
  );
  return onRecord;
}

describe('the fund entry form', () => {
  it('records whole đồng typed with grouping dots, then empties itself', async () => {
    const onRecord = renderForm(true);
    fireEvent.change(screen.getByTestId('fund-entry-amount'), { target: { value: '5.000.000' } });
    fireEvent.change(screen.getByTestId('fund-entry-note'), { target: { value: ' Trích quỹ năm học ' } });
    fireEvent.click(screen.getByTestId('fund-entry-submit'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Đã ghi sổ.'));
    expect(onRecord).toHaveBeenCalledWith({
      kind: 'ALLOCATION',
      amount: 5_000_000,
      note: 'Trích quỹ năm học',
    });
    expect((screen.getByTestId('fund-entry-amount') as HTMLInputElement).value).toBe('');
  });

  it('takes a negative amount for an adjustment only, and explains a wrong one next to the field', async () => {
    const onRecord = renderForm(false);
    fireEvent.change(screen.getByTestId('fund-entry-amount'), { target: { value: '-600.000' } });
    fireEvent.click(screen.getByTestId('fund-entry-submit'));
    expect(screen.getByRole('alert').textContent).toContain('Số tiền phải là số nguyên đồng');
    expect(screen.getByTestId('fund-entry-amount').getAttribute('aria-invalid')).toBe('true');
    expect(onRecord).not.toHaveBeenCalled();

    fireEvent.change(screen.getByTestId('fund-entry-kind'), { target: { value: 'ADJUSTMENT' } });
    fireEvent.click(screen.getByTestId('fund-entry-submit'));
    await waitFor(() =>
      expect(onRecord).toHaveBeenCalledWith({ kind: 'ADJUSTMENT', amount: -600_000, note: null }),
    );
    // Refused by the server: what was typed stays.
    expect((screen.getByTestId('fund-entry-amount') as HTMLInputElement).value).toBe('-600.000');
  });
});
