import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { Figure } from '../../../ui/figure';
import { OrganizationSelect, useOrganizationChoice } from '../../../ui/organization-choice';
import { CouncilsQuery } from '../documents';

/** An organization's councils (`councils` connection), and the way to set up a new one. */
export function CouncilsPage() {
  const { t } = useI18n();
  const choice = useOrganizationChoice();
  return (
    <>
      <h1>{t('councils.title')}</h1>
      <OrganizationSelect
        label={t('councils.organization')}
        placeholder={t('councils.chooseOrganization')}
        choice={choice}
      />
      {choice.loading ? <p>{t('app.loading')}</p> : null}
      {!choice.loading && choice.options.length === 0 && !choice.organizationId ? (
        <p className="notice">{t('councils.noOrganization')}</p>
      ) : null}
      {choice.organizationId ? <CouncilList organizationId={choice.organizationId} /> : null}
    </>
  );
}

function CouncilList({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const [result] = useQuery({
    query: CouncilsQuery,
    variables: { organizationId },
    requestPolicy: 'cache-and-network',
  });
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  if (!result.data) return <p>{t('app.loading')}</p>;
  const organization = result.data.organization;
  const councils = result.data.councils.edges.map((e) => e.node);
  return (
    <section aria-labelledby="councils-heading">
      <h2 id="councils-heading">{organization?.name}</h2>
      <p className="toolbar">
        <Link
          href={`/councils/new?organization=${encodeURIComponent(organizationId)}`}
          data-testid="council-new"
        >
          {t('councils.create')}
        </Link>
      </p>
      {councils.length === 0 ? (
        <p className="muted">{t('councils.list.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('councils.list.name')}</th>
                <th scope="col">{t('councils.list.kind')}</th>
                <th scope="col" className="num">
                  {t('councils.list.members')}
                </th>
              </tr>
            </thead>
            <tbody>
              {councils.map((c) => (
                <tr key={c.id} data-testid="council-row" data-council-id={c.id}>
                  <th scope="row">
                    <Link href={`/councils/${encodeURIComponent(c.id)}`}>{c.name}</Link>
                  </th>
                  <td>{t(`councils.kind.${c.kind}`)}</td>
                  <td className="num">
                    <Figure value={c.members.length} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
