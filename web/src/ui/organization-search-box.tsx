import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const SearchOrganizationsQuery = graphql(`
  query SearchOrganizationsBox($search: String!, $withinId: ID) {
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

export interface PickedOrganization {
  id: string;
  name: string;
  code: string;
  kind: string;
}

/** The text typed, settled for `ms` (searching on every key press would flood the gateway). */
export function useSettled(text: string, ms = 250): string {
  const [settled, setSettled] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text.trim()), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

/**
 * A search of the organization directory (diacritics ignored by the server), optionally inside
 * one subtree; picking a result calls `onPick`. Labels come from the caller's catalogue.
 */
export function OrganizationSearchBox({
  label,
  hint,
  noResults,
  withinId,
  onPick,
  testId,
}: {
  label: string;
  hint?: string;
  noResults: string;
  withinId?: string | null;
  onPick: (organization: PickedOrganization) => void;
  testId?: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const search = useSettled(text);
  const [result] = useQuery({
    query: SearchOrganizationsQuery,
    variables: { search, withinId: withinId ?? null },
    pause: search.length < 2,
  });
  const found = result.data?.organizations.edges.map((e) => e.node) ?? [];
  return (
    <div className="field search-box">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        data-testid={testId}
      />
      {hint ? (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      ) : null}
      {search.length >= 2 && result.data ? (
        <ul className="search-results" aria-live="polite">
          {found.length === 0 ? <li className="muted">{noResults}</li> : null}
          {found.map((organization) => (
            <li key={organization.id}>
              <button
                type="button"
                className="link"
                data-testid={testId ? `${testId}-result` : undefined}
                onClick={() => {
                  onPick(organization);
                  setText('');
                }}
              >
                {organization.name} <span className="muted">({organization.code})</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
