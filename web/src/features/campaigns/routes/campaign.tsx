import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { describeChange } from '../campaign-form';
import { CampaignDeadlines } from '../components/campaign-deadlines';
import { ComplianceTable } from '../components/compliance-table';
import { DistinctionRulesText } from '../components/distinction-rules';
import {
  CampaignComplianceQuery,
  CampaignQuery,
  CloseCampaignMutation,
  OpenCampaignMutation,
} from '../documents';

/** `/campaigns/:id`: the campaign, its quotas and compliance, open/close, deadline extensions. */
export function CampaignPage({ campaignId }: { campaignId: string }) {
  const { t, language } = useI18n();
  const [result, refetch] = useQuery({ query: CampaignQuery, variables: { id: campaignId } });
  const campaign = result.data?.campaign;
  const [compliance] = useQuery({
    query: CampaignComplianceQuery,
    variables: { campaignId, organizationId: campaign?.organization.id ?? '' },
    pause: !campaign,
  });
  const [opened, open] = useMutation(OpenCampaignMutation);
  const [closed, close] = useMutation(CloseCampaignMutation);

  const refresh = () => refetch({ requestPolicy: 'network-only' });
  if (result.error) return <ErrorMessage error={result.error} />;
  if (!campaign) return <p>{result.fetching ? t('app.loading') : t('error.NOT_FOUND')}</p>;
  const distinctionName = (d: { nameVi: string; nameEn: string }) =>
    language === 'en' ? d.nameEn : d.nameVi;
  const canEdit = campaign.status === 'DRAFT' || campaign.status === 'OPEN';
  return (
    <>
      <p>
        <Link href={`/campaigns?organization=${encodeURIComponent(campaign.organization.id)}`}>
          {t('campaigns.list.title')}
        </Link>
      </p>
      <h1 data-testid="campaign-heading">{campaign.title}</h1>
      <dl className="facts">
        <dt>{t('campaigns.field.launcher')}</dt>
        <dd>{campaign.organization.name}</dd>
        <dt>{t('campaigns.field.period')}</dt>
        <dd>
          {campaign.periodLabel} ({t(`campaigns.kind.${campaign.kind}`)})
        </dd>
        <dt>{t('campaigns.field.status')}</dt>
        <dd data-testid="campaign-status" data-status={campaign.status}>
          {t(`campaigns.status.${campaign.status}`)}
        </dd>
        {campaign.parent ? (
          <>
            <dt>{t('campaigns.field.parent')}</dt>
            <dd>
              <Link href={`/campaigns/${campaign.parent.id}`}>{campaign.parent.title}</Link> —{' '}
              {campaign.parent.organization.name}
            </dd>
          </>
        ) : null}
      </dl>
      <div className="toolbar">
        {campaign.status === 'DRAFT' ? (
          <button
            type="button"
            className="primary"
            data-testid="campaign-open"
            onClick={() => void open({ id: campaign.id }).then(refresh)}
          >
            {t('campaigns.action.open')}
          </button>
        ) : null}
        {campaign.status === 'OPEN' ? (
          <button
            type="button"
            className="secondary"
            data-testid="campaign-close"
            onClick={() => void close({ id: campaign.id }).then(refresh)}
          >
            {t('campaigns.action.close')}
          </button>
        ) : null}
        <Link href={`/nominations?campaign=${campaign.id}`} data-testid="campaign-nominations">
          {t('campaigns.action.nominations')}
        </Link>
        {canEdit ? (
          <Link
            href={`/campaigns/new?organization=${encodeURIComponent(campaign.organization.id)}&parent=${campaign.id}`}
          >
            {t('campaigns.list.createChild')}
          </Link>
        ) : null}
      </div>
      <ErrorMessage error={opened.error ?? closed.error} />

      <CampaignDeadlines campaign={campaign} canEdit={canEdit} onSaved={refresh} />

      <h2>{t('campaigns.section.criteria')}</h2>
      {campaign.criteria.length === 0 ? (
        <p className="muted">{t('campaigns.criteria.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.criteria.target')}</th>
              <th scope="col">{t('campaigns.criteria.text')}</th>
              <th scope="col">{t('campaigns.criteria.evaluator')}</th>
            </tr>
          </thead>
          <tbody>
            {campaign.criteria.map((c) => (
              <tr key={c.id} data-testid="campaign-criterion">
                <td>{t(`campaigns.target.${c.target}`)}</td>
                <td>{c.text}</td>
                <td>{c.evaluator?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('campaigns.section.distinctions')}</h2>
      <ul>
        {campaign.distinctions.map((d) => (
          <li key={d.code} data-testid="campaign-distinction-item" data-code={d.code}>
            {distinctionName(d)}{' '}
            <span className="muted">({d.targets.map((x) => t(`campaigns.target.${x}`)).join(', ')})</span>
            <DistinctionRulesText rules={campaign.rules.find((r) => r.code === d.code)} />
          </li>
        ))}
      </ul>

      <h2>{t('campaigns.section.quotas')}</h2>
      {campaign.quotas.length === 0 ? (
        <p className="muted">{t('campaigns.quotas.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.quotas.owner')}</th>
              <th scope="col" className="num">
                {t('campaigns.quotas.min')}
              </th>
              <th scope="col" className="num">
                {t('campaigns.quotas.max')}
              </th>
            </tr>
          </thead>
          <tbody>
            {campaign.quotas.map((q) => (
              <tr key={q.id} data-testid="campaign-quota" data-organization-id={q.organization?.id ?? ''}>
                <td>{q.organization?.name ?? q.group?.name ?? '—'}</td>
                <td className="num">{q.min}</td>
                <td className="num">{q.max}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('campaigns.section.compliance')}</h2>
      <ErrorMessage error={compliance.error} />
      {compliance.data && compliance.data.submissionCompliance.length === 0 ? (
        <p className="muted">{t('campaigns.compliance.none')}</p>
      ) : null}
      {compliance.data && compliance.data.submissionCompliance.length > 0 ? (
        <ComplianceTable rows={compliance.data.submissionCompliance} />
      ) : null}

      {campaign.children.length > 0 ? (
        <>
          <h2>{t('campaigns.section.children')}</h2>
          <ul>
            {campaign.children.map((child) => (
              <li key={child.id}>
                <Link href={`/campaigns/${child.id}`}>{child.title}</Link> — {child.organization.name} (
                {t(`campaigns.status.${child.status}`)})
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t('campaigns.section.history')}</h2>
      <ol className="history">
        {campaign.history.map((h, i) => (
          <li key={i}>
            {formatDateTime(h.at)} — {h.by}:{' '}
            {h.change
              ? t('campaigns.history.change', { change: describeChange(h.change, t) })
              : t('campaigns.history.status', {
                  from: h.from ? t(`campaigns.status.${h.from}`) : '—',
                  to: t(`campaigns.status.${h.to}`),
                })}
          </li>
        ))}
      </ol>
    </>
  );
}
