import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { AdoptPageQuery, RecordAdoptionMutation } from '../documents/adoption';
import { dueFromInput, todayInput } from '../periods';

type Kind = 'STUDY_VISIT' | 'ADOPTED';

/** A signed-in admin records that its organization studied or adopted a published model. */
export function AdoptPage({ exemplarId }: { exemplarId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [result] = useQuery({ query: AdoptPageQuery, variables: { id: exemplarId } });
  const [state, record] = useMutation(RecordAdoptionMutation);
  const admins = (result.data?.me.grants ?? []).filter((g) => g.role === 'ORG_ADMIN');
  const [adopter, setAdopter] = useState('');
  const [kind, setKind] = useState<Kind>('ADOPTED');
  const [at, setAt] = useState(todayInput());
  const [outcome, setOutcome] = useState('');
  const [missingDate, setMissingDate] = useState(false);
  const [done, setDone] = useState<{ adopter: string; kind: Kind } | null>(null);

  if (result.error) return <ErrorMessage error={result.error} />;
  if (!result.data) return <p>{t('app.loading')}</p>;
  const exemplar = result.data.exemplar;
  if (!exemplar) return <p className="notice">{t('exemplars.adopt.notFound')}</p>;
  const chosen = adopter || admins[0]?.organization.id || '';
  const nomineeName =
    exemplar.nominee.__typename === 'Person' ? exemplar.nominee.fullName : exemplar.nominee.name;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissingDate(!at);
    if (!at || !chosen) return;
    setDone(null);
    const res = await record({
      input: {
        exemplarId,
        adopterOrganizationId: chosen,
        kind,
        at: dueFromInput(at),
        outcome: outcome.trim() || null,
      },
    });
    if (res.data) setDone({ adopter: res.data.recordAdoption.adopter.name, kind });
  };

  return (
    <>
      <h1>{t('exemplars.adopt.title')}</h1>
      <p>
        <strong>{t('exemplars.adopt.model', { title: exemplar.title })}</strong>
        <br />
        {t('exemplars.page.nominee', { name: nomineeName })}
        <br />
        {t('exemplars.page.fosteredBy', { name: exemplar.organization.name })}
      </p>
      {admins.length === 0 ? (
        <p className="notice">{t('exemplars.adopt.noAdmin')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('exemplars.adopt.title')}>
          <div className="field">
            <label htmlFor={`${id}-adopter`}>{t('exemplars.adopt.adopter')}</label>
            <select id={`${id}-adopter`} value={chosen} onChange={(e) => setAdopter(e.target.value)}>
              {admins.map((g) => (
                <option key={g.id} value={g.organization.id}>
                  {g.organization.name}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="ballot">
            <legend>{t('exemplars.adopt.kind')}</legend>
            <div className="choices">
              {(['STUDY_VISIT', 'ADOPTED'] as const).map((k) => (
                <label key={k}>
                  <input
                    type="radio"
                    name={`${id}-kind`}
                    value={k}
                    checked={kind === k}
                    onChange={() => setKind(k)}
                  />{' '}
                  {t(`exemplars.kind.${k}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-at`}>{t('exemplars.adopt.at')}</label>
            <input
              id={`${id}-at`}
              type="date"
              value={at}
              aria-invalid={missingDate ? true : undefined}
              aria-describedby={missingDate ? `${id}-at-error` : undefined}
              onChange={(e) => setAt(e.target.value)}
            />
            {missingDate ? (
              <span id={`${id}-at-error`} role="alert" className="error">
                {t('exemplars.adopt.dateRequired')}
              </span>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-outcome`}>{t('exemplars.adopt.outcome')}</label>
            <textarea
              id={`${id}-outcome`}
              rows={3}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value)}
              data-testid="adopt-outcome"
            />
          </div>
          {state.error ? (
            state.error.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') ? (
              <p role="alert" className="error">
                {t('exemplars.adopt.notFound')}
              </p>
            ) : (
              <ErrorMessage error={state.error} />
            )
          ) : null}
          <button type="submit" className="primary" disabled={state.fetching} data-testid="adopt-submit">
            {t('exemplars.adopt.submit')}
          </button>
        </form>
      )}
      {done ? (
        <p role="status" className="notice" data-testid="adopt-done">
          {t('exemplars.adopt.done', { adopter: done.adopter, kind: t(`exemplars.kind.${done.kind}`) })}
        </p>
      ) : null}
    </>
  );
}
