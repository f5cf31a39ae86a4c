import { useId, useState } from 'react';
import { useDebounced, useOrganizationSearch } from './search';

export interface PickedOrganization {
  id: string;
  name: string;
  code: string;
  kind: string;
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
  const [search] = useDebounced(text.trim());
  const { found, shown } = useOrganizationSearch(search, withinId);
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
      {shown ? (
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
