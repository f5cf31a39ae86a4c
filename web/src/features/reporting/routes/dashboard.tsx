import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { CampaignPicker } from '../../campaigns/components/campaign-picker';
import { formatDateTime } from '../../../i18n/format';
import { useI18n, type Language } from '../../../i18n/i18n';
import { download } from '../../../ui/download';
import { ErrorMessage } from '../../../ui/error-message';
import { BarChart } from '../components/bar-chart';
import { ChildrenTable } from '../components/children-table';
import { ComplianceTable } from '../components/compliance-table';
import { TotalsCards } from '../components/totals-cards';
import {
  DashboardComplianceQuery,
  DashboardDistinctionNamesQuery,
  DashboardOrganizationQuery,
  DashboardReportQuery,
} from '../documents';
import { STAGE_KEYS, totalLabel } from '../totals';

/** The figures follow the data: the report is asked again this often (the gateway caches it 1 s). */
export const LIVE_INTERVAL_MS = 2_000;
/** The compliance table changes with deadlines and submissions: asked again less often. */
export const COMPLIANCE_INTERVAL_MS = 10_000;

export function dashboardHref(organizationId: string, campaignId: string | null): string {
  return `/o/${encodeURIComponent(organizationId)}${campaignId ? `?campaign=${encodeURIComponent(campaignId)}` : ''}`;
}

export function DashboardPage({ organizationId }: { organizationId: string }) {
  const { t, language } = useI18n();
  const [, navigate] = useLocation();
  const search = useSearch();
  const campaignId = new URLSearchParams(search).get('campaign');

  const [organization] = useQuery({ query: DashboardOrganizationQuery, variables: { id: organizationId } });
  const org = organization.data?.organization;
  const campaigns = useMemo(() => org?.campaigns.edges.map((e) => e.node) ?? [], [org]);

  // Without a campaign in the address, the newest that applies here (the address then says it).
  useEffect(() => {
    if (!campaignId && campaigns[0])
      navigate(dashboardHref(organizationId, campaigns[0].id), { replace: true });
  }, [campaignId, campaigns, navigate, organizationId]);

  const [report, reexecute] = useQuery({
    query: DashboardReportQuery,
    variables: { organizationId, campaignId: campaignId ?? '' },
    pause: !campaignId,
  });
  const [catalogue] = useQuery({ query: DashboardDistinctionNamesQuery });
  const distinctionNames = useMemo(
    () => new Map((catalogue.data?.distinctions ?? []).map((d) => [d.code, d])),
    [catalogue.data],
  );
  const [compliance, reexecuteCompliance] = useQuery({
    query: DashboardComplianceQuery,
    variables: { organizationId, campaignId: campaignId ?? '' },
    pause: !campaignId,
  });
  useEffect(() => {
    if (!campaignId) return;
    const timer = setInterval(
      () => reexecuteCompliance({ requestPolicy: 'network-only' }),
      COMPLIANCE_INTERVAL_MS,
    );
    return () => clearInterval(timer);
  }, [campaignId, reexecuteCompliance]);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (report.data) setUpdatedAt(new Date());
  }, [report.data]);
  useEffect(() => {
    if (!campaignId) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), LIVE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [campaignId, reexecute]);

  const [exportError, setExportError] = useState(false);
  const exportFile = (name: 'report' | 'nominations', format: 'xlsx' | 'csv') => {
    if (!campaignId) return;
    const params = new URLSearchParams({ organizationId, campaignId });
    setExportError(false);
    download(`/exports/${name}.${format}?${params.toString()}`, `${name}-${organizationId}.${format}`).catch(
      () => setExportError(true),
    );
  };

  const orgReport = report.data?.orgReport;
  const open = (childId: string) => navigate(dashboardHref(childId, campaignId));

  return (
    <>
      <nav className="breadcrumbs" aria-label={t('dashboard.breadcrumbs')}>
        <ol>
          <li>
            <Link href="/">{t('app.home')}</Link>
          </li>
          {(org?.ancestors ?? []).map((ancestor) => (
            <li key={ancestor.id}>
              <Link href={dashboardHref(ancestor.id, campaignId)}>{ancestor.name}</Link>
            </li>
          ))}
          {org ? (
            <li>
              <span aria-current="page">{org.name}</span>
            </li>
          ) : null}
        </ol>
      </nav>
      <h1>{org ? org.name : t('dashboard.title')}</h1>
      <ErrorMessage error={organization.error} />
      {org && campaigns.length === 0 ? <p className="notice">{t('dashboard.noCampaigns')}</p> : null}
      {campaigns.length > 0 ? (
        <CampaignPicker
          campaigns={campaigns}
          value={campaignId}
          onChange={(id) => navigate(dashboardHref(organizationId, id))}
        />
      ) : null}
      {report.error && !orgReport ? <ErrorMessage error={report.error} /> : null}
      {campaignId && report.data && !orgReport ? <p className="notice">{t('dashboard.noReport')}</p> : null}
      {orgReport ? (
        <>
          <p className="muted" aria-live="polite">
            {t('dashboard.live')}{' '}
            {updatedAt ? t('dashboard.updatedAt', { time: formatDateTime(updatedAt) }) : null}
          </p>
          <section aria-labelledby="totals-heading">
            <h2 id="totals-heading">{t('dashboard.totals')}</h2>
            <TotalsCards totals={orgReport.totals} />
          </section>
          <section aria-labelledby="stage-heading">
            <h2 id="stage-heading">{t('dashboard.byStage')}</h2>
            <BarChart
              title={t('dashboard.byStage')}
              bars={STAGE_KEYS.map((key) => ({
                key,
                label: t(totalLabel(key)),
                value: orgReport.totals[key],
              }))}
            />
          </section>
          <section aria-labelledby="distinction-heading">
            <h2 id="distinction-heading">{t('dashboard.byDistinction')}</h2>
            <BarChart
              title={t('dashboard.byDistinction')}
              bars={orgReport.byDistinction.map((d) => ({
                key: d.distinction.code,
                label: distinctionLabel(
                  distinctionNames.get(d.distinction.code),
                  d.distinction.code,
                  language,
                ),
                value: d.count,
              }))}
            />
          </section>
          <section aria-labelledby="children-heading">
            <h2 id="children-heading">{t('dashboard.children')}</h2>
            {orgReport.children.length === 0 ? (
              <p className="muted">{t('dashboard.noChildren')}</p>
            ) : (
              <ChildrenTable
                rows={orgReport.children}
                hrefOf={(id) => dashboardHref(id, campaignId)}
                onOpen={open}
              />
            )}
          </section>
          <section aria-labelledby="compliance-heading">
            <h2 id="compliance-heading">{t('dashboard.compliance')}</h2>
            {compliance.error && !compliance.data ? <ErrorMessage error={compliance.error} /> : null}
            {compliance.data ? (
              <ComplianceTable rows={compliance.data.submissionCompliance} />
            ) : (
              <p className="muted">{t('app.loading')}</p>
            )}
          </section>
          <section aria-labelledby="exports-heading">
            <h2 id="exports-heading">{t('dashboard.exports')}</h2>
            <div className="toolbar">
              <button type="button" className="secondary" onClick={() => exportFile('report', 'xlsx')}>
                {t('dashboard.exportXlsx')}
              </button>
              <button type="button" className="secondary" onClick={() => exportFile('report', 'csv')}>
                {t('dashboard.exportCsv')}
              </button>
              <button type="button" className="secondary" onClick={() => exportFile('nominations', 'xlsx')}>
                {t('dashboard.exportNominationsXlsx')}
              </button>
              <button type="button" className="secondary" onClick={() => exportFile('nominations', 'csv')}>
                {t('dashboard.exportNominationsCsv')}
              </button>
              <Link href={`/exemplars/${encodeURIComponent(organizationId)}`}>{t('dashboard.showcase')}</Link>
            </div>
            {exportError ? (
              <p role="alert" className="error">
                {t('error.UNKNOWN')}
              </p>
            ) : null}
          </section>
        </>
      ) : null}
    </>
  );
}

/** A distinction's name in the page's language; its code until the catalogue has answered. */
function distinctionLabel(
  names: { nameVi: string; nameEn: string } | undefined,
  code: string,
  language: Language,
): string {
  if (!names) return code;
  return language === 'en' ? names.nameEn : names.nameVi;
}
