import { useMemo } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { DueList } from '../components/due-list';
import { NewExemplars } from '../components/new-exemplars';
import { EvaluationsDueQuery, FosteringUnitQuery } from '../documents/fostering';
import { exemplarHref, initiativesHref, replicationHref } from '../paths';

/** How far ahead the list of evaluations due looks. */
const AHEAD_DAYS = 92;

/** A unit's exemplars and the evaluations due in its subtree (overdue first). */
export function FosteringUnitPage({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  // Fixed for the page's life, so the query's variables stay the same between renders.
  const now = useMemo(() => new Date(), []);
  const before = useMemo(() => new Date(now.getTime() + AHEAD_DAYS * 86_400_000).toISOString(), [now]);
  const [result] = useQuery({ query: FosteringUnitQuery, variables: { organizationId } });
  const [due] = useQuery({ query: EvaluationsDueQuery, variables: { organizationId, before } });
  const org = result.data?.organization;
  const exemplars = org?.exemplars.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>{t('exemplars.unit.title', { name: org?.name ?? '…' })}</h1>
      <ErrorMessage error={result.error} />
      <div className="toolbar">
        <Link href={replicationHref(organizationId)}>{t('exemplars.unit.replication')}</Link>
        <Link href={initiativesHref(organizationId)}>{t('exemplars.unit.initiatives')}</Link>
      </div>
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">{t('exemplars.unit.due')}</h2>
        <p className="muted">{t('exemplars.unit.dueHint')}</p>
        <ErrorMessage error={due.error} />
        {due.data ? <DueList items={due.data.evaluationsDue} now={now} /> : null}
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t('exemplars.unit.list')}</h2>
        {result.data && exemplars.length === 0 ? <p>{t('exemplars.unit.listNone')}</p> : null}
        {exemplars.length > 0 ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('exemplars.col.exemplar')}</th>
                <th scope="col">{t('exemplars.col.fosteredBy')}</th>
                <th scope="col">{t('exemplars.col.dueAt')}</th>
                <th scope="col">{t('exemplars.col.published')}</th>
              </tr>
            </thead>
            <tbody>
              {exemplars.map((e) => (
                <tr key={e.id} data-testid="exemplar-row" data-exemplar-id={e.id}>
                  <td>
                    <Link href={exemplarHref(e.id)}>{e.title}</Link>
                  </td>
                  <td>{e.organization.name}</td>
                  <td>{e.nextEvaluationDue ? formatDate(e.nextEvaluationDue) : '—'}</td>
                  <td>{e.published ? t('exemplars.yes') : t('exemplars.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <NewExemplars organizationId={organizationId} />
    </>
  );
}
