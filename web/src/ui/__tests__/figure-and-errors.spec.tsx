import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { ErrorMessage, errorKey } from '../error-message';
import { Figure } from '../figure';

const gqlError = (code?: string) =>
  new CombinedError({
    graphQLErrors: [new GraphQLError('raw message', { extensions: code ? { code } : {} })],
  });

describe('Figure', () => {
  it('keeps the text digits only while drawing Vietnamese groups', () => {
    const { getByTestId } = render(<Figure value={1234567} testId="report-total-registered" />);
    const figure = getByTestId('report-total-registered');
    expect(figure.textContent).toBe('1234567');
    expect([...figure.querySelectorAll('.digit-group')].map((g) => g.textContent)).toEqual([
      '1',
      '234',
      '567',
    ]);
  });
});

describe('errors in words', () => {
  it('explains the contract codes, and never shows the raw message', () => {
    expect(errorKey(gqlError('ALREADY_VOTED'))).toBe('error.ALREADY_VOTED');
    expect(errorKey(gqlError('SESSION_NOT_OPEN'))).toBe('error.SESSION_NOT_OPEN');
    expect(errorKey(gqlError('NOT_A_VOTER'))).toBe('error.NOT_A_VOTER');
    expect(errorKey(gqlError('SOMETHING_NEW'))).toBe('error.UNKNOWN');
    expect(errorKey(gqlError())).toBe('error.UNKNOWN');
    expect(errorKey(new CombinedError({ networkError: new Error('fetch failed') }))).toBe('error.NETWORK');
    const { getByRole } = render(
      <I18nProvider language="vi">
        <ErrorMessage error={gqlError('ALREADY_VOTED')} />
      </I18nProvider>,
    );
    expect(getByRole('alert').textContent).toBe(
      'Bạn đã bỏ phiếu trong phiên này rồi; mỗi thành viên chỉ được bỏ một phiếu.',
    );
    expect(getByRole('alert').textContent).not.toContain('raw message');
  });
});
