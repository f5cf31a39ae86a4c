import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from './error-message';
import { useDebounced, useOrganizationSearch } from './search';

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
  const [search, setSearch] = useDebounced(text.trim());
  const organizations = useOrganizationSearch(search, withinId);
  const { result, shown } = organizations;
  const found = organizations.found.filter((o) => !exclude.includes(o.id));
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
      {shown ? (
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
