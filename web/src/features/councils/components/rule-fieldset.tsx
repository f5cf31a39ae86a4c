import { useI18n } from '../../../i18n/i18n';
import type { Prefill, RuleForm, VoteBase, VoteComparison } from '../rule';
import { FieldError } from './field-error';

type RuleField = 'threshold' | 'quorum';

/** The new session's rule: threshold, comparison, base and quorum, prefilled from the catalogue. */
export function RuleFieldset({
  ids,
  rule,
  prefill,
  edited,
  catalogueLoaded,
  slateCount,
  onEdit: edit,
  onRefill,
  message,
}: {
  /** The form's `useId()`, the prefix of every id here. */
  ids: string;
  rule: RuleForm;
  /** The catalogue's rule for the chosen distinctions, if it has one. */
  prefill: Prefill | null;
  /** Whether the user changed the rule. */
  edited: boolean;
  catalogueLoaded: boolean;
  slateCount: number;
  onEdit: (patch: Partial<RuleForm>, field: RuleField) => void;
  /** Back to the catalogue's rule. */
  onRefill: () => void;
  message: (field: RuleField) => string | null;
}) {
  const { t } = useI18n();
  const described = (field: RuleField) => (message(field) ? `${ids}-${field}-error` : undefined);
  const fraction = (field: RuleField, numerator: keyof RuleForm, denominator: keyof RuleForm) => (
    <div className="toolbar">
      <label htmlFor={`${ids}-${field}-n`} className="visually-hidden">
        {t(
          field === 'threshold' ? 'councils.session.thresholdNumerator' : 'councils.session.quorumNumerator',
        )}
      </label>
      <input
        id={`${ids}-${field}-n`}
        className="narrow"
        inputMode="numeric"
        value={rule[numerator]}
        aria-invalid={Boolean(message(field))}
        aria-describedby={described(field)}
        data-testid={`rule-${field}-numerator`}
        onChange={(e) => edit({ [numerator]: e.target.value }, field)}
      />
      <span aria-hidden="true">/</span>
      <label htmlFor={`${ids}-${field}-d`} className="visually-hidden">
        {t(
          field === 'threshold'
            ? 'councils.session.thresholdDenominator'
            : 'councils.session.quorumDenominator',
        )}
      </label>
      <input
        id={`${ids}-${field}-d`}
        className="narrow"
        inputMode="numeric"
        value={rule[denominator]}
        aria-invalid={Boolean(message(field))}
        aria-describedby={described(field)}
        data-testid={`rule-${field}-denominator`}
        onChange={(e) => edit({ [denominator]: e.target.value }, field)}
      />
    </div>
  );

  return (
    <fieldset>
      <legend>{t('councils.session.rule')}</legend>
      {prefill ? (
        <p className="notice" data-testid="rule-source">
          {t('councils.session.ruleFrom', { source: prefill.source })}
          {prefill.confirmed ? null : (
            <>
              {' '}
              <strong data-testid="rule-unconfirmed">({t('councils.session.unconfirmed')})</strong>
              <br />
              {t('councils.session.unconfirmedHint')}
            </>
          )}
        </p>
      ) : slateCount > 0 && catalogueLoaded ? (
        <p className="notice">{t('councils.session.noCatalogue')}</p>
      ) : null}
      {edited && prefill ? (
        <p className="muted">
          {t('councils.session.edited')}{' '}
          <button type="button" className="secondary" onClick={onRefill}>
            {t('councils.session.refill')}
          </button>
        </p>
      ) : null}
      <div className="field">
        <span id={`${ids}-threshold-label`}>{t('councils.session.threshold')}</span>
        <div role="group" aria-labelledby={`${ids}-threshold-label`}>
          {fraction('threshold', 'thresholdNumerator', 'thresholdDenominator')}
        </div>
        <FieldError id={`${ids}-threshold-error`} text={message('threshold')} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-comparison`}>{t('councils.session.comparison')}</label>
        <select
          id={`${ids}-comparison`}
          value={rule.comparison}
          data-testid="rule-comparison"
          onChange={(e) => edit({ comparison: e.target.value as VoteComparison }, 'threshold')}
        >
          {(['AT_LEAST', 'MORE_THAN'] as const).map((c) => (
            <option key={c} value={c}>
              {t(`councils.session.comparison.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-base`}>{t('councils.session.base')}</label>
        <select
          id={`${ids}-base`}
          value={rule.base}
          data-testid="rule-base"
          onChange={(e) => edit({ base: e.target.value as VoteBase }, 'threshold')}
        >
          {(['TOTAL_MEMBERS', 'BALLOTS_CAST'] as const).map((b) => (
            <option key={b} value={b}>
              {t(`councils.session.base.${b}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <span id={`${ids}-quorum-label`}>{t('councils.session.quorum')}</span>
        <div role="group" aria-labelledby={`${ids}-quorum-label`}>
          {fraction('quorum', 'quorumNumerator', 'quorumDenominator')}
        </div>
        <FieldError id={`${ids}-quorum-error`} text={message('quorum')} />
      </div>
    </fieldset>
  );
}
