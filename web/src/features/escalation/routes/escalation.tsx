import type { CombinedError } from '@urql/core';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { Link } from 'wouter';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { useI18n, type Translate } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { OrganizationSelect, useOrganizationChoice } from '../../../ui/organization-choice';
import {
  EscalateMutation,
  EscalationCampaignsQuery,
  EscalationCatalogueQuery,
  EscalationNominationsQuery,
  PublishMutation,
} from '../documents';
import type { EscalationNominationsQuery as EscalationNominationsResult } from '../../../gql/graphql';
import { useAllPages } from '../../../ui/all-pages';
import {
  escalationDeadline,
  escalationTargets,
  higherDistinctions,
  linkCampaigns,
  refusalOf,
  type CatalogueDistinction,
  type ListedCampaign,
  type UpCampaign,
} from '../escalation';

/** A recognized nomination's refusal, as one sentence next to the action that caused it. */
function refusalText(error: CombinedError, t: Translate): string {
  const refusal = refusalOf(error);
  if (refusal.key === 'deadline')
    return refusal.deadline
      ? t('escalation.refusal.deadline', { deadline: formatDateTime(refusal.deadline) })
      : t('escalation.refusal.deadlineUnknown');
  return t(`escalation.refusal.${refusal.key}`);
}

export function EscalationPage() {
  const { t } = useI18n();
  const choice = useOrganizationChoice();
  return (
    <>
      <h1>{t('escalation.title')}</h1>
      <p className="muted">{t('escalation.intro')}</p>
      <OrganizationSelect
        label={t('escalation.organization')}
        placeholder={t('escalation.chooseOrganization')}
        choice={choice}
      />
      {choice.loading ? <p>{t('app.loading')}</p> : null}
      {!choice.loading && choice.options.length === 0 && !choice.organizationId ? (
        <p className="notice">{t('escalation.noOrganization')}</p>
      ) : null}
      {choice.organizationId ? <Recognized organizationId={choice.organizationId} /> : null}
    </>
  );
}

type Listed = NonNullable<EscalationNominationsResult['nominations']>['edges'][number]['node'];

function Recognized({ organizationId }: { organizationId: string }) {
  const { t } = useI18n();
  const client = useClient();
  const [catalogue] = useQuery({ query: EscalationCatalogueQuery, variables: { organizationId } });
  const byStage = (stage: 'RECOGNIZED' | 'ESCALATED') => async (after: string | null) => {
    const result = await client
      .query(EscalationNominationsQuery, { organizationId, stage, after }, { requestPolicy: 'network-only' })
      .toPromise();
    const page = result.data?.nominations;
    if (!page) return result.error!;
    return { nodes: page.edges.map((e) => e.node), ...page.pageInfo };
  };
  const recognized = useAllPages(byStage('RECOGNIZED'), organizationId);
  const escalated = useAllPages(byStage('ESCALATED'), organizationId);
  // The campaigns that apply to the organizations whose campaigns the nominations are in (a
  // district's admin sees its schools' nominations): each one's cascade, up to the nation.
  const owners = [
    ...new Set([
      organizationId,
      ...[...(recognized.nodes ?? []), ...(escalated.nodes ?? [])].map((n) => n.campaign.organization.id),
    ]),
  ].sort();
  const campaignPage = (owner: string, after: string | null) =>
    client
      .query(EscalationCampaignsQuery, { organizationId: owner, after }, { requestPolicy: 'network-only' })
      .toPromise();
  const campaigns = useAllPages(async () => {
    const nodes: ListedCampaign[] = [];
    for (const owner of owners) {
      let after: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const result = await campaignPage(owner, after);
        const connection = result.data?.campaigns;
        if (!connection) return result.error!;
        nodes.push(...connection.edges.map((e) => e.node));
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
        after = connection.pageInfo.endCursor;
      }
    }
    return { nodes, hasNextPage: false, endCursor: null };
  }, owners.join(' '));
  const linked = useMemo(() => linkCampaigns(campaigns.nodes ?? []), [campaigns.nodes]);

  const error = catalogue.error ?? campaigns.error ?? recognized.error ?? escalated.error;
  if (error && !(catalogue.data && recognized.nodes)) return <ErrorMessage error={error} />;
  if (!catalogue.data || !campaigns.nodes || !recognized.nodes || !escalated.nodes)
    return <p>{t('app.loading')}</p>;
  const organization = catalogue.data.organization;
  const nominations: Listed[] = [...recognized.nodes, ...escalated.nodes];
  const refresh = () => {
    recognized.reload();
    escalated.reload();
  };
  return (
    <section aria-labelledby="recognized-heading">
      <h2 id="recognized-heading">{organization?.name}</h2>
      <p className="toolbar">
        <Link href={`/exemplars/${encodeURIComponent(organizationId)}`} data-testid="showcase-link">
          {t('escalation.showcase', { organization: organization?.name ?? '' })}
        </Link>
      </p>
      {nominations.length === 0 ? <p className="muted">{t('escalation.empty')}</p> : null}
      <ul className="escalation-list">
        {nominations.map((n) => (
          <li key={n.id}>
            <Item
              nomination={n}
              campaign={linked.get(n.campaign.id)}
              campaigns={linked}
              catalogue={catalogue.data!.distinctions}
              onChanged={refresh}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Item({
  nomination: n,
  campaign,
  campaigns,
  catalogue,
  onChanged,
}: {
  nomination: Listed;
  campaign: UpCampaign | undefined;
  campaigns: ReadonlyMap<string, UpCampaign>;
  catalogue: readonly CatalogueDistinction[];
  onChanged: () => void;
}) {
  const { t, language } = useI18n();
  const ids = useId();
  const name = (d: { nameVi: string; nameEn: string }) => (language === 'en' ? d.nameEn : d.nameVi);
  const up = n.escalatedTo ? campaigns.get(n.escalatedTo.campaign.id) : undefined;
  return (
    <article
      className="card escalation-item"
      aria-labelledby={`${ids}-name`}
      data-testid="escalation-item"
      data-nomination-id={n.id}
      data-stage={n.stage}
    >
      <h3 id={`${ids}-name`}>{n.nomineeName}</h3>
      <p>
        {name(n.distinction)} —{' '}
        {t(`escalation.stage.${n.stage === 'ESCALATED' ? 'ESCALATED' : 'RECOGNIZED'}`)}
        {campaign ? (
          <>
            <br />
            {t('escalation.campaign')}: {campaign.title} ({campaign.year})
          </>
        ) : null}
        {n.decisionNumber ? (
          <>
            <br />
            {t('escalation.decision', {
              number: n.decisionNumber,
              date: n.decidedAt ? formatDate(n.decidedAt) : '',
            })}
          </>
        ) : null}
      </p>
      {n.stage === 'RECOGNIZED' ? (
        campaign ? (
          <Escalate nomination={n} campaign={campaign} catalogue={catalogue} onDone={onChanged} />
        ) : (
          <p className="muted">{t('escalation.noTarget')}</p>
        )
      ) : n.escalatedTo ? (
        <p className="notice" data-testid="escalation-done">
          {t('escalation.done', {
            campaign: up?.title ?? '',
            organization: up?.organization.name ?? '',
            distinction: name(n.escalatedTo.distinction),
          })}
        </p>
      ) : null}
      <Publish nomination={n} onDone={onChanged} />
    </article>
  );
}

function Escalate({
  nomination: n,
  campaign,
  catalogue,
  onDone,
}: {
  nomination: Listed;
  campaign: UpCampaign;
  catalogue: readonly CatalogueDistinction[];
  onDone: () => void;
}) {
  const { t, language } = useI18n();
  const client = useClient();
  const ids = useId();
  const targets = escalationTargets(campaign);
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '');
  const [code, setCode] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const target = targets.find((c) => c.id === targetId);
  const name = (d: { nameVi: string; nameEn: string }) => (language === 'en' ? d.nameEn : d.nameVi);
  const higher = target ? higherDistinctions(n.distinction, n.target, target, catalogue) : [];

  if (targets.length === 0) return <p className="muted">{t('escalation.noTarget')}</p>;
  const deadline = target ? escalationDeadline(campaign, target) : null;
  const passed = deadline ? new Date(deadline).getTime() < Date.now() : false;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target || sending) return;
    setSending(true);
    setError(null);
    const result = await client
      .mutation(EscalateMutation, { id: n.id, toCampaignId: target.id, distinctionCode: code || null })
      .toPromise();
    setSending(false);
    if (result.data?.escalateNomination) onDone();
    else if (result.error) setError(result.error);
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('escalation.escalate')} noValidate>
      <div className="field">
        <label htmlFor={`${ids}-target`}>{t('escalation.target')}</label>
        <select
          id={`${ids}-target`}
          value={targetId}
          data-testid="escalation-target"
          onChange={(e) => {
            setTargetId(e.target.value);
            setCode('');
            setError(null);
          }}
        >
          {targets.map((c) => (
            <option key={c.id} value={c.id}>
              {t('escalation.targetOption', { title: c.title, organization: c.organization.name })}
              {c.status === 'OPEN' ? '' : t('escalation.targetClosed')}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-code`}>{t('escalation.for')}</label>
        <select
          id={`${ids}-code`}
          value={code}
          data-testid="escalation-distinction"
          onChange={(e) => {
            setCode(e.target.value);
            setError(null);
          }}
        >
          <option value="">{t('escalation.same', { name: name(n.distinction) })}</option>
          {higher.map((d) => (
            <option key={d.code} value={d.code}>
              {t('escalation.higher', { name: name(d) })}
            </option>
          ))}
        </select>
      </div>
      {deadline ? (
        <p className={passed ? 'flag' : 'muted'} id={`${ids}-deadline`}>
          {passed
            ? t('escalation.deadlinePassed', { deadline: formatDateTime(deadline) })
            : t('escalation.deadline', { deadline: formatDateTime(deadline) })}
        </p>
      ) : null}
      <button
        type="submit"
        className="primary"
        data-testid="escalation-submit"
        disabled={sending}
        aria-describedby={
          [deadline ? `${ids}-deadline` : '', error ? `${ids}-refusal` : ''].join(' ').trim() || undefined
        }
      >
        {sending ? t('escalation.sending') : t('escalation.submit')}
      </button>
      {error ? (
        <p role="alert" className="error" id={`${ids}-refusal`} data-testid="escalation-refusal">
          {refusalText(error, t)}
        </p>
      ) : null}
    </form>
  );
}

function Publish({ nomination: n, onDone }: { nomination: Listed; onDone: () => void }) {
  const { t } = useI18n();
  const client = useClient();
  const ids = useId();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const toggle = async () => {
    setSending(true);
    setError(null);
    const result = await client.mutation(PublishMutation, { id: n.id, published: !n.published }).toPromise();
    setSending(false);
    if (result.data?.publishExemplar) onDone();
    else if (result.error) setError(result.error);
  };
  return (
    <div className="toolbar" role="group" aria-labelledby={`${ids}-publish`}>
      <span id={`${ids}-publish`}>
        {t('escalation.publish')}:{' '}
        <span data-testid="publish-state" data-published={String(n.published)}>
          {n.published ? t('escalation.published') : t('escalation.notPublished')}
        </span>
      </span>
      <button
        type="button"
        className="secondary"
        data-testid={n.published ? 'unpublish-submit' : 'publish-submit'}
        disabled={sending}
        onClick={() => void toggle()}
      >
        {n.published ? t('escalation.unpublishButton') : t('escalation.publishButton')}
      </button>
      {error ? (
        <p role="alert" className="error" data-testid="publish-refusal">
          {refusalText(error, t)}
        </p>
      ) : null}
    </div>
  );
}
