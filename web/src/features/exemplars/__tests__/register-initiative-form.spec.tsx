import { Client, CombinedError, fetchExchange } from '@urql/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Provider } from 'urql';
import { I18nProvider } from '../../../i18n/i18n';
import { RegisterInitiativeForm } from '../components/register-initiative-form';

const people = [
  {
    id: 'p1',
    fullName: 'Hoàng Minh Đức',
    active: true,
    organization: { id: 'k1', name: 'Khoa Lý luận cơ sở' },
  },
  {
    id: 'p2',
    fullName: 'Hoàng Minh Đăng',
    active: false,
    organization: { id: 'k1', name: 'Khoa Lý luận cơ sở' },
  },
];

/** The directory as the gateway answers it; every search it received is kept. */
function directory() {
  const searches: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: unknown, init?: { body?: unknown }) => {
      // A query goes as GET within the URL's limit, else as a POST body.
      const variables = init?.body
        ? (JSON.parse(String(init.body)) as { variables: { search: string } }).variables
        : (JSON.parse(new URL(String(url)).searchParams.get('variables') ?? '{}') as { search: string });
      const body = { variables };
      searches.push(body.variables.search);
      const data = {
        organization: {
          __typename: 'Organization',
          id: 'school',
          people: {
            __typename: 'PersonConnection',
            edges: people.map((node) => ({
              __typename: 'PersonEdge',
              node: {
                __typename: 'Person',
                ...node,
                organization: { __typename: 'Organization', ...node.organization },
              },
            })),
          },
        },
      };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return searches;
}

function renderForm(onSave = vi.fn(), error: CombinedError | null = null) {
  const client = new Client({ url: 'http://laurel.test/graphql', exchanges: [fetchExchange] });
  const view = render(
    <Provider value={client}>
      <I18nProvider language="vi">
        <RegisterInitiativeForm
          organizationId="school"
          year={2026}
          saving={false}
          error={error}
          onSave={onSave}
        />
      </I18nProvider>
    </Provider>,
  );
  return { onSave, view, client };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('registering an initiative', () => {
  it('finds authors by name as typed, leaves out people who left, and sends the chosen ones', async () => {
    const searches = directory();
    const { onSave } = renderForm();
    fireEvent.click(screen.getByTestId('initiative-register'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Hãy ghi tên sáng kiến.')).toBeTruthy();
    expect(screen.getByText('Hãy chọn ít nhất một tác giả.')).toBeTruthy();

    fireEvent.change(screen.getByTestId('initiative-title'), {
      target: { value: 'Giảng dạy bằng tình huống' },
    });
    fireEvent.change(screen.getByTestId('person-picker-search'), { target: { value: 'hoang minh' } });
    // The search waits 250 ms after the last key; a loaded machine takes longer.
    const choose = await screen.findByRole('button', { name: 'Chọn Hoàng Minh Đức' }, { timeout: 5_000 });
    // The search goes to the directory as typed: it is the server that ignores diacritics.
    expect(searches).toContain('hoang minh');
    expect(screen.queryByRole('button', { name: 'Chọn Hoàng Minh Đăng' })).toBeNull();
    fireEvent.click(choose);
    expect(screen.getByTestId('person-picker-chosen').textContent).toContain('Hoàng Minh Đức');
    fireEvent.click(screen.getByTestId('initiative-register'));
    expect(onSave).toHaveBeenCalledWith({
      title: 'Giảng dạy bằng tình huống',
      field: '',
      year: 2026,
      authors: [{ id: 'p1', fullName: 'Hoàng Minh Đức' }],
    });
  }, 15_000);

  it('says beside the authors when the server refuses one who is not the organization’s staff', () => {
    directory();
    renderForm(
      vi.fn(),
      new CombinedError({
        graphQLErrors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'authorIds' } }],
      }),
    );
    const search = screen.getByTestId('person-picker-search');
    expect(search.getAttribute('aria-invalid')).toBe('true');
    const described = search.getAttribute('aria-describedby')!.split(' ');
    const message = described
      .map((id) => document.getElementById(id))
      .find((e) => e?.getAttribute('role') === 'alert');
    expect(message?.textContent).toBe('Tác giả phải là cán bộ của đơn vị.');
  });
});
