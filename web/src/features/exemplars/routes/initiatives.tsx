import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { RegisterInitiativeForm, type InitiativeDraft } from '../components/register-initiative-form';
import { InitiativesQuery, RegisterInitiativeMutation } from '../documents/initiatives';
import { initiativeHref } from '../paths';
import { vietnamYear } from '../periods';

/** An organization's initiatives of a year, and registering a new one. */
export function InitiativesPage({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [year, setYear] = useState(vietnamYear());
  const [result, refetch] = useQuery({ query: InitiativesQuery, variables: { organizationId, year } });
  const [state, register] = useMutation(RegisterInitiativeMutation);
  const [registered, setRegistered] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  // One key per form: a retry after a lost answer registers it once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const org = result.data?.organization;
  const initiatives = org?.initiatives.edges.map((e) => e.node) ?? [];

  const save = async (draft: InitiativeDraft) => {
    setRegistered(null);
    const res = await register({
      input: {
        organizationId,
        title: draft.title,
        field: draft.field || null,
        year: draft.year,
        authorIds: draft.authors.map((a) => a.id),
        idempotencyKey,
      },
    });
    if (res.data) {
      setRegistered(res.data.registerInitiative.title);
      setFormKey((k) => k + 1);
      setIdempotencyKey(crypto.randomUUID());
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <>
      <h1>{t('exemplars.initiatives.title', { name: org?.name ?? '…' })}</h1>
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('exemplars.initiatives.year')}</label>
        <select id={`${id}-year`} value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[0, 1, 2, 3, 4].map((back) => {
            const y = vietnamYear() - back;
            return (
              <option key={y} value={y}>
                {y}
              </option>
            );
          })}
        </select>
      </div>
      <ErrorMessage error={result.error} />
      {result.data && initiatives.length === 0 ? <p>{t('exemplars.initiatives.none')}</p> : null}
      {initiatives.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('exemplars.initiatives.col.title')}</th>
              <th scope="col">{t('exemplars.initiatives.col.authors')}</th>
              <th scope="col">{t('exemplars.initiatives.col.status')}</th>
              <th scope="col">{t('exemplars.initiatives.col.reach')}</th>
            </tr>
          </thead>
          <tbody>
            {initiatives.map((i) => (
              <tr key={i.id} data-testid="initiative-row" data-initiative-id={i.id} data-status={i.status}>
                <th scope="row">
                  <Link href={initiativeHref(i.id)}>{i.title}</Link>
                </th>
                <td>{i.authors.map((a) => a.fullName).join(', ')}</td>
                <td>{t(`exemplars.status.${i.status}`)}</td>
                <td>{i.reach ? t(`exemplars.reach.${i.reach}`) : t('exemplars.reach.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2>{t('exemplars.initiatives.register')}</h2>
      {registered ? (
        <p role="status" className="notice">
          {t('exemplars.initiatives.registered', { title: registered })}
        </p>
      ) : null}
      <RegisterInitiativeForm
        key={formKey}
        organizationId={organizationId}
        year={year}
        saving={state.fetching}
        error={state.error}
        onSave={(draft) => void save(draft)}
      />
    </>
  );
}
