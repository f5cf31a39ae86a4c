import { useI18n } from '../../../i18n/i18n';

const UNCONFIRMED = ' (not yet confirmed)';

/** The session's rule, and where it came from when the catalogue gave it. */
export function SessionRule({
  session,
}: {
  session: {
    threshold: { numerator: number; denominator: number };
    quorum: { numerator: number; denominator: number };
    base: 'TOTAL_MEMBERS' | 'BALLOTS_CAST';
    comparison: 'AT_LEAST' | 'MORE_THAN';
    ruleSource?: string | null;
    outcomeNote?: string | null;
  };
}) {
  const { t } = useI18n();
  const source = session.ruleSource ?? null;
  const unconfirmed = source?.endsWith(UNCONFIRMED) ?? false;
  return (
    <section aria-labelledby="rule-heading">
      <h2 id="rule-heading">{t('voting.rule.title')}</h2>
      <p data-testid="session-rule">
        {t('voting.rule.text', {
          comparison: t(`voting.rule.${session.comparison}`),
          numerator: session.threshold.numerator,
          denominator: session.threshold.denominator,
          base: t(`voting.rule.${session.base}`),
          quorumNumerator: session.quorum.numerator,
          quorumDenominator: session.quorum.denominator,
        })}
      </p>
      {source ? (
        <p className="muted" data-testid="session-rule-source">
          {t('voting.rule.source', { source: unconfirmed ? source.slice(0, -UNCONFIRMED.length) : source })}
          {unconfirmed ? <strong> ({t('voting.rule.unconfirmed')})</strong> : null}
        </p>
      ) : null}
      {session.outcomeNote ? (
        <p className="notice">{t('voting.outcomeNote', { note: session.outcomeNote })}</p>
      ) : null}
    </section>
  );
}
