import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { daysUntil, formatDeadline } from '../deadline';
import { UpcomingDeadlinesQuery } from '../documents';
import { useMyOrganizations } from '../../../ui/my-organizations';
import { dueSoon, HORIZON_DAYS, type DueItem } from '../upcoming';

/** The home page's deadlines at a glance: due in the user's organizations within 30 days, and late. */
export function UpcomingDeadlines() {
  const { t } = useI18n();
  const client = useClient();
  const mine = useMyOrganizations();
  const ids = mine.organizations.map((o) => o.id).join(',');
  const [items, setItems] = useState<DueItem[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!ids) return;
    let live = true;
    void Promise.all(
      ids
        .split(',')
        .map((organizationId) =>
          client
            .query(UpcomingDeadlinesQuery, { organizationId }, { requestPolicy: 'network-only' })
            .toPromise(),
        ),
    ).then((answers) => {
      if (!live) return;
      setFailed(answers.some((a) => a.error));
      setItems(
        answers.flatMap((a) =>
          (a.data?.campaigns.edges ?? []).flatMap(({ node }) =>
            node.deadlines.map((d) => ({
              campaignId: node.id,
              title: node.title,
              organizationName: node.organization.name,
              stage: d.stage,
              at: d.at,
              passed: d.passed,
            })),
          ),
        ),
      );
    });
    return () => {
      live = false;
    };
  }, [client, ids]);

  if (!ids) return null;
  const now = new Date();
  const { upcoming, late } = dueSoon(items ?? [], now);
  const row = (item: DueItem) => {
    const days = daysUntil(item.at, now);
    return (
      <li
        key={`${item.campaignId}:${item.stage}`}
        data-testid="due-item"
        data-campaign-id={item.campaignId}
        data-stage={item.stage}
      >
        <strong>{formatDeadline(item.at)}</strong> — {t(`campaigns.stage.${item.stage}`)}:{' '}
        <Link href={`/campaigns/${item.campaignId}`}>{item.title}</Link>{' '}
        <span className="muted">
          ({item.organizationName};{' '}
          {days === 0
            ? t('campaigns.due.today')
            : days > 0
              ? t('campaigns.due.inDays', { days })
              : t('campaigns.due.daysAgo', { days: -days })}
          )
        </span>
      </li>
    );
  };
  return (
    <section aria-labelledby="due-heading" className="due" data-testid="upcoming-deadlines">
      <h2 id="due-heading">{t('campaigns.due.title', { days: HORIZON_DAYS })}</h2>
      {failed ? (
        <p role="alert" className="error">
          {t('error.NETWORK')}
        </p>
      ) : null}
      {items === null ? <p>{t('app.loading')}</p> : null}
      {late.length > 0 ? (
        <>
          <h3>{t('campaigns.due.late')}</h3>
          <ul className="late">{late.map(row)}</ul>
        </>
      ) : null}
      {items !== null && upcoming.length === 0 ? <p className="muted">{t('campaigns.due.none')}</p> : null}
      {upcoming.length > 0 ? <ul>{upcoming.map(row)}</ul> : null}
    </section>
  );
}
