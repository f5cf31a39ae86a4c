import type { CombinedError } from '@urql/core';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { errorKey } from '../../../ui/error-message';
import { errorCode, errorField } from '../../../ui/server-errors';
import { isPeriodLabel } from '../periods';

export const RATINGS = ['WEAK', 'FAIR', 'GOOD', 'EXCELLENT'] as const;
export type RatingValue = (typeof RATINGS)[number];

export interface EvaluationDraft {
  period: string;
  effect: RatingValue;
  influence: RatingValue;
  potential: RatingValue;
  difficulties: string;
  support: string;
}

const MEASURES = ['effect', 'influence', 'potential'] as const;

/**
 * Records one evaluation for a period (`2026-Q4`, `2026-H2`, `2026`). A period already evaluated
 * (CONFLICT) or not acceptable (BAD_USER_INPUT on `period`) is said beside the period field; the
 * rest of what was written stays.
 */
export function EvaluationForm({
  defaultPeriod,
  saving,
  error,
  onSave,
}: {
  defaultPeriod: string;
  saving: boolean;
  error: CombinedError | undefined | null;
  onSave: (draft: EvaluationDraft) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<EvaluationDraft>({
    period: defaultPeriod,
    effect: 'GOOD',
    influence: 'GOOD',
    potential: 'GOOD',
    difficulties: '',
    support: '',
  });
  const [badPeriod, setBadPeriod] = useState(false);
  const [sentPeriod, setSentPeriod] = useState(defaultPeriod);
  const code = errorCode(error);
  const periodMessage = badPeriod
    ? t('exemplars.eval.badPeriod')
    : code === 'CONFLICT'
      ? t('exemplars.eval.conflict', { period: sentPeriod })
      : code === 'BAD_USER_INPUT' && errorField(error) === 'period'
        ? t('exemplars.eval.badPeriod')
        : null;
  const otherError = error && !periodMessage ? t(errorKey(error)) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const period = draft.period.trim().toUpperCase();
    if (!isPeriodLabel(period)) {
      setBadPeriod(true);
      return;
    }
    setBadPeriod(false);
    setSentPeriod(period);
    onSave({ ...draft, period });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('exemplars.eval.record')}>
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('exemplars.eval.period')}</label>
        <input
          id={`${id}-period`}
          type="text"
          value={draft.period}
          aria-invalid={periodMessage ? true : undefined}
          aria-describedby={`${id}-period-hint${periodMessage ? ` ${id}-period-error` : ''}`}
          onChange={(e) => setDraft({ ...draft, period: e.target.value })}
          data-testid="evaluation-period"
        />
        <span id={`${id}-period-hint`} className="muted">
          {t('exemplars.eval.periodHint')}
        </span>
        {periodMessage ? (
          <span id={`${id}-period-error`} role="alert" className="error">
            {periodMessage}
          </span>
        ) : null}
      </div>
      {MEASURES.map((measure) => (
        <div className="field" key={measure}>
          <label htmlFor={`${id}-${measure}`}>{t(`exemplars.eval.${measure}`)}</label>
          <select
            id={`${id}-${measure}`}
            value={draft[measure]}
            onChange={(e) => setDraft({ ...draft, [measure]: e.target.value as RatingValue })}
          >
            {RATINGS.map((r) => (
              <option key={r} value={r}>
                {t(`exemplars.rating.${r}`)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-difficulties`}>{t('exemplars.eval.difficulties')}</label>
        <textarea
          id={`${id}-difficulties`}
          rows={2}
          value={draft.difficulties}
          onChange={(e) => setDraft({ ...draft, difficulties: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-support`}>{t('exemplars.eval.support')}</label>
        <textarea
          id={`${id}-support`}
          rows={2}
          value={draft.support}
          onChange={(e) => setDraft({ ...draft, support: e.target.value })}
        />
      </div>
      {otherError ? (
        <p role="alert" className="error">
          {otherError}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={saving} data-testid="evaluation-submit">
        {t('exemplars.eval.record')}
      </button>
    </form>
  );
}
