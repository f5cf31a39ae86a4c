import type { CombinedError } from '@urql/core';
import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../../i18n/catalogue';
import { useI18n } from '../../../i18n/i18n';
import { errorKey } from '../../../ui/error-message';
import { errorField } from '../../../ui/server-errors';
import { dueFromInput, inputFromInstant, type PeriodKind } from '../periods';

export interface PlanActionDraft {
  text: string;
  responsibleOrganizationId: string;
  /** `yyyy-MM-dd` (the day in Vietnam). */
  due: string;
}

export interface PlanDraft {
  goals: string;
  targetDistinctionCode: string;
  targetYear: string;
  evaluationPeriod: PeriodKind;
  actions: PlanActionDraft[];
}

/** What `setFosteringPlan` takes. */
export interface PlanInput {
  goals: string;
  targetDistinctionCode: string | null;
  targetYear: number | null;
  evaluationPeriod: PeriodKind;
  actions: { text: string; responsibleOrganizationId: string | null; dueAt: string }[];
}

export interface ExistingPlan {
  goals: string;
  targetYear?: number | null;
  evaluationPeriod: PeriodKind;
  targetDistinction?: { code: string } | null;
  actions: { text: string; dueAt: string; responsible?: { id: string } | null }[];
}

export function draftOf(plan: ExistingPlan | null | undefined): PlanDraft {
  return {
    goals: plan?.goals ?? '',
    targetDistinctionCode: plan?.targetDistinction?.code ?? '',
    targetYear: plan?.targetYear ? String(plan.targetYear) : '',
    evaluationPeriod: plan?.evaluationPeriod ?? 'QUARTER',
    actions: (plan?.actions ?? []).map((a) => ({
      text: a.text,
      responsibleOrganizationId: a.responsible?.id ?? '',
      due: inputFromInstant(a.dueAt),
    })),
  };
}

export function inputOf(draft: PlanDraft): PlanInput {
  return {
    goals: draft.goals.trim(),
    targetDistinctionCode: draft.targetDistinctionCode || null,
    targetYear: draft.targetYear ? Number(draft.targetYear) : null,
    evaluationPeriod: draft.evaluationPeriod,
    actions: draft.actions.map((a) => ({
      text: a.text.trim(),
      responsibleOrganizationId: a.responsibleOrganizationId || null,
      dueAt: dueFromInput(a.due),
    })),
  };
}

const PERIODS: PeriodKind[] = ['QUARTER', 'HALF_YEAR', 'YEAR'];

/**
 * The fostering plan's form: goals, target distinction and year, evaluation period, actions with
 * a responsible unit and a due date. The server's refusal is shown beside the field it names;
 * what was typed stays.
 */
export function PlanForm({
  initial,
  distinctions,
  units,
  saving,
  error,
  onSave,
  onCancel,
}: {
  initial: PlanDraft;
  distinctions: readonly { code: string; name: string }[];
  units: readonly { id: string; name: string }[];
  saving: boolean;
  error: CombinedError | undefined | null;
  onSave: (input: PlanInput) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<PlanDraft>(initial);
  const [local, setLocal] = useState<Record<string, MessageKey>>({});
  const serverField = errorField(error);

  const messageFor = (field: string): string | null => {
    if (local[field]) return t(local[field]);
    if (serverField !== field) return null;
    const leaf = field.replace(/^actions\[\d+\]\./, '');
    const known = `exemplars.plan.bad.${leaf}`;
    return known in BAD_KEYS ? t(known as MessageKey) : t(errorKey(error));
  };
  const described = (field: string) => (messageFor(field) ? `${id}-${field}-error` : undefined);
  const fieldError = (field: string) => {
    const text = messageFor(field);
    return text ? (
      <span id={`${id}-${field}-error`} role="alert" className="error">
        {text}
      </span>
    ) : null;
  };
  const setAction = (index: number, patch: Partial<PlanActionDraft>) =>
    setDraft((d) => ({ ...d, actions: d.actions.map((a, i) => (i === index ? { ...a, ...patch } : a)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, MessageKey> = {};
    if (!draft.goals.trim()) problems.goals = 'exemplars.plan.goalsRequired';
    draft.actions.forEach((a, i) => {
      if (!a.text.trim()) problems[`actions[${i}].text`] = 'exemplars.plan.actionRequired';
      if (!a.due) problems[`actions[${i}].dueAt`] = 'exemplars.plan.actionRequired';
    });
    setLocal(problems);
    if (Object.keys(problems).length === 0) onSave(inputOf(draft));
  };

  const unplaced =
    error &&
    (!serverField || !/^(goals|targetDistinctionCode|targetYear|actions\[\d+\]\.\w+)$/.test(serverField));

  return (
    <form onSubmit={submit} noValidate aria-label={t('exemplars.plan.title')}>
      <div className="field">
        <label htmlFor={`${id}-goals`}>{t('exemplars.plan.goals')}</label>
        <textarea
          id={`${id}-goals`}
          rows={3}
          value={draft.goals}
          aria-invalid={messageFor('goals') ? true : undefined}
          aria-describedby={described('goals')}
          onChange={(e) => setDraft({ ...draft, goals: e.target.value })}
        />
        {fieldError('goals')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-target`}>{t('exemplars.plan.target')}</label>
        <select
          id={`${id}-target`}
          value={draft.targetDistinctionCode}
          aria-invalid={messageFor('targetDistinctionCode') ? true : undefined}
          aria-describedby={described('targetDistinctionCode')}
          onChange={(e) => setDraft({ ...draft, targetDistinctionCode: e.target.value })}
        >
          <option value="">{t('exemplars.plan.targetNone')}</option>
          {distinctions.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
        {fieldError('targetDistinctionCode')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('exemplars.plan.targetYear')}</label>
        <input
          id={`${id}-year`}
          type="number"
          inputMode="numeric"
          value={draft.targetYear}
          aria-invalid={messageFor('targetYear') ? true : undefined}
          aria-describedby={described('targetYear')}
          onChange={(e) => setDraft({ ...draft, targetYear: e.target.value })}
        />
        {fieldError('targetYear')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('exemplars.plan.period')}</label>
        <select
          id={`${id}-period`}
          value={draft.evaluationPeriod}
          onChange={(e) => setDraft({ ...draft, evaluationPeriod: e.target.value as PeriodKind })}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`exemplars.period.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="ballot">
        <legend>{t('exemplars.plan.actions')}</legend>
        {draft.actions.map((action, index) => {
          const n = index + 1;
          const key = (f: string) => `actions[${index}].${f}`;
          return (
            <div key={index} className="toolbar" data-testid="plan-action">
              <div className="field">
                <label htmlFor={`${id}-a${index}-text`}>{t('exemplars.plan.actionText', { n })}</label>
                <input
                  id={`${id}-a${index}-text`}
                  type="text"
                  value={action.text}
                  aria-invalid={messageFor(key('text')) ? true : undefined}
                  aria-describedby={described(key('text'))}
                  onChange={(e) => setAction(index, { text: e.target.value })}
                />
                {fieldError(key('text'))}
              </div>
              <div className="field">
                <label htmlFor={`${id}-a${index}-unit`}>{t('exemplars.plan.actionResponsible', { n })}</label>
                <select
                  id={`${id}-a${index}-unit`}
                  value={action.responsibleOrganizationId}
                  onChange={(e) => setAction(index, { responsibleOrganizationId: e.target.value })}
                >
                  <option value="">{t('exemplars.plan.responsibleNone')}</option>
                  {units.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </select>
                {fieldError(key('responsibleOrganizationId'))}
              </div>
              <div className="field">
                <label htmlFor={`${id}-a${index}-due`}>{t('exemplars.plan.actionDue', { n })}</label>
                <input
                  id={`${id}-a${index}-due`}
                  type="date"
                  value={action.due}
                  aria-invalid={messageFor(key('dueAt')) ? true : undefined}
                  aria-describedby={described(key('dueAt'))}
                  onChange={(e) => setAction(index, { due: e.target.value })}
                />
                {fieldError(key('dueAt'))}
              </div>
              <button
                type="button"
                className="secondary"
                onClick={() => setDraft((d) => ({ ...d, actions: d.actions.filter((_, i) => i !== index) }))}
              >
                {t('exemplars.plan.removeAction', { n })}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setDraft((d) => ({
              ...d,
              actions: [...d.actions, { text: '', responsibleOrganizationId: '', due: '' }],
            }))
          }
        >
          {t('exemplars.plan.addAction')}
        </button>
      </fieldset>
      {unplaced ? (
        <p role="alert" className="error">
          {t(errorKey(error))}
        </p>
      ) : null}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={saving} data-testid="plan-save">
          {t('exemplars.plan.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('exemplars.plan.cancel')}
        </button>
      </div>
    </form>
  );
}

const BAD_KEYS: Record<string, true> = {
  'exemplars.plan.bad.goals': true,
  'exemplars.plan.bad.targetDistinctionCode': true,
  'exemplars.plan.bad.targetYear': true,
  'exemplars.plan.bad.dueAt': true,
};
