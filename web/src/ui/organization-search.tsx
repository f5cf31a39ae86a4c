import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from './error-message';

export const OrganizationSearchQuery = graphql(`
  query OrganizationSearch($search: String!, $withinId: ID) {
    organizations(search: $search, withinId: $withinId, first: 10) {
      edges {
        node {
          id
          code
          name
          kind
        }
      }
    }
  }
`);

export interface FoundOrganization {
  id: string;
  code: string;
  name: string;
}

/**
 * A search of the directory (name without diacritics, or code prefix), optionally inside one
 * organization; each result is a button that picks it. For move and merge targets and group members.
 */
export function OrganizationSearch({
  label,
  withinId,
  onPick,
  exclude = [],
  testId,
}: {
  label: string;
  withinId?: string;
  onPick: (organization: FoundOrganization) => void;
  exclude?: readonly string[];
  testId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const [result] = useQuery({
    query: OrganizationSearchQuery,
    variables: { search, withinId: withinId ?? null },
    pause: search.length < 2,
  });
  const found = (result.data?.organizations.edges ?? [])
    .map((e) => e.node)
    .filter((o) => !exclude.includes(o.id));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-hint`}
        data-testid={testId}
      />
      <span id={`${id}-hint`} className="muted">
        {t('search.hint')}
      </span>
      <ErrorMessage error={result.error} />
      {search.length >= 2 && result.data ? (
        found.length === 0 ? (
          <p className="muted">{t('search.none')}</p>
        ) : (
          <ul className="picks" aria-label={t('search.results')}>
            {found.map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    onPick(o);
                    setText('');
                    setSearch('');
                  }}
                  data-testid={testId ? `${testId}-result` : undefined}
                >
                  {t('search.pick', { name: o.name, code: o.code })}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
