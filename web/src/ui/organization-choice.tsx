import { useId } from 'react';
import { useLocation, useSearch } from 'wouter';
import { ErrorMessage } from './error-message';
import { useMyOrganizations } from './my-organizations';

export interface OrganizationOption {
  id: string;
  name: string;
}

/**
 * Which organization a page works on: `?organization=` in the address (so it can be bookmarked),
 * else the only one the user works for; a select when there are several.
 */
export function useOrganizationChoice(): {
  organizationId: string | null;
  options: OrganizationOption[];
  loading: boolean;
  error: ReturnType<typeof useMyOrganizations>['error'];
  choose: (id: string) => void;
} {
  const params = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const mine = useMyOrganizations();
  const options: OrganizationOption[] = mine.organizations;
  const chosen = params.get('organization');
  const organizationId = chosen ?? (options.length === 1 ? options[0]!.id : null);
  return {
    organizationId,
    options,
    loading: mine.loading,
    error: mine.error,
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
