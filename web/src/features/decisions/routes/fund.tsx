import { useId, useState } from 'react';
import type { CombinedError } from '@urql/core';
import { useClient, useMutation, useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../i18n/format';
import { download } from '../../../ui/download';
import { ErrorMessage } from '../../../ui/error-message';
import { Figure } from '../../../ui/figure';
import { FundEntryForm } from '../components/fund-entry-form';
import { yearInVietnam } from '../components/helpers';
import { EmulationFundEntriesQuery, EmulationFundQuery, RecordFundEntryMutation } from '../documents';
import { decisionHref, fundHref } from './pick';

/** `/fund/:organizationId?year=`: the fund's figures, its ledger, an entry form, the XLSX export. */
export function FundPage({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [, navigate] = useLocation();
  const asked = Number(new URLSearchParams(useSearch()).get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : yearInVietnam();
  const [yearText, setYearText] = useState(String(year));
  const [result, refetch] = useQuery({ query: EmulationFundQuery, variables: { organizationId, year } });
  const [recorded, record] = useMutation(RecordFundEntryMutation);
  const [failed, setFailed] = useState(false);
  const fund = result.data?.emulationFund;
  const client = useClient();
  // Later pages of the ledger, appended when asked for; dropped when the first page reloads.
  type Entry = NonNullable<typeof fund>['entries']['edges'][number]['node'];
  const [more, setMore] = useState<{
    after: string | null;
    nodes: Entry[];
    cursor: string | null;
    hasNext: boolean;
  } | null>(null);
  const [moreError, setMoreError] = useState<CombinedError | null>(null);
  const firstCursor = fund?.entries.pageInfo.endCursor ?? null;
  const extra = more && more.after === firstCursor ? more : null;
  const entries = [...(fund?.entries.edges.map((e) => e.node) ?? []), ...(extra?.nodes ?? [])];
  const hasNext = extra ? extra.hasNext : (fund?.entries.pageInfo.hasNextPage ?? false);
  const loadMore = async () => {
    const page = await client
      .query(EmulationFundEntriesQuery, { organizationId, year, after: extra ? extra.cursor : firstCursor })
      .toPromise();
    setMoreError(page.error ?? null);
    const found = page.data?.emulationFund?.entries;
    if (!found) return;
    setMore({
      after: firstCursor,
      nodes: [...(extra?.nodes ?? []), ...found.edges.map((e) => e.node)],
      cursor: found.pageInfo.endCursor ?? null,
      hasNext: found.pageInfo.hasNextPage,
    });
  };

  const onRecord = async (entry: {
    kind: 'ALLOCATION' | 'RECOVERY' | 'ADJUSTMENT';
    amount: number;
    note: string | null;
  }) => {
    const answer = await record({ input: { organizationId, year, ...entry } });
    if (!answer.data) return false;
    // The new entry is the ledger's last: read the pages again from the first.
    setMore(null);
    refetch({ requestPolicy: 'network-only' });
    return true;
  };

  return (
    <>
      <h1>{t('decisions.fund.title')}</h1>
      {result.data?.organization ? (
        <p>{t('decisions.fund.of', { name: result.data.organization.name, year })}</p>
      ) : null}
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          const next = Number(yearText);
          if (Number.isInteger(next) && next >= 2000 && next <= 2100)
            navigate(fundHref(organizationId, next));
        }}
      >
        <label htmlFor={`${id}-year`}>{t('decisions.fund.year')}</label>
        <input
          id={`${id}-year`}
          type="text"
          inputMode="numeric"
          size={6}
          value={yearText}
          onChange={(e) => setYearText(e.target.value)}
        />
        <button type="submit" className="secondary">
          {t('decisions.fund.show')}
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="fund-download-xlsx"
          onClick={() => {
            setFailed(false);
            download(
              `/exports/fund.xlsx?organizationId=${encodeURIComponent(organizationId)}&year=${year}`,
              `so-quy-thi-dua-${year}.xlsx`,
            ).catch(() => setFailed(true));
          }}
        >
          {t('decisions.fund.xlsx')}
        </button>
      </form>
      {failed ? (
        <p role="alert" className="error">
          {t('decisions.view.downloadFailed')}
        </p>
      ) : null}
      <ErrorMessage error={result.error} />
      {!result.data ? <p>{t('app.loading')}</p> : null}
      {result.data && !fund ? <p className="notice">{t('decisions.view.notFound')}</p> : null}
      {fund ? (
        <>
          <ul className="cards" aria-label={t('decisions.fund.title')}>
            {(
              [
                ['allocated', 'decisions.fund.allocated'],
                ['paid', 'decisions.fund.paid'],
                ['recovered', 'decisions.fund.recovered'],
                ['balance', 'decisions.fund.balance'],
              ] as const
            ).map(([field, label]) => (
              <li key={field} className="card">
                <span className="label">{t(label)}</span>
                <Figure value={fund[field]} testId={`fund-${field}`} />
              </li>
            ))}
          </ul>
          {fund.balance < 0 ? (
            <p className="flag" data-testid="fund-negative">
              {t('decisions.fund.negative')}
            </p>
          ) : null}

          <h2 id={`${id}-ledger`}>{t('decisions.fund.ledger')}</h2>
          {entries.length === 0 ? (
            <p>{t('decisions.fund.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table aria-labelledby={`${id}-ledger`}>
                <thead>
                  <tr>
                    <th scope="col">{t('decisions.fund.col.at')}</th>
                    <th scope="col">{t('decisions.fund.col.kind')}</th>
                    <th scope="col" className="num">
                      {t('decisions.fund.col.amount')}
                    </th>
                    <th scope="col">{t('decisions.fund.col.decision')}</th>
                    <th scope="col">{t('decisions.fund.col.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((node) => (
                    <tr key={node.id} data-testid="fund-entry" data-kind={node.kind}>
                      <td>{formatDate(node.at)}</td>
                      <td>{t(`decisions.fund.kind.${node.kind}`)}</td>
                      <td className="num">
                        <Figure value={node.amount} testId="fund-entry-amount-value" />
                      </td>
                      <td>
                        {node.decision ? (
                          <Link href={decisionHref(node.decision.id)}>{node.decision.number}</Link>
                        ) : null}
                      </td>
                      <td>{node.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {hasNext ? (
            <p>
              <span className="muted">
                {t('decisions.fund.partial', { shown: entries.length, total: fund.entries.totalCount })}
              </span>{' '}
              <button type="button" className="secondary" onClick={() => void loadMore()}>
                {t('decisions.fund.more')}
              </button>
            </p>
          ) : null}
          <ErrorMessage error={moreError} />
          <FundEntryForm sending={recorded.fetching} onRecord={onRecord} />
          {recorded.error ? <ErrorMessage error={recorded.error} /> : null}
        </>
      ) : null}
    </>
  );
}
