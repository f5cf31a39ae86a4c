import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';
import { ErrorMessage } from '../../../ui/error-message';
import { DecisionOrganizationsQuery } from '../documents';
import { yearInVietnam } from '../components/helpers';

export const newDecisionHref = (organizationId: string) => `/decisions/new/${organizationId}`;
export const decisionHref = (decisionId: string) => `/decisions/d/${decisionId}`;
export const fundHref = (organizationId: string, year = yearInVietnam()) =>
  `/fund/${organizationId}?year=${year}`;
export const revokeHref = (nominationId: string) => `/decisions/revoke/${nominationId}`;

/** `/decisions` and `/fund`: the organizations the user works for, each with its decision and fund links. */
export function PickOrganizationPage({ fund }: { fund: boolean }) {
  const { t } = useI18n();
  const [result] = useQuery({ query: DecisionOrganizationsQuery });
  const grants = result.data?.me?.grants ?? [];
  return (
    <>
      <h1>{t(fund ? 'decisions.pick.fundTitle' : 'decisions.pick.title')}</h1>
      <ErrorMessage error={result.error} />
      {result.fetching ? <p>{t('app.loading')}</p> : null}
      {result.data ? (
        grants.length === 0 ? (
          <p className="notice">{t('decisions.pick.none')}</p>
        ) : (
          <>
            <p>{t(fund ? 'decisions.pick.fundExplain' : 'decisions.pick.explain')}</p>
            <ul>
              {grants.map((grant) => (
                <li
                  key={grant.id}
                  data-testid="decisions-organization"
                  data-organization-id={grant.organization.id}
                >
                  {grant.organization.name}{' '}
                  <span className="muted">({t(`role.${grant.role}` as MessageKey)})</span>:{' '}
                  {fund ? null : (
                    <>
                      <Link href={newDecisionHref(grant.organization.id)}>{t('decisions.pick.issue')}</Link>{' '}
                      ·{' '}
                    </>
                  )}
                  <Link href={fundHref(grant.organization.id)}>{t('decisions.pick.fund')}</Link>
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </>
  );
}
