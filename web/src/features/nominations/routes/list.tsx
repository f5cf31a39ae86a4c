import { useEffect, useId, useState } from 'react';
import type { CombinedError, OperationResult } from '@urql/core';
import type { UnitNominationsQuery as UnitNominationsQueryResult } from '../../../gql/graphql';
import { useClient, useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { download } from '../../../ui/download';
import { ErrorMessage } from '../../../ui/error-message';
import { CampaignPicker, type PickerCampaign } from '../../campaigns/components/campaign-picker';
import { formatDeadline } from '../../campaigns/deadline';
import { OrganizationCampaignsQuery } from '../../campaigns/documents';
import { useMyOrganizations } from '../../../ui/my-organizations';
import { nomineeScope } from '../../campaigns/my-organizations';
import { DossierForm } from '../components/dossier-form';
import { NominationActions } from '../components/nomination-actions';
import { NominationTable, type NominationRow } from '../components/nomination-table';
import { RegisterForm } from '../components/register-form';
import { NominationsCampaignQuery, UnitNominationsQuery } from '../documents';

const PROPOSAL_STAGES = new Set([
  'PROPOSED',
  'UNDER_REVIEW',
  'COUNCIL_APPROVED',
  'COUNCIL_REJECTED',
  'RECOGNIZED',
  'ESCALATED',
]);

export function nominationsHref(organizationId: string, campaignId: string | null): string {
  const q = new URLSearchParams({ organization: organizationId });
  if (campaignId) q.set('campaign', campaignId);
  return `/nominations?${q.toString()}`;
}

/** Every nomination of the unit in the campaign, page after page (the gateway caps a query's cost). */
function useAllNominations(campaignId: string | null, organizationId: string) {
  const client = useClient();
  const [version, setVersion] = useState(0);
  const [rows, setRows] = useState<NominationRow[]>([]);
  const [error, setError] = useState<CombinedError | undefined>();
  useEffect(() => {
    if (!campaignId || !organizationId) return;
    let live = true;
    void (async () => {
      const all: NominationRow[] = [];
      let after: string | null = null;
      for (;;) {
        const answer: OperationResult<UnitNominationsQueryResult> = await client
          .query(
            UnitNominationsQuery,
            { campaignId, organizationId, after },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (!live) return;
        if (answer.error || !answer.data) {
          setError(answer.error);
          return;
        }
        all.push(...answer.data.nominations.edges.map((e) => e.node));
        const page = answer.data.nominations.pageInfo;
        if (!page.hasNextPage || !page.endCursor) break;
        after = page.endCursor;
      }
      setError(undefined);
      setRows(all);
    })();
    return () => {
      live = false;
    };
  }, [client, campaignId, organizationId, version]);
  return { rows, error, reload: () => setVersion((v) => v + 1) };
}

/**
 * `/nominations?organization=…&campaign=…`: the unit's registration and proposal lists as the
 * seed forms lay them out, registration, proposal with the dossier, withdrawal, return, exports.
 */
export function NominationsPage() {
  const { t } = useI18n();
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const mine = useMyOrganizations();
  const organizationId = params.get('organization') ?? mine.organizations[0]?.id ?? '';
  const campaignId = params.get('campaign');
  const orgSelect = useId();
  const [campaigns] = useQuery({
    query: OrganizationCampaignsQuery,
    variables: { organizationId },
    pause: !organizationId,
  });
  const [campaign] = useQuery({
    query: NominationsCampaignQuery,
    variables: { id: campaignId ?? '' },
    pause: !campaignId,
  });
  const list = useAllNominations(campaignId, organizationId);
  const [proposing, setProposing] = useState<string | null>(null);
  const [exportFailed, setExportFailed] = useState(false);
  const reload = list.reload;

  const pickable: PickerCampaign[] = [];
  const seen = new Set<string>();
  for (const { node } of campaigns.data?.campaigns.edges ?? [])
    for (const c of [node, ...node.children])
      if (!seen.has(c.id) && c.status !== 'DRAFT') {
        seen.add(c.id);
        pickable.push(c);
      }
  // A campaign reached by a link (e.g. from its page) may not be one that applies here yet.
  const current = campaign.data?.campaign;
  const rows = list.rows;
  const registered = rows.filter((r) => r.stage !== 'WITHDRAWN');
  const proposed = rows.filter((r) => PROPOSAL_STAGES.has(r.stage));
  const withdrawn = rows.filter((r) => r.stage === 'WITHDRAWN');
  const proposingRow = rows.find((r) => r.id === proposing);

  const exportFile = (form: 'registration' | 'proposal', format: 'xlsx' | 'csv') => {
    if (!campaignId) return;
    setExportFailed(false);
    const q = new URLSearchParams({ organizationId, campaignId, form });
    const name = form === 'registration' ? 'danh-sach-dang-ky' : 'danh-sach-de-nghi';
    download(`/exports/nominations.${format}?${q.toString()}`, `${name}.${format}`).catch(() =>
      setExportFailed(true),
    );
  };
  const actions = (row: NominationRow) => (
    <NominationActions nomination={row} onPropose={() => setProposing(row.id)} onChanged={reload} />
  );

  return (
    <>
      <h1>{t('nominations.title')}</h1>
      <ErrorMessage error={mine.error ?? campaigns.error} />
      {mine.ready && mine.organizations.length === 0 ? <p className="notice">{t('home.none')}</p> : null}
      <div className="form-row">
        {mine.organizations.length > 0 ? (
          <div className="field">
            <label htmlFor={orgSelect}>{t('nominations.organization')}</label>
            <select
              id={orgSelect}
              value={organizationId}
              onChange={(e) => navigate(nominationsHref(e.target.value, campaignId))}
              data-testid="nominations-organization"
            >
              {mine.organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {pickable.length > 0 ? (
          <CampaignPicker
            campaigns={pickable}
            value={campaignId && seen.has(campaignId) ? campaignId : null}
            onChange={(id) => navigate(nominationsHref(organizationId, id))}
          />
        ) : campaigns.data ? (
          <p className="muted">{t('nominations.noCampaigns')}</p>
        ) : null}
      </div>
      {!campaignId ? <p>{t('nominations.chooseCampaign')}</p> : null}
      <ErrorMessage error={campaign.error ?? list.error} />
      {current ? (
        <>
          <p className="notice" data-testid="nominations-campaign">
            <Link href={`/campaigns/${current.id}`}>{current.title}</Link> ({current.periodLabel}) —{' '}
            {t('nominations.deadlines', {
              registration: formatDeadline(current.registrationDeadline),
              proposal: formatDeadline(current.proposalDeadline),
            })}
          </p>
          {current.status === 'OPEN' ? (
            <RegisterForm
              campaignId={current.id}
              organizationId={organizationId}
              scopeId={nomineeScope(
                mine.organizations.find((o) => o.id === organizationId),
                organizationId,
              )}
              distinctions={current.distinctions}
              onRegistered={reload}
            />
          ) : (
            <p className="muted">{t('nominations.notOpen')}</p>
          )}

          <h2>{t('nominations.registrationList')}</h2>
          <NominationTable
            caption={t('nominations.section.collectives')}
            rows={registered.filter((r) => r.target === 'COLLECTIVE')}
            collective
            actions={actions}
            testId="registration-collectives"
          />
          <NominationTable
            caption={t('nominations.section.individuals')}
            rows={registered.filter((r) => r.target === 'INDIVIDUAL')}
            collective={false}
            actions={actions}
            testId="registration-individuals"
          />
          {proposingRow ? (
            <DossierForm
              key={proposingRow.id}
              nominationId={proposingRow.id}
              nomineeName={proposingRow.nomineeName}
              target={proposingRow.target}
              criteria={current.criteria}
              onDone={() => {
                setProposing(null);
                reload();
              }}
              onCancel={() => setProposing(null)}
            />
          ) : null}

          <h2>{t('nominations.proposalList')}</h2>
          <NominationTable
            caption={t('nominations.section.collectives')}
            rows={proposed.filter((r) => r.target === 'COLLECTIVE')}
            collective
            actions={actions}
            testId="proposal-collectives"
          />
          <NominationTable
            caption={t('nominations.section.individuals')}
            rows={proposed.filter((r) => r.target === 'INDIVIDUAL')}
            collective={false}
            actions={actions}
            testId="proposal-individuals"
          />
          {withdrawn.length > 0 ? (
            <>
              <h2>{t('nominations.withdrawnList')}</h2>
              <NominationTable
                caption={t('nominations.withdrawnList')}
                rows={withdrawn}
                collective={false}
                testId="withdrawn-list"
              />
            </>
          ) : null}

          <h2>{t('nominations.exports')}</h2>
          <div className="toolbar">
            <button
              type="button"
              className="secondary"
              onClick={() => exportFile('registration', 'xlsx')}
              data-testid="export-registration-xlsx"
            >
              {t('nominations.export.registrationXlsx')}
            </button>
            <button type="button" className="secondary" onClick={() => exportFile('registration', 'csv')}>
              {t('nominations.export.registrationCsv')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => exportFile('proposal', 'xlsx')}
              data-testid="export-proposal-xlsx"
            >
              {t('nominations.export.proposalXlsx')}
            </button>
            <button type="button" className="secondary" onClick={() => exportFile('proposal', 'csv')}>
              {t('nominations.export.proposalCsv')}
            </button>
          </div>
          {exportFailed ? (
            <p role="alert" className="error">
              {t('nominations.export.failed')}
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
