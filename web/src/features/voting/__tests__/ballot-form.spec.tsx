import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import { BallotForm, type SlateEntry } from '../components/ballot-form';

const slate: SlateEntry[] = [
  {
    id: 'n1',
    nomineeName: 'Nguyễn Văn An',
    distinction: { nameVi: 'Chiến sĩ thi đua cơ sở', nameEn: 'Grassroots emulation soldier' },
    submittingOrganization: { name: 'Trường THCS Lê Văn Tám' },
    dossier: { summary: 'Hoàn thành xuất sắc nhiệm vụ' },
  },
  { id: 'n2' },
];

function renderForm(onSend = vi.fn(), language: 'vi' | 'en' = 'vi') {
  render(
    <I18nProvider language={language}>
      <BallotForm slate={slate} sending={false} onSend={onSend} />
    </I18nProvider>,
  );
  return onSend;
}

describe('the ballot form', () => {
  it('has one group per nomination with the three choices, and needs them all before sending', () => {
    const onSend = renderForm();
    const groups = screen.getAllByTestId('ballot-choice');
    expect(groups.map((g) => g.getAttribute('data-nomination-id'))).toEqual(['n1', 'n2']);
    for (const group of groups) {
      expect(
        within(group)
          .getAllByRole('radio')
          .map((r) => (r as HTMLInputElement).value),
      ).toEqual(['APPROVE', 'REJECT', 'ABSTAIN']);
    }
    // A nomination the member may not read is still on the ballot, by its place on the slate.
    expect(groups[1]!.querySelector('legend')!.textContent).toContain('Đề nghị số 2');
    const submit = screen.getByTestId('ballot-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(within(groups[0]!).getByLabelText('Đồng ý'));
    expect(submit.disabled).toBe(true);
    expect(screen.getByText(/còn 1/)).toBeTruthy();
    fireEvent.submit(submit.closest('form')!);
    expect(onSend).not.toHaveBeenCalled();

    fireEvent.click(within(groups[1]!).getByLabelText('Không biểu quyết'));
    expect(submit.disabled).toBe(false);
    // The confirmation shows what will be sent before the button sends it.
    const confirmation = screen.getByTestId('ballot-confirmation');
    expect(confirmation.textContent).toContain('Nguyễn Văn An: Đồng ý');
    expect(confirmation.textContent).toContain('Đề nghị số 2: Không biểu quyết');
    fireEvent.click(submit);
    expect(onSend).toHaveBeenCalledWith([
      { nominationId: 'n1', choice: 'APPROVE' },
      { nominationId: 'n2', choice: 'ABSTAIN' },
    ]);
  });

  it('speaks English when chosen', () => {
    renderForm(vi.fn(), 'en');
    expect(screen.getAllByLabelText('Approve')).toHaveLength(2);
    expect(screen.getByTestId('ballot-submit').textContent).toBe('Send ballot');
  });
});
