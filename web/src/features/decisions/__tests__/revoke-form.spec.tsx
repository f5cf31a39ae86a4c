import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import { reasonOf, RevokeForm } from '../components/revoke-form';

describe('the revoke form', () => {
  it('asks for the grounds of art. 93 cl. 2, repeats the consequences, and sends only on confirmation', () => {
    const onRevoke = vi.fn();
    render(
      <I18nProvider language="en">
        <RevokeForm
          nomineeName="Đỗ Thị Khai Man"
          rewardToRecover={760_000}
          affectedCount={1}
          sending={false}
          onRevoke={onRevoke}
        />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByTestId('revoke-number'), { target: { value: '50/QĐ-TH' } });
    fireEvent.change(screen.getByTestId('revoke-date'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByTestId('revoke-review'));
    expect(screen.getByRole('alert').textContent).toBe('Choose one of the grounds of article 93, clause 2.');
    expect(screen.queryByTestId('revoke-confirmation')).toBeNull();

    fireEvent.change(screen.getByTestId('revoke-ground'), { target: { value: 'FALSE_DECLARATION' } });
    fireEvent.change(screen.getByTestId('revoke-details'), {
      target: { value: 'Kê khai sáng kiến không có thật' },
    });
    fireEvent.click(screen.getByTestId('revoke-review'));
    expect(onRevoke).not.toHaveBeenCalled();
    expect(screen.getByTestId('revoke-confirmation').textContent).toContain(
      'Revoke the recognition of Đỗ Thị Khai Man: 760.000 đồng recovered to the fund, 1 later recognition(s) to review.',
    );
    fireEvent.click(screen.getByTestId('revoke-confirm'));
    // The grounds in the Law's Vietnamese words, whatever the reader's language.
    expect(onRevoke).toHaveBeenCalledWith({
      decisionNumber: '50/QĐ-TH',
      decidedAt: '2026-12-01T02:00:00.000Z',
      reason: 'Khai man, gian dối thành tích: Kê khai sáng kiến không có thật',
    });
  });

  it('words each ground so that the server recognizes it', () => {
    expect(reasonOf('FORGED_DOSSIER', '')).toBe('Giả mạo hồ sơ');
    expect(reasonOf('AGAINST_THE_LAW', ' x ')).toBe('Đề nghị khen thưởng trái pháp luật: x');
    expect(reasonOf('STANDARD_UNMET', '')).toBe('Không đạt tiêu chuẩn khi kiểm tra lại');
  });
});
