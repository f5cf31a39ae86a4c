import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useLocation } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { CreateExemplarMutation, RecognizedNominationsQuery } from '../documents/fostering';
import { exemplarHref } from '../paths';

interface Recognized {
  id: string;
  nomineeName: string;
  year: number;
  distinction: { nameVi: string; nameEn: string };
}

function NewExemplarRow({ nomination }: { nomination: Recognized }) {
  const { t, language } = useI18n();
  const id = useId();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState(false);
  // One key per row: a retry after a lost answer creates the exemplar once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [state, create] = useMutation(CreateExemplarMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(!title.trim());
    if (!title.trim()) return;
    const res = await create({ input: { nominationId: nomination.id, title: title.trim(), idempotencyKey } });
    if (res.data) navigate(exemplarHref(res.data.createExemplar.id));
  };
  return (
    <li data-testid="recognized-nomination" data-nomination-id={nomination.id}>
      <strong>{nomination.nomineeName}</strong> —{' '}
      {language === 'en' ? nomination.distinction.nameEn : nomination.distinction.nameVi} ({nomination.year})
      <form className="toolbar" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-title`}>{t('exemplars.new.title', { name: nomination.nomineeName })}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className="primary" disabled={state.fetching}>
          {t('exemplars.new.create')}
        </button>
      </form>
      {missing ? (
        <p id={`${id}-error`} role="alert" className="error">
          {t('exemplars.new.titleRequired')}
        </p>
      ) : null}
      <ErrorMessage error={state.error} />
    </li>
  );
}

/** Recognized nominees of the subtree not fostered yet: each becomes an exemplar with a title. */
export function NewExemplars({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const [result] = useQuery({ query: RecognizedNominationsQuery, variables: { organizationId } });
  const open = (result.data?.organization?.nominations.edges.map((e) => e.node) ?? []).filter(
    (n) => !n.exemplar,
  );
  return (
    <section aria-labelledby="new-heading">
      <h2 id="new-heading">{t('exemplars.new.heading')}</h2>
      <p className="muted">{t('exemplars.new.hint')}</p>
      <ErrorMessage error={result.error} />
      {result.data && open.length === 0 ? <p>{t('exemplars.new.none')}</p> : null}
      {open.length > 0 ? (
        <ul>
          {open.map((n) => (
            <NewExemplarRow key={n.id} nomination={n} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
