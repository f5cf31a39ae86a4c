import { useId } from 'react';
import { useQuery } from 'urql';
import { useLocation } from 'wouter';
import { MyOrganizationsQuery } from './directory-documents';
import { useI18n } from '../i18n/i18n';

/** An organization the user works for; `roles` are the user's role grants on it (none: his or her own). */
export interface MyOrganization {
  id: string;
  code: string;
  name: string;
  kind: string;
  parent?: { id: string } | null;
  roles: string[];
}

interface OrganizationRef {
  id: string;
  name: string;
}

/** The organizations a user works for: those of the role grants, then his or her own, once each. */
export function organizationOptions<O extends OrganizationRef>(me: {
  person?: { organization: O } | null;
  grants: readonly { organization: O }[];
}): O[] {
  const seen = new Map<string, O>();
  for (const g of me.grants) if (!seen.has(g.organization.id)) seen.set(g.organization.id, g.organization);
  if (me.person && !seen.has(me.person.organization.id))
    seen.set(me.person.organization.id, me.person.organization);
  return [...seen.values()];
}

/**
 * "The organizations I work for", one query for every page: `organizations` the granted ones
 * first, then the person's own; `granted` only those the user holds a role on, each with its roles.
 */
export function useMyOrganizations() {
  const [result] = useQuery({ query: MyOrganizationsQuery });
  const me = result.data?.me;
  const byId = new Map<string, MyOrganization>();
  for (const grant of me?.grants ?? []) {
    const known = byId.get(grant.organization.id);
    if (known) known.roles.push(grant.role);
    else byId.set(grant.organization.id, { ...grant.organization, roles: [grant.role] });
  }
  const organizations: MyOrganization[] = me
    ? organizationOptions<Omit<MyOrganization, 'roles'>>(me).map((o) => byId.get(o.id) ?? { ...o, roles: [] })
    : [];
  return {
    organizations,
    granted: [...byId.values()],
    /** A query is in flight (also a refetch). */
    fetching: result.fetching,
    /** Nothing is known yet. */
    loading: result.fetching && !result.data,
    error: result.error,
    ready: !!result.data,
  };
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
  const { granted } = useMyOrganizations();
  const options = [...granted];
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
