import { useQuery } from 'urql';
import { Link } from 'wouter';
import type { MessageKey } from '../../../i18n/catalogue';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { FosteringGrantsQuery } from '../documents/fostering';

/** The organizations the user has a role in, each a link to `href(id)` (deduplicated). */
export function OrganizationPicker({ title, href }: { title: MessageKey; href: (id: string) => string }) {
  const { t } = useI18n();
  const [result] = useQuery({ query: FosteringGrantsQuery });
  const grants = result.data?.me.grants ?? [];
  const seen = new Set<string>();
  const unique = grants.filter((g) =>
    seen.has(g.organization.id) ? false : (seen.add(g.organization.id), true),
  );
  return (
    <>
      <h1>{t(title)}</h1>
      <ErrorMessage error={result.error} />
      {result.data && unique.length === 0 ? <p className="notice">{t('exemplars.pick.none')}</p> : null}
      {unique.length > 0 ? (
        <>
          <p>{t('exemplars.pick.intro')}</p>
          <ul>
            {unique.map((g) => (
              <li key={g.organization.id}>
                <Link href={href(g.organization.id)}>{g.organization.name}</Link>{' '}
                <span className="muted">({t(`exemplars.role.${g.role}` as MessageKey)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
