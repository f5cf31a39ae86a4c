import { useQuery } from 'urql';
import { Link, useSearch } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { emptyDraft } from '../campaign-form';
import { CampaignBasics } from '../components/campaign-basics';
import { CriteriaFieldset } from '../components/criteria-fieldset';
import { DistinctionsFieldset } from '../components/distinctions-fieldset';
import { FieldProblem } from '../components/field-problem';
import { QuotasFieldset } from '../components/quotas-fieldset';
import { formatDeadline } from '../deadline';
import { CampaignFormContextQuery, ParentCampaignQuery } from '../documents';
import { useCampaignDraft } from '../use-campaign-draft';

/** `/campaigns/new?organization=…&parent=…`: a new DRAFT campaign, a child one under `parent`. */
export function CampaignCreatePage() {
  const { t } = useI18n();
  const params = new URLSearchParams(useSearch());
  const organizationId = params.get('organization') ?? '';
  const parentId = params.get('parent');
  const [context] = useQuery({ query: CampaignFormContextQuery, variables: { organizationId } });
  const [parent] = useQuery({
    query: ParentCampaignQuery,
    variables: { id: parentId ?? '' },
    pause: !parentId,
  });
  const organization = context.data?.organization;
  const { current, update, shown, local, server, leftover, attempted, created, submit } = useCampaignDraft({
    // A child campaign starts in its parent's year.
    initial: {
      ...emptyDraft(organization?.kind),
      ...(parent.data?.campaign ? { year: String(parent.data.campaign.year) } : {}),
    },
    organizationId,
    parentId,
  });
  const section = { current, update, shown };

  return (
    <>
      <h1>{parentId ? t('campaigns.create.childTitle') : t('campaigns.create.title')}</h1>
      <p>
        {t('campaigns.create.launcher')}: <strong>{organization?.name ?? '…'}</strong>
      </p>
      {parentId && parent.data?.campaign ? (
        <p className="notice" data-testid="campaign-parent">
          {t('campaigns.create.under', {
            title: parent.data.campaign.title,
            organization: parent.data.campaign.organization.name,
            deadline: formatDeadline(
              parent.data.campaign.escalationDeadline ?? parent.data.campaign.proposalDeadline,
            ),
          })}
        </p>
      ) : null}
      <ErrorMessage error={context.error} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <CampaignBasics {...section} />
        <CriteriaFieldset {...section} server={server} organizationId={organizationId} />
        <QuotasFieldset
          {...section}
          organizationId={organizationId}
          groups={context.data?.emulationGroups ?? []}
        />
        <DistinctionsFieldset
          current={current}
          update={update}
          distinctions={context.data?.distinctions ?? []}
          problem={server.distinctionCodes}
        />

        {leftover.map((field) => (
          <FieldProblem key={field} id={`${field}-p`} problem={server[field]} />
        ))}
        {created.error && Object.keys(server).length === 0 ? <ErrorMessage error={created.error} /> : null}
        {attempted && Object.keys(local).length > 0 ? (
          <p role="alert" className="error">
            {t('campaigns.create.fix', { count: Object.keys(local).length })}
          </p>
        ) : null}
        <div className="toolbar">
          <button
            type="submit"
            className="primary"
            disabled={created.fetching}
            data-testid="campaign-create-submit"
          >
            {t('campaigns.create.submit')}
          </button>
          <Link href="/campaigns">{t('campaigns.action.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
