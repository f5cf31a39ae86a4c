import { useId } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { cascadeOrder, type PickerCampaign } from '../components/campaign-picker';
import { formatDeadline } from '../deadline';
import { OrganizationCampaignsQuery } from '../documents';
import { useMyOrganizations } from '../../../ui/my-organizations';

/** `/campaigns?organization=…`: the campaigns that apply to one of the user's organizations, as a cascade. */
export function CampaignsPage() {
  const { t } = useI18n();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const mine = useMyOrganizations();
  const organizationId = search.get('organization') ?? mine.organizations[0]?.id ?? '';
  const [result] = useQuery({
    query: OrganizationCampaignsQuery,
    variables: { organizationId },
    pause: !organizationId,
  });
  const selectId = useId();
  type Row = PickerCampaign & {
    status: string;
    periodLabel: string;
    registrationDeadline: string;
    proposalDeadline: string;
    escalationDeadline?: string | null;
  };
  const all = new Map<string, Row>();
  for (const { node } of result.data?.campaigns.edges ?? []) {
    all.set(node.id, node);
    for (const child of node.children) if (!all.has(child.id)) all.set(child.id, child);
  }
  const rows = cascadeOrder([...all.values()]) as { campaign: Row; depth: number }[];

  return (
    <>
      <h1>{t('campaigns.list.title')}</h1>
      <ErrorMessage error={mine.error ?? result.error} />
      {mine.ready && mine.organizations.length === 0 ? <p className="notice">{t('home.none')}</p> : null}
      {mine.organizations.length > 0 ? (
        <div className="toolbar">
          <div className="field">
            <label htmlFor={selectId}>{t('campaigns.list.organization')}</label>
            <select
              id={selectId}
              value={organizationId}
              onChange={(e) => navigate(`/campaigns?organization=${encodeURIComponent(e.target.value)}`)}
              data-testid="campaigns-organization"
            >
              {mine.organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <Link
            href={`/campaigns/new?organization=${encodeURIComponent(organizationId)}`}
            data-testid="campaign-new"
          >
            {t('campaigns.list.create')}
          </Link>
        </div>
      ) : null}
      {result.data && rows.length === 0 ? <p>{t('campaigns.list.none')}</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('campaigns.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('campaigns.field.title')}</th>
                <th scope="col">{t('campaigns.field.period')}</th>
                <th scope="col">{t('campaigns.field.launcher')}</th>
                <th scope="col">{t('campaigns.field.status')}</th>
                <th scope="col">{t('campaigns.field.registration')}</th>
                <th scope="col">{t('campaigns.field.proposal')}</th>
                <th scope="col">{t('campaigns.field.escalation')}</th>
                <th scope="col">{t('campaigns.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ campaign, depth }) => (
                <tr key={campaign.id} data-testid="campaign-row" data-campaign-id={campaign.id}>
                  <td style={{ paddingLeft: `${0.5 + depth * 1.25}rem` }}>
                    {depth ? '└ ' : ''}
                    <Link href={`/campaigns/${campaign.id}`}>{campaign.title}</Link>
                  </td>
                  <td>{campaign.periodLabel}</td>
                  <td>{campaign.organization.name}</td>
                  <td>{t(`campaigns.status.${campaign.status as 'OPEN'}`)}</td>
                  <td>{formatDeadline(campaign.registrationDeadline)}</td>
                  <td>{formatDeadline(campaign.proposalDeadline)}</td>
                  <td>{formatDeadline(campaign.escalationDeadline)}</td>
                  <td>
                    <Link
                      href={`/campaigns/new?organization=${encodeURIComponent(organizationId)}&parent=${campaign.id}`}
                      data-testid="campaign-new-child"
                      aria-label={t('campaigns.list.createChildOf', { title: campaign.title })}
                    >
                      {t('campaigns.list.createChild')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
