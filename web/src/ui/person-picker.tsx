import { useId, useState } from 'react';
import { ErrorMessage } from './error-message';
import { useDebounced, useStaffSearch } from './search';

export interface PickedPerson {
  id: string;
  fullName: string;
  governmentPosition?: string | null;
  organization: { id: string; name: string };
}

/** The words the picker shows, from the caller's catalogue. */
export interface PersonPickerLabels {
  search: string;
  hint: string;
  pick: (name: string) => string;
  inactive: string;
  none: string;
  already: string;
}

/**
 * A search box over the staff of an organization and its units (the server ignores diacritics:
 * "nguyen van an" finds "Nguyễn Văn An"), each result with a button to pick it. People who have
 * left cannot be picked; those already picked say so.
 */
export function PersonPicker({
  organizationId,
  labels,
  pickedIds,
  onPick,
}: {
  organizationId: string;
  labels: PersonPickerLabels;
  pickedIds: ReadonlySet<string>;
  onPick: (person: PickedPerson) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [search] = useDebounced(text.trim());
  const { result, people, shown } = useStaffSearch(organizationId, search);

  return (
    <div className="person-picker">
      <div className="field">
        <label htmlFor={id}>{labels.search}</label>
        <input
          id={id}
          type="search"
          value={text}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
        />
        <span id={`${id}-hint`} className="muted">
          {labels.hint}
        </span>
      </div>
      <ErrorMessage error={result.error} />
      {shown ? (
        people.length === 0 ? (
          <p className="muted" aria-live="polite">
            {labels.none}
          </p>
        ) : (
          <ul className="picker-results" aria-live="polite">
            {people.map((p) => (
              <li key={p.id}>
                <span>
                  {p.fullName}
                  {p.governmentPosition ? `, ${p.governmentPosition}` : ''} — {p.organization.name}
                </span>{' '}
                {!p.active ? (
                  <span className="muted">{labels.inactive}</span>
                ) : pickedIds.has(p.id) ? (
                  <span className="muted">{labels.already}</span>
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    data-testid="person-pick"
                    data-person-id={p.id}
                    onClick={() => onPick(p)}
                  >
                    {labels.pick(p.fullName)}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
