import { useMemo } from 'react';
import { useClient, useQuery } from 'urql';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { useAllPages } from '../../../ui/all-pages';
import { ErrorMessage } from '../../../ui/error-message';
import { OrganizationSelect, useOrganizationChoice } from '../../../ui/organization-choice';
import { EscalationItem } from '../components/escalation-item';
import { EscalationCampaignsQuery, EscalationCatalogueQuery, EscalationNominationsQuery } from '../documents';
import { linkCampaigns, type ListedCampaign, type Listed } from '../escalation';

export function EscalationPage() {
  const { t } = useI18n();
  const choice = useOrganizationChoice();
  return (
    <>
      <h1>{t('escalation.title')}</h1>
      <p className="muted">{t('escalation.intro')}</p>
      <OrganizationSelect
        label={t('escalation.organization')}
        placeholder={t('escalation.chooseOrganization')}
        choice={choice}
      />
      {choice.loading ? <p>{t('app.loading')}</p> : null}
      {!choice.loading && choice.options.length === 0 && !choice.organizationId ? (
        <p className="notice">{t('escalation.noOrganization')}</p>
      ) : null}
      {choice.organizationId ? <Recognized organizationId={choice.organizationId} /> : null}
    </>
  );
}

function Recognized({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const client = useClient();
  const [catalogue] = useQuery({ query: EscalationCatalogueQuery, variables: { organizationId } });
  const byStage = (stage: 'RECOGNIZED' | 'ESCALATED') => async (after: string | null) => {
    const result = await client
      .query(EscalationNominationsQuery, { organizationId, stage, after }, { requestPolicy: 'network-only' })
      .toPromise();
    const page = result.data?.nominations;
    if (!page) return result.error!;
    return { nodes: page.edges.map((e) => e.node), ...page.pageInfo };
  };
  const recognized = useAllPages(byStage('RECOGNIZED'), organizationId);
  const escalated = useAllPages(byStage('ESCALATED'), organizationId);
  // The campaigns that apply to the organizations whose campaigns the nominations are in (a
  // district's admin sees its schools' nominations): each one's cascade, up to the nation.
  const owners = [
    ...new Set([
      organizationId,
      ...[...(recognized.nodes ?? []), ...(escalated.nodes ?? [])].map((n) => n.campaign.organization.id),
    ]),
  ].sort();
  const campaignPage = (owner: string, after: string | null) =>
    client
      .query(EscalationCampaignsQuery, { organizationId: owner, after }, { requestPolicy: 'network-only' })
      .toPromise();
  const campaigns = useAllPages(async () => {
    const nodes: ListedCampaign[] = [];
    for (const owner of owners) {
      let after: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const result = await campaignPage(owner, after);
        const connection = result.data?.campaigns;
        if (!connection) return result.error!;
        nodes.push(...connection.edges.map((e) => e.node));
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
        after = connection.pageInfo.endCursor;
      }
    }
    return { nodes, hasNextPage: false, endCursor: null };
  }, owners.join(' '));
  const linked = useMemo(() => linkCampaigns(campaigns.nodes ?? []), [campaigns.nodes]);

  const error = catalogue.error ?? campaigns.error ?? recognized.error ?? escalated.error;
  if (error && !(catalogue.data && recognized.nodes)) return <ErrorMessage error={error} />;
  if (!catalogue.data || !campaigns.nodes || !recognized.nodes || !escalated.nodes)
    return <p>{t('app.loading')}</p>;
  const organization = catalogue.data.organization;
  const nominations: Listed[] = [...recognized.nodes, ...escalated.nodes];
  const refresh = () => {
    recognized.reload();
    escalated.reload();
  };
  return (
    <section aria-labelledby="recognized-heading">
      <h2 id="recognized-heading">{organization?.name}</h2>
      <p className="toolbar">
        <Link href={`/exemplars/${encodeURIComponent(organizationId)}`} data-testid="showcase-link">
          {t('escalation.showcase', { organization: organization?.name ?? '' })}
        </Link>
      </p>
      {nominations.length === 0 ? <p className="muted">{t('escalation.empty')}</p> : null}
      <ul className="escalation-list">
        {nominations.map((n) => (
          <li key={n.id}>
            <EscalationItem
              nomination={n}
              campaign={linked.get(n.campaign.id)}
              campaigns={linked}
              catalogue={catalogue.data!.distinctions}
              onChanged={refresh}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
