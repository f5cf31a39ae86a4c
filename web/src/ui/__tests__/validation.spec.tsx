import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { ConfirmButton } from '../confirm-button';
import { startOfVietnamDay, todayInVietnam } from '../dates';
import { day, organizationCode, requiredText } from '../validation';

describe('the organization code rule (as services/organizations/src/organization/code.ts)', () => {
  it('takes ASCII letters, digits and . _ - /, 1 to 64 of them', () => {
    for (const code of ['THCS-LVT', '79/760', 'a.b_c', 'X'.repeat(64)])
      expect(organizationCode(code)).toBeNull();
  });
  it('refuses Vietnamese letters, spaces, nothing and too much', () => {
    expect(organizationCode('Tổ Hóa')).toEqual({ kind: 'code' });
    expect(organizationCode('A B')).toEqual({ kind: 'code' });
    expect(organizationCode('')).toEqual({ kind: 'required' });
    expect(organizationCode('X'.repeat(65))).toEqual({ kind: 'tooLong', max: 64 });
  });
  it('a required text is not blank', () => {
    expect(requiredText('   ', 10)).toEqual({ kind: 'required' });
  });
});

describe('dates of the forms', () => {
  it('a day is the instant it starts in Vietnam', () => {
    expect(startOfVietnamDay('2026-08-31')).toBe('2026-08-30T17:00:00.000Z');
    expect(startOfVietnamDay('31/08/2026')).toBeNull();
    expect(day('2026-02-30')).toBeNull();
    expect(day('')).toEqual({ kind: 'required' });
  });
  it('today is Vietnam’s day, even late in the evening UTC', () => {
    expect(todayInVietnam(new Date('2026-12-06T18:30:00Z'))).toBe('2026-12-07');
  });
});

describe('ConfirmButton', () => {
  it('acts only after the confirmation, in place', () => {
    const onConfirm = vi.fn();
    render(
      <I18nProvider language="vi">
        <ConfirmButton label="Thu hồi" question="Thu hồi khóa A?" onConfirm={onConfirm} testId="revoke" />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByTestId('revoke'));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Thu hồi khóa A?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Không' }));
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('revoke'));
    fireEvent.click(screen.getByTestId('revoke-confirm'));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
