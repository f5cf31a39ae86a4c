import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import { DecisionForm, type ApprovedNomination, type Prices } from '../components/decision-form';
import { decidedAtOf, parseAmount, refusalKey, refusalsOf } from '../components/helpers';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';

const nominations: ApprovedNomination[] = [
  {
    id: 'head',
    nomineeName: 'Nguyễn Thị Tổ Trưởng',
    target: 'INDIVIDUAL',
    campaign: { title: 'Năm học 2025–2026' },
    distinction: { code: 'GIAY_KHEN', nameVi: 'Giấy khen', nameEn: 'Certificate of merit' },
    submittingOrganization: { name: 'Trường THCS Nguyễn Du' },
  },
  {
    id: 'faculty',
    nomineeName: 'Tổ Toán – Tin',
    target: 'COLLECTIVE',
    campaign: { title: 'Năm học 2025–2026' },
    distinction: { code: 'GIAY_KHEN', nameVi: 'Giấy khen', nameEn: 'Certificate of merit' },
    submittingOrganization: { name: 'Trường THCS Nguyễn Du' },
  },
];
// What the server answers for the date (the form never computes money itself).
const prices: Prices = new Map([
  [
    'GIAY_KHEN',
    {
      INDIVIDUAL: { multiple: '0.3', baseSalary: 2_530_000, amount: 760_000 },
      COLLECTIVE: { multiple: '0.6', baseSalary: 2_530_000, amount: 1_520_000 },
    },
  ],
]);

function renderForm(props: Partial<Parameters<typeof DecisionForm>[0]> = {}) {
  const onIssue = vi.fn();
  const onDateChange = vi.fn();
  render(
    <I18nProvider language="vi">
      <DecisionForm
        nominations={nominations}
        prices={prices}
        onDateChange={onDateChange}
        onIssue={onIssue}
        sending={false}
        refusals={null}
        {...props}
      />
    </I18nProvider>,
  );
  return { onIssue, onDateChange };
}

describe('the decision form', () => {
  it('shows each chosen reward and the total from the server’s prices, and issues the list in order', () => {
    const { onIssue, onDateChange } = renderForm();
    expect(onDateChange).toHaveBeenCalledWith(expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
    fireEvent.click(screen.getByLabelText('Chọn Tổ Toán – Tin'));
    fireEvent.click(screen.getByLabelText('Chọn Nguyễn Thị Tổ Trưởng'));
    const rows = screen.getAllByTestId('decision-preview-row');
    expect(rows.map((r) => r.getAttribute('data-nomination-id'))).toEqual(['head', 'faculty']);
    expect(rows.map((r) => within(r).getByTestId('decision-preview-reward').textContent)).toEqual([
      '760000',
      '1520000',
    ]);
    expect(rows[0]!.textContent).toContain('0,3 × 2.530.000 đ');
    expect(screen.getByTestId('decision-preview-total').textContent).toBe('2280000');

    // Nothing is sent without a number and a signer; each missing field says so next to it.
    fireEvent.click(screen.getByTestId('decision-submit'));
    expect(onIssue).not.toHaveBeenCalled();
    expect(screen.getByText('Vui lòng nhập số quyết định.')).toBeTruthy();
    expect(screen.getByText('Vui lòng nhập người ký.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('decision-number'), { target: { value: ' 21/QĐ-THCS ' } });
    fireEvent.change(screen.getByTestId('decision-signer'), {
      target: { value: 'Hiệu trưởng Phạm Văn Đức' },
    });
    fireEvent.change(screen.getByTestId('decision-date'), { target: { value: '2026-06-15' } });
    expect(onDateChange).toHaveBeenLastCalledWith('2026-06-15');
    fireEvent.click(screen.getByTestId('decision-submit'));
    expect(onIssue).toHaveBeenCalledWith({
      number: '21/QĐ-THCS',
      decidedAt: '2026-06-15T02:00:00.000Z',
      signer: 'Hiệu trưởng Phạm Văn Đức',
      title: 'Về việc tặng danh hiệu thi đua, hình thức khen thưởng',
      nominationIds: ['head', 'faculty'],
    });
  });

  it('says the rewards are being computed until the server answers for the date', () => {
    renderForm({ prices: null });
    fireEvent.click(screen.getByLabelText('Chọn Tổ Toán – Tin'));
    expect(screen.queryByTestId('decision-preview-total')).toBeNull();
    expect(screen.getAllByText('Đang tính mức thưởng…')).toHaveLength(2);
  });

  it('names each refused nomination with the rule in words, and keeps what was typed', () => {
    renderForm({
      refusals: [
        {
          id: 'head',
          code: 'NOT_ELIGIBLE',
          reason: 'A leader is recognized only if…',
          rule: 'LEADER_REQUIRES_COLLECTIVE',
        },
        { id: 'elsewhere', code: 'INVALID_TRANSITION', reason: 'not approved' },
      ],
    });
    const listed = screen.getAllByTestId('decision-refusal');
    expect(listed[0]!.textContent).toBe(
      'Nguyễn Thị Tổ Trưởng: Người đứng đầu chỉ được khen thưởng khi tập thể do người đó lãnh đạo cũng được khen thưởng trong cùng phong trào. Hãy chọn cả tập thể vào cùng quyết định này.',
    );
    expect(listed[1]!.textContent).toContain('Đề nghị elsewhere: Đề nghị chưa được Hội đồng thông qua');
    expect(screen.getByTestId('decision-refusals').getAttribute('role')).toBe('alert');
  });
});

describe('the decisions helpers', () => {
  it('reads the refusals of a decision’s error, and only those', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('refused', {
          extensions: {
            code: 'NOT_ELIGIBLE',
            nominations: [
              { id: 'a', code: 'NOT_ELIGIBLE', reason: 'r', rule: 'PREREQUISITE_MISSING' },
              { bad: 1 },
            ],
          },
        }),
      ],
    });
    const refusals = refusalsOf(error);
    expect(refusals).toEqual([{ id: 'a', code: 'NOT_ELIGIBLE', reason: 'r', rule: 'PREREQUISITE_MISSING' }]);
    expect(refusalKey(refusals![0]!)).toBe('decisions.refusal.PREREQUISITE_MISSING');
    expect(refusalKey({ id: 'b', code: 'SOMETHING_NEW', reason: '' })).toBe('decisions.refusal.other');
    expect(
      refusalsOf(
        new CombinedError({ graphQLErrors: [new GraphQLError('x', { extensions: { code: 'FORBIDDEN' } })] }),
      ),
    ).toBeNull();
  });

  it('parses amounts in whole đồng and dates as Vietnam’s calendar days', () => {
    expect(parseAmount('10.000.000', false)).toBe(10_000_000);
    expect(parseAmount('-600000', true)).toBe(-600_000);
    expect(parseAmount('-600000', false)).toBeNull();
    expect(parseAmount('0', true)).toBeNull();
    expect(parseAmount('1,5', false)).toBeNull();
    expect(decidedAtOf('2026-02-30')).toBeNull();
    expect(decidedAtOf('2023-08-15')).toBe('2023-08-15T02:00:00.000Z');
  });
});
