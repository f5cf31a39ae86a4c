import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { deadlineOf, phaseEnd, type CampaignDraft } from '../campaign-form';
import type { DraftSection } from '../use-campaign-draft';
import { DeadlineInput } from './deadline-input';
import { FieldProblem } from './field-problem';

/** The new campaign's title, kind, calendar, year(s) and deadlines. */
export function CampaignBasics({ current, update, shown }: DraftSection) {
  const { t } = useI18n();
  const ids = { title: useId(), kind: useId(), calendar: useId(), year: useId(), endYear: useId() };
  const yearNumber = Number(current.year);
  return (
    <>
      <div className="field">
        <label htmlFor={ids.title}>{t('campaigns.field.title')} *</label>
        <input
          id={ids.title}
          type="text"
          value={current.title}
          onChange={(e) => update({ title: e.target.value }, ['title'])}
          aria-invalid={shown('title') ? true : undefined}
          aria-describedby={shown('title') ? `${ids.title}-p` : undefined}
          data-testid="campaign-title"
        />
        <FieldProblem id={`${ids.title}-p`} problem={shown('title')} />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={ids.kind}>{t('campaigns.field.kind')}</label>
          <select
            id={ids.kind}
            value={current.kind}
            onChange={(e) => update({ kind: e.target.value as CampaignDraft['kind'] }, ['endYear'])}
            data-testid="campaign-kind"
          >
            {(['ANNUAL', 'THEMATIC', 'PHASE'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`campaigns.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.calendar}>{t('campaigns.field.calendar')}</label>
          <select
            id={ids.calendar}
            value={current.calendar}
            onChange={(e) => update({ calendar: e.target.value as CampaignDraft['calendar'] }, [])}
          >
            <option value="SCHOOL_YEAR">{t('campaigns.calendar.SCHOOL_YEAR')}</option>
            <option value="CALENDAR_YEAR">{t('campaigns.calendar.CALENDAR_YEAR')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.year}>{t('campaigns.field.year')} *</label>
          <input
            id={ids.year}
            type="text"
            inputMode="numeric"
            value={current.year}
            onChange={(e) => update({ year: e.target.value }, ['year'])}
            aria-invalid={shown('year') ? true : undefined}
            aria-describedby={shown('year') ? `${ids.year}-p` : undefined}
            data-testid="campaign-year"
          />
          <FieldProblem id={`${ids.year}-p`} problem={shown('year')} />
        </div>
        {current.kind === 'PHASE' ? (
          <div className="field">
            <label htmlFor={ids.endYear}>{t('campaigns.field.endYear')}</label>
            <input
              id={ids.endYear}
              type="text"
              inputMode="numeric"
              value={current.endYear}
              placeholder={Number.isInteger(yearNumber) ? String(phaseEnd(yearNumber)) : ''}
              onChange={(e) => update({ endYear: e.target.value }, ['endYear'])}
              aria-describedby={`${ids.endYear}-hint${shown('endYear') ? ` ${ids.endYear}-p` : ''}`}
              data-testid="campaign-end-year"
            />
            <span id={`${ids.endYear}-hint`} className="muted">
              {t('campaigns.field.endYearHint', {
                end: Number.isInteger(yearNumber) ? phaseEnd(yearNumber) : '…',
              })}
            </span>
            <FieldProblem id={`${ids.endYear}-p`} problem={shown('endYear')} />
          </div>
        ) : null}
      </div>

      <fieldset className="box">
        <legend>{t('campaigns.section.deadlines')}</legend>
        {(
          [
            ['registration', 'campaigns.field.registration', true],
            ['proposal', 'campaigns.field.proposal', true],
            ['escalation', 'campaigns.field.escalation', false],
          ] as const
        ).map(([field, label, required]) => (
          <DeadlineInput
            key={field}
            label={t(label)}
            required={required}
            value={current[field]}
            onChange={(value) => update({ [field]: value }, [field])}
            parsed={current[field].trim() ? deadlineOf(current, current[field]) : null}
            problem={shown(field)}
            testId={`campaign-${field}`}
          />
        ))}
      </fieldset>
    </>
  );
}
