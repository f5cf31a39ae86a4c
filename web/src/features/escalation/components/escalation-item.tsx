import { useId } from 'react';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import type { CatalogueDistinction, Listed, UpCampaign } from '../escalation';
import { EscalateForm } from './escalate-form';
import { PublishToggle } from './publish-toggle';

/** A recognized or escalated nomination: where it can go (or went), and whether it is published. */
export function EscalationItem({
  nomination: n,
  campaign,
  campaigns,
  catalogue,
  onChanged,
}: {
  nomination: Listed;
  campaign: UpCampaign | undefined;
  campaigns: ReadonlyMap<string, UpCampaign>;
  catalogue: readonly CatalogueDistinction[];
  onChanged: () => void;
}) {
  const { t, language } = useI18n();
  const ids = useId();
  const name = (d: { nameVi: string; nameEn: string }) => (language === 'en' ? d.nameEn : d.nameVi);
  const up = n.escalatedTo ? campaigns.get(n.escalatedTo.campaign.id) : undefined;
  return (
    <article
      className="card escalation-item"
      aria-labelledby={`${ids}-name`}
      data-testid="escalation-item"
      data-nomination-id={n.id}
      data-stage={n.stage}
    >
      <h3 id={`${ids}-name`}>{n.nomineeName}</h3>
      <p>
        {name(n.distinction)} —{' '}
        {t(`escalation.stage.${n.stage === 'ESCALATED' ? 'ESCALATED' : 'RECOGNIZED'}`)}
        {campaign ? (
          <>
            <br />
            {t('escalation.campaign')}: {campaign.title} ({campaign.year})
          </>
        ) : null}
        {n.decisionNumber ? (
          <>
            <br />
            {t('escalation.decision', {
              number: n.decisionNumber,
              date: n.decidedAt ? formatDate(n.decidedAt) : '',
            })}
          </>
        ) : null}
      </p>
      {n.stage === 'RECOGNIZED' ? (
        campaign ? (
          <EscalateForm nomination={n} campaign={campaign} catalogue={catalogue} onDone={onChanged} />
        ) : (
          <p className="muted">{t('escalation.noTarget')}</p>
        )
      ) : n.escalatedTo ? (
        <p className="notice" data-testid="escalation-done">
          {t('escalation.done', {
            campaign: up?.title ?? '',
            organization: up?.organization.name ?? '',
            distinction: name(n.escalatedTo.distinction),
          })}
        </p>
      ) : null}
      <PublishToggle nomination={n} onDone={onChanged} />
    </article>
  );
}
