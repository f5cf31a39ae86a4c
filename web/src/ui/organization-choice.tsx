import { useId } from 'react';
import { useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { ErrorMessage } from './error-message';
import { MyOrganizationsQuery } from './directory-documents';

export interface OrganizationOption {
  id: string;
  name: string;
}

/** The organizations a user works for: those of the role grants, then his or her own, once each. */
export function organizationOptions(me: {
  person?: { organization: OrganizationOption } | null;
  grants: readonly { organization: OrganizationOption }[];
}): OrganizationOption[] {
  const seen = new Map<string, OrganizationOption>();
  for (const g of me.grants) if (!seen.has(g.organization.id)) seen.set(g.organization.id, g.organization);
  if (me.person && !seen.has(me.person.organization.id))
    seen.set(me.person.organization.id, me.person.organization);
  return [...seen.values()];
}

/**
 * Which organization a page works on: `?organization=` in the address (so it can be bookmarked),
 * else the only one the user works for; a select when there are several.
 */
export function useOrganizationChoice(): {
  organizationId: string | null;
  options: OrganizationOption[];
  loading: boolean;
  error: ReturnType<typeof useQuery>[0]['error'];
  choose: (id: string) => void;
} {
  const params = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const [result] = useQuery({ query: MyOrganizationsQuery });
  const options = result.data ? organizationOptions(result.data.me) : [];
  const chosen = params.get('organization');
  const organizationId = chosen ?? (options.length === 1 ? options[0]!.id : null);
  return {
    organizationId,
    options,
    loading: result.fetching && !result.data,
    error: result.error,
    choose: (id) => {
      const next = new URLSearchParams(params);
      next.set('organization', id);
      navigate(`${location}?${next.toString()}`, { replace: true });
    },
  };
}

export function OrganizationSelect({
  label,
  placeholder,
  choice,
}: {
  label: string;
  placeholder: string;
  choice: ReturnType<typeof useOrganizationChoice>;
}) {
  const id = useId();
  if (choice.options.length <= 1 && choice.organizationId) return <ErrorMessage error={choice.error} />;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={choice.organizationId ?? ''} onChange={(e) => choice.choose(e.target.value)}>
        <option value="" disabled>
          {placeholder}
        </option>
        {choice.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <ErrorMessage error={choice.error} />
    </div>
  );
}
