import type { CombinedError } from '@urql/core';
import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../../i18n/catalogue';
import { useI18n } from '../../../i18n/i18n';
import { errorKey } from '../../../ui/error-message';
import { PeopleChooser, type ChosenPerson } from '../../../ui/people-chooser';
import { errorCode, errorField } from '../../../ui/server-errors';

export interface InitiativeDraft {
  title: string;
  field: string;
  year: number;
  authors: ChosenPerson[];
}

/** Registers an initiative with its authors (the organization's staff); what was typed stays on an error. */
export function RegisterInitiativeForm({
  organizationId,
  year,
  saving,
  error,
  onSave,
}: {
  organizationId: string;
  year: number;
  saving: boolean;
  error: CombinedError | undefined | null;
  onSave: (draft: InitiativeDraft) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [title, setTitle] = useState('');
  const [field, setField] = useState('');
  const [yearText, setYearText] = useState(String(year));
  const [authors, setAuthors] = useState<ChosenPerson[]>([]);
  const [local, setLocal] = useState<Record<string, MessageKey>>({});
  const serverField = errorField(error);
  const code = errorCode(error);
  const authorsServer = serverField === 'authorIds' || (code === 'NOT_FOUND' && authors.length > 0);
  const messages: Record<string, string | null> = {
    title: local.title ? t(local.title) : serverField === 'title' ? t(errorKey(error)) : null,
    year: local.year ? t(local.year) : serverField === 'year' ? t('exemplars.initiatives.badYear') : null,
    authors: local.authors ? t(local.authors) : authorsServer ? t('exemplars.initiatives.badAuthors') : null,
  };
  const placed = !!error && (authorsServer || serverField === 'title' || serverField === 'year');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, MessageKey> = {};
    if (!title.trim()) problems.title = 'exemplars.initiatives.titleRequired';
    if (!/^\d{4}$/.test(yearText)) problems.year = 'exemplars.initiatives.badYear';
    if (authors.length === 0) problems.authors = 'exemplars.initiatives.authorsRequired';
    setLocal(problems);
    if (Object.keys(problems).length === 0)
      onSave({ title: title.trim(), field: field.trim(), year: Number(yearText), authors });
  };
  const errorOf = (name: string) =>
    messages[name] ? (
      <span id={`${id}-${name}-error`} role="alert" className="error">
        {messages[name]}
      </span>
    ) : null;

  return (
    <form onSubmit={submit} noValidate aria-label={t('exemplars.initiatives.register')}>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('exemplars.initiatives.name')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          aria-invalid={messages.title ? true : undefined}
          aria-describedby={messages.title ? `${id}-title-error` : undefined}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="initiative-title"
        />
        {errorOf('title')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-field`}>{t('exemplars.initiatives.field')}</label>
        <input id={`${id}-field`} type="text" value={field} onChange={(e) => setField(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('exemplars.initiatives.year')}</label>
        <input
          id={`${id}-year`}
          type="number"
          inputMode="numeric"
          value={yearText}
          aria-invalid={messages.year ? true : undefined}
          aria-describedby={messages.year ? `${id}-year-error` : undefined}
          onChange={(e) => setYearText(e.target.value)}
        />
        {errorOf('year')}
      </div>
      <fieldset className="ballot">
        <legend>{t('exemplars.initiatives.authors')}</legend>
        <PeopleChooser
          organizationId={organizationId}
          chosen={authors}
          onChange={setAuthors}
          invalid={!!messages.authors}
          describedBy={messages.authors ? `${id}-authors-error` : undefined}
          labels={{
            search: t('exemplars.staff.search'),
            hint: t('exemplars.staff.hint'),
            chosen: t('exemplars.staff.chosen'),
            noResults: t('exemplars.staff.noResults'),
            add: (name) => t('exemplars.staff.add', { name }),
            remove: (name) => t('exemplars.staff.remove', { name }),
          }}
        />
        {errorOf('authors')}
      </fieldset>
      {error && !placed ? (
        <p role="alert" className="error">
          {t(errorKey(error))}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={saving} data-testid="initiative-register">
        {t('exemplars.initiatives.register')}
      </button>
    </form>
  );
}
