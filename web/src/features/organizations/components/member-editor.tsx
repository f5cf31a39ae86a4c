import { useI18n } from '../../../i18n/i18n';
import { OrganizationSearch, type FoundOrganization } from '../../../ui/organization-search';

/** A group's members: a list with a remove button each, and a search (below the owner) to add. */
export function MemberEditor({
  ownerId,
  members,
  onChange,
  testId,
}: {
  ownerId: string;
  members: readonly FoundOrganization[];
  onChange: (members: FoundOrganization[]) => void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="members">
      <legend>{t('organizations.groups.members', { count: members.length })}</legend>
      {members.length === 0 ? <p className="muted">{t('organizations.groups.noMembers')}</p> : null}
      <ul data-testid={`${testId}-members`}>
        {members.map((m) => (
          <li key={m.id} data-testid="group-member" data-organization-id={m.id}>
            {m.name} <span className="muted">{m.code}</span>{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => onChange(members.filter((x) => x.id !== m.id))}
              aria-label={t('organizations.groups.remove', { name: m.name })}
            >
              {t('organizations.groups.removeShort')}
            </button>
          </li>
        ))}
      </ul>
      <OrganizationSearch
        label={t('organizations.groups.add')}
        withinId={ownerId}
        exclude={[ownerId, ...members.map((m) => m.id)]}
        onPick={(o) => onChange([...members, o])}
        testId={`${testId}-search`}
      />
    </fieldset>
  );
}
