import type { CombinedError } from '@urql/core';
import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { fieldRefusal, refusedFields, serverMessage } from '../../../ui/server-errors';
import { TextField } from '../../../ui/text-field';
import { LIMITS, optionalText, problemText, requiredText, type Problem } from '../../../ui/validation';

export interface PersonValues {
  fullName: string;
  partyPosition: string;
  governmentPosition: string;
  leadsId: string;
  account: string;
  staffCode: string;
}

export const EMPTY_PERSON: PersonValues = {
  fullName: '',
  partyPosition: '',
  governmentPosition: '',
  leadsId: '',
  account: '',
  staffCode: '',
};

/** The server's rules (CreatePersonInput / UpdatePersonInput), field by field. */
export function personProblems(values: PersonValues): Partial<Record<keyof PersonValues, Problem>> {
  const problems: Partial<Record<keyof PersonValues, Problem>> = {
    fullName: requiredText(values.fullName, LIMITS.fullName),
    partyPosition: optionalText(values.partyPosition, LIMITS.position),
    governmentPosition: optionalText(values.governmentPosition, LIMITS.position),
    account: optionalText(values.account, LIMITS.account),
    staffCode: optionalText(values.staffCode, LIMITS.staffCode),
  };
  return Object.fromEntries(Object.entries(problems).filter(([, p]) => p !== null));
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * `updatePerson` changes only the fields given, and null clears an optional one: send exactly
 * what the user changed (an emptied position becomes null).
 */
export function personChanges(
  before: PersonValues,
  after: PersonValues,
): {
  fullName?: string;
  partyPosition?: string | null;
  governmentPosition?: string | null;
  leadsId?: string | null;
  account?: string | null;
} {
  const changes: ReturnType<typeof personChanges> = {};
  if (after.fullName.trim() !== before.fullName.trim()) changes.fullName = after.fullName.trim();
  if (orNull(after.partyPosition) !== orNull(before.partyPosition))
    changes.partyPosition = orNull(after.partyPosition);
  if (orNull(after.governmentPosition) !== orNull(before.governmentPosition))
    changes.governmentPosition = orNull(after.governmentPosition);
  if (orNull(after.leadsId) !== orNull(before.leadsId)) changes.leadsId = orNull(after.leadsId);
  if (orNull(after.account) !== orNull(before.account)) changes.account = orNull(after.account);
  return changes;
}

/**
 * A person's details, for `createPerson` (with the staff code) or `updatePerson`. Checked as the
 * user types; on a refusal every typed value stays and the reason shows by the field and the button.
 */
export function PersonForm({
  mode,
  initial,
  leadOptions,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit';
  initial: PersonValues;
  leadOptions: readonly { id: string; name: string }[];
  onSubmit: (values: PersonValues) => Promise<CombinedError | undefined>;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const leadsId = useId();
  const [values, setValues] = useState<PersonValues>(initial);
  const [touched, setTouched] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const set = (key: keyof PersonValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const problems = personProblems(values);
  const refused = refusedFields(error);
  const show = (key: keyof PersonValues) =>
    (touched || values[key] !== initial[key] ? problemText(t, problems[key] ?? null) : null) ??
    (fieldRefusal(error, key) === 'taken'
      ? t('validation.taken')
      : refused.has(key)
        ? t('validation.invalid')
        : null);
  const detail = serverMessage(error);
  return (
    <form
      noValidate
      className="panel"
      aria-label={t(mode === 'create' ? 'people.create.title' : 'people.edit.title', {
        name: initial.fullName,
      })}
      onSubmit={async (event) => {
        event.preventDefault();
        setTouched(true);
        if (Object.keys(problems).length > 0) return;
        setSending(true);
        const failure = await onSubmit(values);
        setSending(false);
        setError(failure);
        if (!failure && mode === 'create') {
          setValues(EMPTY_PERSON);
          setTouched(false);
        }
      }}
    >
      <TextField
        label={t('people.field.fullName')}
        value={values.fullName}
        onChange={set('fullName')}
        required
        error={show('fullName')}
        testId="person-fullName"
      />
      <TextField
        label={t('people.field.partyPosition')}
        value={values.partyPosition}
        onChange={set('partyPosition')}
        hint={t('people.field.partyHint')}
        error={show('partyPosition')}
        testId="person-partyPosition"
      />
      <TextField
        label={t('people.field.governmentPosition')}
        value={values.governmentPosition}
        onChange={set('governmentPosition')}
        hint={t('people.field.governmentHint')}
        error={show('governmentPosition')}
        testId="person-governmentPosition"
      />
      <div className="field">
        <label htmlFor={leadsId}>{t('people.field.leads')}</label>
        <select
          id={leadsId}
          value={values.leadsId}
          onChange={(event) => set('leadsId')(event.target.value)}
          data-testid="person-leads"
        >
          <option value="">{t('people.field.leadsNone')}</option>
          {leadOptions.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={t('people.field.account')}
        value={values.account}
        onChange={set('account')}
        hint={t('people.field.accountHint')}
        error={show('account')}
        testId="person-account"
      />
      {mode === 'create' ? (
        <TextField
          label={t('people.field.staffCode')}
          value={values.staffCode}
          onChange={set('staffCode')}
          error={show('staffCode')}
          testId="person-staffCode"
        />
      ) : null}
      {refused.size > 0 ? (
        <p role="alert" className="error">
          {t('validation.fixFields')}
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
      {error && detail ? <p className="muted">{t('validation.server', { message: detail })}</p> : null}
      <button type="submit" className="primary" disabled={sending} data-testid="person-submit">
        {t(mode === 'create' ? 'people.create.submit' : 'people.edit.submit')}
      </button>
      {onCancel ? (
        <>
          {' '}
          <button type="button" className="secondary" onClick={onCancel}>
            {t('people.cancel')}
          </button>
        </>
      ) : null}
    </form>
  );
}
