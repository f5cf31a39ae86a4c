import { useId, useState } from 'react';
import { useDebounced, useStaffSearch } from './search';

export interface ChosenPerson {
  id: string;
  fullName: string;
}

export interface PersonPickerLabels {
  search: string;
  hint: string;
  chosen: string;
  noResults: string;
  add: (name: string) => string;
  remove: (name: string) => string;
}

/**
 * Chooses people of an organization (its whole subtree) by name; the directory's search ignores
 * diacritics ("hoang minh duc" finds "Hoàng Minh Đức"). The caller's catalogue gives the words.
 */
export function PeopleChooser({
  organizationId,
  chosen,
  onChange,
  labels,
  invalid,
  describedBy,
}: {
  organizationId: string;
  chosen: readonly ChosenPerson[];
  onChange: (people: ChosenPerson[]) => void;
  labels: PersonPickerLabels;
  invalid?: boolean;
  describedBy?: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [search] = useDebounced(text.trim());
  const { people, shown } = useStaffSearch(organizationId, search);
  const found = people.filter((p) => p.active && !chosen.some((c) => c.id === p.id));
  return (
    <div className="person-picker">
      {chosen.length > 0 ? (
        <>
          <p id={`${id}-chosen`}>{labels.chosen}:</p>
          <ul aria-labelledby={`${id}-chosen`} data-testid="person-picker-chosen">
            {chosen.map((p) => (
              <li key={p.id}>
                {p.fullName}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onChange(chosen.filter((c) => c.id !== p.id))}
                >
                  {labels.remove(p.fullName)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-search`}>{labels.search}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={text}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(' ')}
          onChange={(e) => setText(e.target.value)}
          data-testid="person-picker-search"
        />
        <span id={`${id}-hint`} className="muted">
          {labels.hint}
        </span>
      </div>
      {shown ? (
        <div aria-live="polite">
          {found.length === 0 ? (
            <p>{labels.noResults}</p>
          ) : (
            <ul>
              {found.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="secondary"
                    data-testid="person-picker-result"
                    onClick={() => {
                      onChange([...chosen, { id: p.id, fullName: p.fullName }]);
                      setText('');
                    }}
                  >
                    {labels.add(p.fullName)}
                  </button>{' '}
                  <span className="muted">{p.organization.name}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
