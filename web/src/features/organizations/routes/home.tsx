import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';
import { ErrorMessage } from '../../../ui/error-message';
import { useDebounced } from '../../../ui/use-debounced';
import { UpcomingDeadlines } from '../../campaigns/components/upcoming-deadlines';
import { dashboardHref } from '../../reporting/routes/dashboard';
import { DirectorySearchQuery, HomeQuery } from '../documents';

export function HomePage() {
  const { t } = useI18n();
  const [home] = useQuery({ query: HomeQuery });
  const me = home.data?.me;
  const [text, setText] = useState('');
  const [search] = useDebounced(text.trim());
  const [results] = useQuery({
    query: DirectorySearchQuery,
    variables: { search },
    pause: search.length < 2,
  });
  const searchId = useId();

  return (
    <>
      <h1>{t('home.title')}</h1>
      <ErrorMessage error={home.error} />
      {me ? (
        me.grants.length === 0 && !me.person ? (
          <p className="notice">{t('home.none')}</p>
        ) : (
          <ul>
            {me.grants.map((grant) => (
              <li key={grant.id}>
                <Link href={dashboardHref(grant.organization.id, null)}>{grant.organization.name}</Link>{' '}
                <span className="muted">({t(`role.${grant.role}` as MessageKey)})</span>
              </li>
            ))}
            {me.person && !me.grants.some((g) => g.organization.id === me.person?.organization.id) ? (
              <li>
                <Link href={dashboardHref(me.person.organization.id, null)}>
                  {me.person.organization.name}
                </Link>{' '}
                <span className="muted">({t('home.personOf')})</span>
              </li>
            ) : null}
          </ul>
        )
      ) : null}
      <UpcomingDeadlines />
      <h2>{t('home.search')}</h2>
      <div className="field">
        <label htmlFor={searchId}>{t('home.search')}</label>
        <input
          id={searchId}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={`${searchId}-hint`}
          data-testid="directory-search"
        />
        <span id={`${searchId}-hint`} className="muted">
          {t('home.searchHint')}
        </span>
      </div>
      <ErrorMessage error={results.error} />
      {search.length >= 2 && results.data ? (
        <section aria-label={t('home.results')} aria-live="polite">
          {results.data.organizations.edges.length === 0 ? (
            <p>{t('home.noResults')}</p>
          ) : (
            <ul>
              {results.data.organizations.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link href={dashboardHref(node.id, null)} data-testid="directory-result">
                    {node.name}
                  </Link>{' '}
                  <span className="muted">{node.code}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}
