import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../i18n/format';
import { startOfVietnamDay, todayInVietnam } from '../../../ui/dates';
import { ErrorMessage } from '../../../ui/error-message';
import { serverMessage } from '../../../ui/server-errors';
import { ScopePicker } from '../../../ui/my-organizations';
import { useDebounced } from '../../../ui/use-debounced';
import { TextField } from '../../../ui/text-field';
import { day, problemText } from '../../../ui/validation';
import { EMPTY_PERSON, PersonForm, personChanges, type PersonValues } from '../components/person-form';
import {
  CreatePersonMutation,
  DeactivatePersonMutation,
  LeadOptionsQuery,
  PeopleQuery,
  UpdatePersonMutation,
} from '../documents';

interface Row {
  id: string;
  fullName: string;
  partyPosition?: string | null;
  governmentPosition?: string | null;
  account?: string | null;
  staffCode?: string | null;
  active: boolean;
  leftAt?: string | null;
  leads?: { id: string; name: string } | null;
  organization: { id: string; name: string };
}

const valuesOf = (p: Row): PersonValues => ({
  fullName: p.fullName,
  partyPosition: p.partyPosition ?? '',
  governmentPosition: p.governmentPosition ?? '',
  leadsId: p.leads?.id ?? '',
  account: p.account ?? '',
  staffCode: p.staffCode ?? '',
});

function Deactivate({ person, onDone, onCancel }: { person: Row; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [leftAt, setLeftAt] = useState(todayInVietnam());
  const [state, deactivate] = useMutation(DeactivatePersonMutation);
  const problem = problemText(t, day(leftAt));
  const detail = serverMessage(state.error);
  return (
    <form
      noValidate
      className="panel"
      aria-label={t('people.deactivate.title', { name: person.fullName })}
      onSubmit={async (event) => {
        event.preventDefault();
        const instant = startOfVietnamDay(leftAt);
        if (!instant) return;
        const result = await deactivate({ id: person.id, leftAt: instant });
        if (result.data) onDone();
      }}
    >
      <h3>{t('people.deactivate.title', { name: person.fullName })}</h3>
      <p className="muted">{t('people.deactivate.explain')}</p>
      <TextField
        label={t('people.deactivate.leftAt')}
        type="date"
        value={leftAt}
        onChange={setLeftAt}
        required
        error={problem}
        testId="person-leftAt"
      />
      <ErrorMessage error={state.error} />
      {state.error && detail ? <p className="muted">{t('validation.server', { message: detail })}</p> : null}
      <button
        type="submit"
        className="primary"
        disabled={!!problem || state.fetching}
        data-testid="person-deactivate-submit"
      >
        {t('people.deactivate.submit')}
      </button>{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        {t('people.cancel')}
      </button>
    </form>
  );
}

/** `/people/:organizationId`: the staff of an organization, searchable without diacritics. */
export function PeoplePage({ organizationId }: { organizationId: string | undefined }) {
  const { t } = useI18n();
  const searchId = useId();
  const [text, setText] = useState('');
  const [search] = useDebounced(text.trim());
  const [below, setBelow] = useState(false);
  // The page's cursor belongs to the search it was fetched for: a new search starts on page one.
  const [paging, setPaging] = useState<{ search: string; after: string | null }>({ search: '', after: null });
  const after = paging.search === search ? paging.after : null;
  const setAfter = (next: string | null) => setPaging({ search, after: next });
  const [action, setAction] = useState<{ kind: 'edit' | 'deactivate'; person: Row } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [result, refresh] = useQuery({
    query: PeopleQuery,
    variables: { id: organizationId ?? '', search: search || null, after, includeDescendants: below },
    pause: !organizationId,
  });
  const [leads] = useQuery({
    query: LeadOptionsQuery,
    variables: { id: organizationId ?? '' },
    pause: !organizationId,
  });
  const [, createPerson] = useMutation(CreatePersonMutation);
  const [, updatePerson] = useMutation(UpdatePersonMutation);
  const reload = () => refresh({ requestPolicy: 'network-only' });
  const organization = result.data?.organization;
  const leadOptions = organization
    ? [
        { id: organization.id, name: organization.name },
        ...(leads.data?.organization?.children.edges.map((e) => e.node) ?? []),
      ]
    : [];
  const people: Row[] = organization?.people.edges.map((e) => e.node) ?? [];

  return (
    <>
      <h1>{organization ? t('people.titleOf', { name: organization.name }) : t('people.title')}</h1>
      <ScopePicker base="/people" current={organization ?? null} />
      {!organizationId ? <p className="muted">{t('people.choose')}</p> : null}
      <ErrorMessage error={result.error} />
      {result.data && !organization ? <p className="notice">{t('error.NOT_FOUND')}</p> : null}
      {notice ? (
        <p role="status" className="notice" data-testid="people-notice">
          {notice}
        </p>
      ) : null}
      {organization ? (
        <>
          <div className="field">
            <label htmlFor={searchId}>{t('people.search')}</label>
            <input
              id={searchId}
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-describedby={`${searchId}-hint`}
              data-testid="people-search"
            />
            <span id={`${searchId}-hint`} className="muted">
              {t('people.searchHint')}
            </span>
          </div>
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={below}
                onChange={(event) => {
                  setBelow(event.target.checked);
                  setAfter(null);
                }}
              />{' '}
              {t('people.includeBelow')}
            </label>
          </div>
          <p className="muted" aria-live="polite">
            {t('people.count', { count: organization.people.totalCount })}
          </p>
          <div className="table-scroll">
            <table data-testid="people-table">
              <thead>
                <tr>
                  <th scope="col">{t('people.field.fullName')}</th>
                  <th scope="col">{t('people.field.partyPosition')}</th>
                  <th scope="col">{t('people.field.governmentPosition')}</th>
                  <th scope="col">{t('people.column.leads')}</th>
                  <th scope="col">{t('people.field.account')}</th>
                  {below ? <th scope="col">{t('people.column.organization')}</th> : null}
                  <th scope="col">{t('people.column.status')}</th>
                  <th scope="col">{t('people.column.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr
                    key={p.id}
                    data-testid="person-row"
                    data-person-id={p.id}
                    data-active={String(p.active)}
                  >
                    <th scope="row">{p.fullName}</th>
                    <td>{p.partyPosition ?? ''}</td>
                    <td>{p.governmentPosition ?? ''}</td>
                    <td>
                      {p.leads ? <Link href={`/organizations/${p.leads.id}`}>{p.leads.name}</Link> : ''}
                    </td>
                    <td>{p.account ?? ''}</td>
                    {below ? <td>{p.organization.name}</td> : null}
                    <td>
                      {p.active
                        ? t('people.active')
                        : t('people.left', { date: p.leftAt ? formatDate(p.leftAt) : '' })}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => setAction({ kind: 'edit', person: p })}
                        aria-label={t('people.edit.title', { name: p.fullName })}
                        data-testid="person-edit"
                      >
                        {t('people.edit.short')}
                      </button>{' '}
                      {p.active ? (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => setAction({ kind: 'deactivate', person: p })}
                          aria-label={t('people.deactivate.title', { name: p.fullName })}
                          data-testid="person-deactivate"
                        >
                          {t('people.deactivate.short')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {people.length === 0 ? <p className="muted">{t('people.none')}</p> : null}
          {after || organization.people.pageInfo.hasNextPage ? (
            <p>
              {after ? (
                <button type="button" className="secondary" onClick={() => setAfter(null)}>
                  {t('people.first')}
                </button>
              ) : null}{' '}
              {organization.people.pageInfo.hasNextPage ? (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setAfter(organization.people.pageInfo.endCursor ?? null)}
                >
                  {t('people.next')}
                </button>
              ) : null}
            </p>
          ) : null}
          {action?.kind === 'edit' ? (
            <section aria-labelledby="person-edit-title">
              <h2 id="person-edit-title">{t('people.edit.title', { name: action.person.fullName })}</h2>
              <PersonForm
                key={action.person.id}
                mode="edit"
                initial={valuesOf(action.person)}
                leadOptions={leadOptions}
                onCancel={() => setAction(null)}
                onSubmit={async (values) => {
                  const input = personChanges(valuesOf(action.person), values);
                  if (Object.keys(input).length === 0) {
                    setAction(null);
                    return undefined;
                  }
                  const r = await updatePerson({ id: action.person.id, input });
                  if (r.error) return r.error;
                  setNotice(t('people.edit.done', { name: values.fullName.trim() }));
                  setAction(null);
                  reload();
                  return undefined;
                }}
              />
            </section>
          ) : null}
          {action?.kind === 'deactivate' ? (
            <Deactivate
              key={action.person.id}
              person={action.person}
              onCancel={() => setAction(null)}
              onDone={() => {
                setNotice(t('people.deactivate.done', { name: action.person.fullName }));
                setAction(null);
                reload();
              }}
            />
          ) : null}
          <section aria-labelledby="person-create-title">
            <h2 id="person-create-title">{t('people.create.title')}</h2>
            <PersonForm
              mode="create"
              initial={EMPTY_PERSON}
              leadOptions={leadOptions}
              onSubmit={async (values) => {
                const r = await createPerson({
                  input: {
                    organizationId: organization.id,
                    fullName: values.fullName.trim(),
                    partyPosition: values.partyPosition.trim() || null,
                    governmentPosition: values.governmentPosition.trim() || null,
                    leadsId: values.leadsId || null,
                    account: values.account.trim() || null,
                    staffCode: values.staffCode.trim() || null,
                  },
                });
                if (r.error) return r.error;
                setNotice(t('people.create.done', { name: values.fullName.trim() }));
                reload();
                return undefined;
              }}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
