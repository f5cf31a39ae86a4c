import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { download } from '../../../ui/download';
import { ErrorMessage } from '../../../ui/error-message';
import { ReplicationTable } from '../components/replication-table';
import { ReplicationReportQuery } from '../documents/adoption';
import { replicationHref } from '../paths';
import { vietnamYear } from '../periods';

/** The replication dashboard of an organization for a year, a row per child, exports beside it. */
export function ReplicationPage({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const year = Number(search.get('year')) || vietnamYear();
  const [yearText, setYearText] = useState(String(year));
  const [exportFailed, setExportFailed] = useState(false);
  const [result] = useQuery({ query: ReplicationReportQuery, variables: { organizationId, year } });
  const report = result.data?.replicationReport;

  const exportFile = (format: 'xlsx' | 'csv') => {
    setExportFailed(false);
    const params = new URLSearchParams({ organizationId, year: String(year) });
    download(`/exports/replication.${format}?${params.toString()}`, `nhan-rong-${year}.${format}`).catch(() =>
      setExportFailed(true),
    );
  };

  return (
    <>
      <h1>{t('exemplars.replication.title', { name: report?.organization.name ?? '…' })}</h1>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          const next = Number(yearText);
          if (Number.isInteger(next) && next > 1900) navigate(replicationHref(organizationId, next));
        }}
      >
        <label htmlFor={`${id}-year`}>{t('exemplars.replication.year')}</label>
        <input
          id={`${id}-year`}
          type="number"
          inputMode="numeric"
          value={yearText}
          onChange={(e) => setYearText(e.target.value)}
        />
        <button type="submit" className="secondary">
          {t('exemplars.replication.show')}
        </button>
      </form>
      <ErrorMessage error={result.error} />
      {result.data && !report ? <p className="notice">{t('exemplars.replication.notFound')}</p> : null}
      {report ? (
        <>
          <div className="toolbar no-print" role="group" aria-label={t('exemplars.replication.export')}>
            <button
              type="button"
              className="secondary"
              onClick={() => exportFile('xlsx')}
              data-testid="replication-xlsx"
            >
              {t('exemplars.replication.xlsx')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => exportFile('csv')}
              data-testid="replication-csv"
            >
              {t('exemplars.replication.csv')}
            </button>
          </div>
          {exportFailed ? (
            <p role="alert" className="error">
              {t('exemplars.replication.exportFailed')}
            </p>
          ) : null}
          <h2>{t('exemplars.replication.children')}</h2>
          {report.children.length === 0 ? <p>{t('exemplars.replication.noChildren')}</p> : null}
          <ReplicationTable
            totals={report.totals}
            rows={report.children}
            href={(child) => replicationHref(child, year)}
          />
        </>
      ) : null}
    </>
  );
}
