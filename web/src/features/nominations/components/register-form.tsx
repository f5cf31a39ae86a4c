import { newKey } from '../../../ui/new-key';
import { useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../../i18n/i18n';
import { OrganizationSearchBox } from '../../../ui/organization-search-box';
import { useDebounced, useStaffSearch } from '../../../ui/search';
import { RegisterNominationMutation } from '../documents';
import { RefusalMessage } from './refusal-message';

type TargetValue = 'COLLECTIVE' | 'INDIVIDUAL';

interface DistinctionChoice {
  code: string;
  nameVi: string;
  nameEn: string;
  targets: readonly string[];
}

interface Nominee {
  type: TargetValue;
  id: string;
  name: string;
  detail: string;
}

/** Searches the unit's staff (and its sub-units'), diacritics ignored by the server. */
function StaffSearch({ organizationId, onPick }: { organizationId: string; onPick: (n: Nominee) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [search] = useDebounced(text.trim());
  const { people, shown } = useStaffSearch(organizationId, search);
  return (
    <div className="field search-box">
      <label htmlFor={id}>{t('nominations.register.person')}</label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-hint`}
        data-testid="nominee-person-search"
      />
      <span id={`${id}-hint`} className="muted">
        {t('nominations.register.searchHint')}
      </span>
      {shown ? (
        <ul className="search-results" aria-live="polite">
          {people.length === 0 ? <li className="muted">{t('nominations.register.noPeople')}</li> : null}
          {people.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="link"
                disabled={!p.active}
                data-testid="nominee-person-result"
                onClick={() => {
                  onPick({
                    type: 'INDIVIDUAL',
                    id: p.id,
                    name: p.fullName,
                    detail: [p.governmentPosition, p.organization.name].filter(Boolean).join(', '),
                  });
                  setText('');
                }}
              >
                {p.fullName}{' '}
                <span className="muted">
                  ({[p.governmentPosition, p.organization.name].filter(Boolean).join(', ')}
                  {p.active ? '' : `; ${t('nominations.register.inactive')}`})
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Registers a collective or an individual of the unit for one of the campaign's distinctions. */
export function RegisterForm({
  campaignId,
  organizationId,
  scopeId,
  distinctions,
  onRegistered,
}: {
  campaignId: string;
  organizationId: string;
  /** Where nominees are searched: the unit, or a mass organization's institution. */
  scopeId: string;
  distinctions: readonly DistinctionChoice[];
  onRegistered: () => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const [target, setTarget] = useState<TargetValue>('INDIVIDUAL');
  const [code, setCode] = useState('');
  const [nominee, setNominee] = useState<Nominee | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [registered, register] = useMutation(RegisterNominationMutation);
  const [done, setDone] = useState<string | null>(null);
  const key = useRef(newKey());
  const choices = distinctions.filter((d) => d.targets.includes(target));
  const chosen = choices.some((d) => d.code === code) ? code : (choices[0]?.code ?? '');
  const missing = !nominee ? 'nominee' : !chosen ? 'distinction' : null;

  const submit = async () => {
    setAttempted(true);
    setDone(null);
    if (missing || !nominee) return;
    const result = await register({
      input: {
        campaignId,
        submittingOrganizationId: organizationId,
        distinctionCode: chosen,
        nomineeOrganizationId: nominee.type === 'COLLECTIVE' ? nominee.id : null,
        nomineePersonId: nominee.type === 'INDIVIDUAL' ? nominee.id : null,
        idempotencyKey: key.current,
      },
    });
    if (result.data) {
      setDone(nominee.name);
      setNominee(null);
      setAttempted(false);
      key.current = newKey();
      onRegistered();
    } else {
      // The next attempt is a new request, whatever it changes.
      key.current = newKey();
    }
  };

  return (
    <form
      className="box"
      noValidate
      aria-labelledby={`${id}-title`}
      data-testid="register-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-title`}>{t('nominations.register.title')}</h2>
      <fieldset>
        <legend>{t('nominations.register.target')}</legend>
        {(['COLLECTIVE', 'INDIVIDUAL'] as const).map((value) => (
          <label key={value} className="plain inline">
            <input
              type="radio"
              name={`${id}-target`}
              value={value}
              checked={target === value}
              onChange={() => {
                setTarget(value);
                setNominee(null);
              }}
              data-testid={`register-target-${value}`}
            />{' '}
            {t(`nominations.target.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-distinction`}>{t('nominations.register.distinction')}</label>
        <select
          id={`${id}-distinction`}
          value={chosen}
          onChange={(e) => setCode(e.target.value)}
          data-testid="register-distinction"
        >
          {choices.map((d) => (
            <option key={d.code} value={d.code}>
              {language === 'en' ? d.nameEn : d.nameVi}
            </option>
          ))}
        </select>
        {attempted && missing === 'distinction' ? (
          <span role="alert" className="error">
            {t('nominations.register.noDistinction')}
          </span>
        ) : null}
      </div>
      {nominee ? (
        <p data-testid="register-nominee">
          {t('nominations.register.chosen')}: <strong>{nominee.name}</strong>{' '}
          {nominee.detail ? <span className="muted">({nominee.detail})</span> : null}{' '}
          <button type="button" className="link" onClick={() => setNominee(null)}>
            {t('nominations.action.change')}
          </button>
        </p>
      ) : target === 'COLLECTIVE' ? (
        <OrganizationSearchBox
          label={t('nominations.register.collective')}
          hint={t('nominations.register.searchHint')}
          noResults={t('nominations.register.noCollectives')}
          withinId={scopeId}
          testId="nominee-collective-search"
          onPick={(o) => setNominee({ type: 'COLLECTIVE', id: o.id, name: o.name, detail: o.code })}
        />
      ) : (
        <StaffSearch organizationId={scopeId} onPick={setNominee} />
      )}
      {attempted && missing === 'nominee' ? (
        <p role="alert" className="error">
          {t('nominations.register.noNominee')}
        </p>
      ) : null}
      <RefusalMessage error={attempted ? registered.error : null} testId="register-refusal" />
      {done ? (
        <p role="status" className="notice" data-testid="register-done">
          {t('nominations.register.done', { name: done })}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={registered.fetching} data-testid="register-submit">
        {t('nominations.action.register')}
      </button>
    </form>
  );
}
