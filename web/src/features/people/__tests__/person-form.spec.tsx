import { CombinedError } from '@urql/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import {
  EMPTY_PERSON,
  PersonForm,
  personChanges,
  personProblems,
  type PersonValues,
} from '../components/person-form';

const before: PersonValues = {
  fullName: 'Nguyễn Thị Ánh Tuyết',
  partyPosition: 'Chi ủy viên',
  governmentPosition: 'Giáo viên',
  leadsId: '',
  account: 'anhtuyet',
  staffCode: 'GV01',
};

describe('personChanges (updatePerson sends only what changed)', () => {
  it('sends nothing when nothing changed, whatever the surrounding spaces', () => {
    expect(personChanges(before, { ...before, fullName: ' Nguyễn Thị Ánh Tuyết ' })).toEqual({});
  });

  it('sends a changed field, and null for an emptied optional one', () => {
    expect(
      personChanges(before, {
        ...before,
        governmentPosition: 'Tổ trưởng',
        partyPosition: '  ',
        leadsId: 'o1',
      }),
    ).toEqual({ governmentPosition: 'Tổ trưởng', partyPosition: null, leadsId: 'o1' });
    expect(personChanges(before, { ...before, account: '' })).toEqual({ account: null });
  });
});

describe('personProblems (the server’s lengths)', () => {
  it('needs a name and keeps every field within its limit', () => {
    expect(personProblems(EMPTY_PERSON)).toEqual({ fullName: { kind: 'required' } });
    expect(personProblems({ ...before, partyPosition: 'x'.repeat(501), staffCode: 'x'.repeat(65) })).toEqual({
      partyPosition: { kind: 'tooLong', max: 500 },
      staffCode: { kind: 'tooLong', max: 64 },
    });
    expect(personProblems(before)).toEqual({});
  });
});

function renderForm(onSubmit: (values: PersonValues) => Promise<CombinedError | undefined>) {
  render(
    <I18nProvider language="vi">
      <PersonForm
        mode="create"
        initial={EMPTY_PERSON}
        leadOptions={[{ id: 'o1', name: 'Tổ Toán' }]}
        onSubmit={onSubmit}
      />
    </I18nProvider>,
  );
}

describe('PersonForm', () => {
  it('says what is wrong as the user types, and does not send it', () => {
    const onSubmit = vi.fn(async () => undefined);
    renderForm(onSubmit);
    const party = screen.getByTestId('person-partyPosition');
    fireEvent.change(party, { target: { value: 'x'.repeat(501) } });
    expect(screen.getByText('Quá dài: tối đa 500 ký tự.')).toBeTruthy();
    expect(party.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByTestId('person-submit'));
    expect(screen.getByText('Không được để trống.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps everything typed when the server refuses, with the reason in words', async () => {
    const refusal = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Invalid input: account must be longer', {
          extensions: { code: 'BAD_USER_INPUT', validationErrors: [{ field: 'account' }] },
        }),
      ],
    });
    const onSubmit = vi.fn(async () => refusal);
    renderForm(onSubmit);
    fireEvent.change(screen.getByTestId('person-fullName'), { target: { value: 'Trần Văn Bình' } });
    fireEvent.change(screen.getByTestId('person-account'), { target: { value: 'binh' } });
    fireEvent.change(screen.getByTestId('person-leads'), { target: { value: 'o1' } });
    fireEvent.click(screen.getByTestId('person-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]).toEqual([
      { ...EMPTY_PERSON, fullName: 'Trần Văn Bình', account: 'binh', leadsId: 'o1' },
    ]);
    // The reason, by the field the server named and by the button.
    await screen.findByText('Máy chủ không nhận giá trị này.');
    expect(screen.getByText('Vui lòng sửa các ô được đánh dấu rồi gửi lại.')).toBeTruthy();
    expect((screen.getByTestId('person-fullName') as HTMLInputElement).value).toBe('Trần Văn Bình');
    expect((screen.getByTestId('person-account') as HTMLInputElement).value).toBe('binh');
    expect(screen.getByTestId('person-account').getAttribute('aria-invalid')).toBe('true');
  });

  it('says an account already taken (CONFLICT on the field) by that field', async () => {
    const taken = new CombinedError({
      graphQLErrors: [
        new GraphQLError('account binh is already linked', {
          extensions: { code: 'CONFLICT', field: 'account' },
        }),
      ],
    });
    renderForm(async () => taken);
    fireEvent.change(screen.getByTestId('person-fullName'), { target: { value: 'Trần Văn Bình' } });
    fireEvent.change(screen.getByTestId('person-account'), { target: { value: 'binh' } });
    fireEvent.click(screen.getByTestId('person-submit'));
    await screen.findByText('Giá trị này đã được dùng cho một bản ghi khác.');
    expect(screen.queryByText('Dữ liệu vừa bị thay đổi bởi người khác. Vui lòng tải lại trang.')).toBeNull();
    expect((screen.getByTestId('person-account') as HTMLInputElement).value).toBe('binh');
  });

  it('clears itself after a person was added', async () => {
    renderForm(async () => undefined);
    fireEvent.change(screen.getByTestId('person-fullName'), { target: { value: 'Lê Thị Hoa' } });
    fireEvent.click(screen.getByTestId('person-submit'));
    await waitFor(() => expect((screen.getByTestId('person-fullName') as HTMLInputElement).value).toBe(''));
  });
});
