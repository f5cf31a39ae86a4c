import { useId } from 'react';
import { useQuery } from 'urql';
import { useLocation } from 'wouter';
import { MyOrganizationsQuery } from './directory-documents';
import { useI18n } from '../i18n/i18n';

export interface MyOrganization {
  id: string;
  code: string;
  name: string;
  kind: string;
  roles: string[];
}

/** The organizations the user holds a role on (from `me.grants`), each once, with its roles. */
export function useMyOrganizations(): { organizations: MyOrganization[]; fetching: boolean } {
  const [result] = useQuery({ query: MyOrganizationsQuery });
  const byId = new Map<string, MyOrganization>();
  for (const grant of result.data?.me.grants ?? []) {
    const known = byId.get(grant.organization.id);
    if (known) known.roles.push(grant.role);
    else byId.set(grant.organization.id, { ...grant.organization, roles: [grant.role] });
  }
  return { organizations: [...byId.values()], fetching: result.fetching && !result.data };
}

/**
 * A select of the user's organizations that opens `${base}/<id>`: the scope of the admin pages
 * (people, access, groups). `current` may be an organization below them (reached from the tree).
 */
export function ScopePicker({
  base,
  current,
}: {
  base: string;
  current?: { id: string; name: string } | null;
}) {
  const { t } = useI18n();
  const id = useId();
  const [, navigate] = useLocation();
  const { organizations } = useMyOrganizations();
  const options = [...organizations];
  if (current && !options.some((o) => o.id === current.id))
    options.unshift({ id: current.id, name: current.name, code: '', kind: '', roles: [] });
  return (
    <div className="field">
      <label htmlFor={id}>{t('scope.organization')}</label>
      <select
        id={id}
        value={current?.id ?? ''}
        onChange={(event) => navigate(`${base}/${event.target.value}`)}
        data-testid="scope-picker"
      >
        {current ? null : <option value="">{t('scope.choose')}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
