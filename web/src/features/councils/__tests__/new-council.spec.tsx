import { Client, makeErrorResult, makeResult, type Exchange, type Operation } from '@urql/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { filter, map, pipe } from 'wonka';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { I18nProvider } from '../../../i18n/i18n';
import { NewCouncilPage } from '../routes/new-council';

const organization = { __typename: 'Organization', id: 'school', name: 'Trường THCS Nguyễn Du' };
const person = {
  __typename: 'Person',
  id: 'p1',
  fullName: 'Trần Văn Đức',
  governmentPosition: 'Giáo viên',
  active: true,
  organization: { __typename: 'Organization', id: 'unit', name: 'Tổ Toán – Tin' },
};

/** A client whose answers come from `answer`; the mutations it was asked are kept. */
function fakeClient(answer: (operation: Operation) => ReturnType<typeof makeResult>) {
  const mutations: Operation[] = [];
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((op) => op.kind !== 'teardown'),
      map((op) => {
        if (op.kind === 'mutation') mutations.push(op);
        return answer(op);
      }),
    );
  return { client: new Client({ url: 'http://test/graphql', exchanges: [exchange] }), mutations };
}

function renderPage(answer: (operation: Operation) => ReturnType<typeof makeResult>) {
  const fake = fakeClient(answer);
  const { hook, searchHook } = memoryLocation({ path: '/councils/new?organization=school' });
  render(
    <Provider value={fake.client}>
      <I18nProvider language="vi">
        <Router hook={hook} searchHook={searchHook}>
          <NewCouncilPage />
        </Router>
      </I18nProvider>
    </Provider>,
  );
  return fake;
}

const queries = (op: Operation) => {
  const name = op.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value;
  if (name === 'CouncilsOfOrganization')
    return makeResult(op, {
      data: { organization, councils: { __typename: 'CouncilConnection', totalCount: 0, edges: [] } },
    });
  if (name === 'StaffSearch')
    return makeResult(op, {
      data: {
        organization: {
          ...organization,
          people: {
            __typename: 'PersonConnection',
            totalCount: 1,
            edges: [{ __typename: 'PersonEdge', node: person }],
          },
        },
      },
    });
  return makeErrorResult(op, new Error(`unexpected ${name}`));
};

describe('setting up a council', () => {
  it('checks as the user types, and keeps everything typed when the server refuses, with the reason beside the members', async () => {
    const fake = renderPage((op) =>
      op.kind === 'mutation'
        ? makeResult(op, {
            errors: [
              new GraphQLError('members[0].personId: Trần Văn Đức has left and cannot be seated', {
                extensions: { code: 'BAD_USER_INPUT' },
              }),
            ],
          })
        : queries(op),
    );
    const name = (await screen.findByLabelText('Tên hội đồng')) as HTMLInputElement;
    fireEvent.change(name, { target: { value: 'H' } });
    fireEvent.change(name, { target: { value: '' } });
    expect(screen.getByText('Vui lòng nhập tên hội đồng.').getAttribute('role')).toBe('alert');
    fireEvent.change(name, { target: { value: 'Hội đồng Thi đua – Khen thưởng' } });
    expect(screen.queryByText('Vui lòng nhập tên hội đồng.')).toBeNull();

    // Nothing sent without members.
    fireEvent.click(screen.getByTestId('council-submit'));
    expect(screen.getByText('Hội đồng cần ít nhất một thành viên.')).toBeTruthy();
    expect(fake.mutations).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Tìm cán bộ, giáo viên theo tên'), {
      target: { value: 'tran van duc' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm Trần Văn Đức' }, { timeout: 2000 }));
    expect((screen.getByLabelText('Vai trò của Trần Văn Đức') as HTMLSelectElement).value).toBe('CHAIR');

    fireEvent.click(screen.getByTestId('council-submit'));
    await screen.findByText(/Máy chủ không chấp nhận danh sách thành viên/);
    expect(fake.mutations).toHaveLength(1);
    expect(fake.mutations[0]!.variables).toEqual({
      input: {
        organizationId: 'school',
        name: 'Hội đồng Thi đua – Khen thưởng',
        kind: 'EMULATION',
        members: [{ personId: 'p1', role: 'CHAIR' }],
      },
    });
    // What was typed and chosen is all still there.
    expect(name.value).toBe('Hội đồng Thi đua – Khen thưởng');
    expect(screen.getAllByTestId('council-draft-member')).toHaveLength(1);
    await waitFor(() =>
      expect((screen.getByTestId('council-submit') as HTMLButtonElement).disabled).toBe(false),
    );
  });
});
