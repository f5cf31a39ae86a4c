import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { fieldProblems } from '../../../ui/server-errors';
import { describeChange, serverProblems, type Problems } from '../campaign-form';
import { DeadlineInput } from '../components/deadline-input';
import { DistinctionRulesText } from '../components/distinction-rules';
import { formatDeadline, parseDeadline, vietnamParts } from '../deadline';
import {
  CampaignComplianceQuery,
  CampaignQuery,
  CloseCampaignMutation,
  OpenCampaignMutation,
  UpdateCampaignMutation,
} from '../documents';

type Stage = 'registration' | 'proposal' | 'escalation';
const FIELD: Record<Stage, 'registrationDeadline' | 'proposalDeadline' | 'escalationDeadline'> = {
  registration: 'registrationDeadline',
  proposal: 'proposalDeadline',
  escalation: 'escalationDeadline',
};

/** `/campaigns/:id`: the campaign, its quotas and compliance, open/close, deadline extensions. */
export function CampaignPage({ campaignId }: { campaignId: string }) {
  const { t, language } = useI18n();
  const [result, refetch] = useQuery({ query: CampaignQuery, variables: { id: campaignId } });
  const campaign = result.data?.campaign;
  const [compliance] = useQuery({
    query: CampaignComplianceQuery,
    variables: { campaignId, organizationId: campaign?.organization.id ?? '' },
    pause: !campaign,
  });
  const [opened, open] = useMutation(OpenCampaignMutation);
  const [closed, close] = useMutation(CloseCampaignMutation);
  const [updated, update] = useMutation(UpdateCampaignMutation);
  const [editing, setEditing] = useState<Record<Stage, string> | null>(null);
  const [server, setServer] = useState<Problems>({});

  const refresh = () => refetch({ requestPolicy: 'network-only' });
  if (result.error) return <ErrorMessage error={result.error} />;
  if (!campaign) return <p>{result.fetching ? t('app.loading') : t('error.NOT_FOUND')}</p>;
  const distinctionName = (d: { nameVi: string; nameEn: string }) =>
    language === 'en' ? d.nameEn : d.nameVi;
  const defaultYear = (stage: Stage) => () => {
    const at = campaign[FIELD[stage]];
    return at ? vietnamParts(at).year : campaign.year;
  };
  const parsed = (stage: Stage) => {
    const text = editing?.[stage] ?? '';
    return text.trim() ? parseDeadline(text, defaultYear(stage)) : null;
  };

  const saveDeadlines = async () => {
    if (!editing) return;
    const input: Partial<Record<(typeof FIELD)[Stage], string>> = {};
    for (const stage of ['registration', 'proposal', 'escalation'] as const) {
      const p = parsed(stage);
      if (p && !p.ok) return;
      if (p?.ok && p.iso !== campaign[FIELD[stage]]) input[FIELD[stage]] = p.iso;
    }
    const answer = await update({ id: campaign.id, input });
    if (answer.data) {
      setEditing(null);
      setServer({});
      refresh();
    } else setServer(serverProblems(fieldProblems(answer.error)));
  };

  const canEdit = campaign.status === 'DRAFT' || campaign.status === 'OPEN';
  return (
    <>
      <p>
        <Link href={`/campaigns?organization=${encodeURIComponent(campaign.organization.id)}`}>
          {t('campaigns.list.title')}
        </Link>
      </p>
      <h1 data-testid="campaign-heading">{campaign.title}</h1>
      <dl className="facts">
        <dt>{t('campaigns.field.launcher')}</dt>
        <dd>{campaign.organization.name}</dd>
        <dt>{t('campaigns.field.period')}</dt>
        <dd>
          {campaign.periodLabel} ({t(`campaigns.kind.${campaign.kind}`)})
        </dd>
        <dt>{t('campaigns.field.status')}</dt>
        <dd data-testid="campaign-status" data-status={campaign.status}>
          {t(`campaigns.status.${campaign.status}`)}
        </dd>
        {campaign.parent ? (
          <>
            <dt>{t('campaigns.field.parent')}</dt>
            <dd>
              <Link href={`/campaigns/${campaign.parent.id}`}>{campaign.parent.title}</Link> —{' '}
              {campaign.parent.organization.name}
            </dd>
          </>
        ) : null}
      </dl>
      <div className="toolbar">
        {campaign.status === 'DRAFT' ? (
          <button
            type="button"
            className="primary"
            data-testid="campaign-open"
            onClick={() => void open({ id: campaign.id }).then(refresh)}
          >
            {t('campaigns.action.open')}
          </button>
        ) : null}
        {campaign.status === 'OPEN' ? (
          <button
            type="button"
            className="secondary"
            data-testid="campaign-close"
            onClick={() => void close({ id: campaign.id }).then(refresh)}
          >
            {t('campaigns.action.close')}
          </button>
        ) : null}
        <Link href={`/nominations?campaign=${campaign.id}`} data-testid="campaign-nominations">
          {t('campaigns.action.nominations')}
        </Link>
        {canEdit ? (
          <Link
            href={`/campaigns/new?organization=${encodeURIComponent(campaign.organization.id)}&parent=${campaign.id}`}
          >
            {t('campaigns.list.createChild')}
          </Link>
        ) : null}
      </div>
      <ErrorMessage error={opened.error ?? closed.error} />

      <h2>{t('campaigns.section.deadlines')}</h2>
      {editing ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void saveDeadlines();
          }}
        >
          {(['registration', 'proposal', 'escalation'] as const).map((stage) => {
            const p = parsed(stage);
            return (
              <DeadlineInput
                key={stage}
                label={t(`campaigns.field.${stage}`)}
                value={editing[stage]}
                onChange={(value) => {
                  setEditing({ ...editing, [stage]: value });
                  setServer((s) => ({ ...s, [stage]: undefined }) as Problems);
                }}
                parsed={p}
                problem={
                  server[stage] ??
                  (p && !p.ok
                    ? {
                        key:
                          p.problem === 'hour'
                            ? 'campaigns.problem.deadlineHour'
                            : 'campaigns.problem.deadlineFormat',
                      }
                    : undefined)
                }
                testId={`extend-${stage}`}
              />
            );
          })}
          {updated.error && Object.keys(server).length === 0 ? <ErrorMessage error={updated.error} /> : null}
          <div className="toolbar">
            <button type="submit" className="primary" data-testid="extend-save" disabled={updated.fetching}>
              {t('campaigns.action.saveDeadlines')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(null)}>
              {t('campaigns.action.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <table className="compact">
            <caption className="visually-hidden">{t('campaigns.section.deadlines')}</caption>
            <tbody>
              {(['registration', 'proposal', 'escalation'] as const).map((stage) => (
                <tr key={stage}>
                  <th scope="row">{t(`campaigns.field.${stage}`)}</th>
                  <td data-testid={`campaign-${stage}-deadline`}>
                    {formatDeadline(campaign[FIELD[stage]]) || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {canEdit ? (
            <button
              type="button"
              className="secondary"
              data-testid="campaign-extend"
              onClick={() =>
                setEditing({
                  registration: formatDeadline(campaign.registrationDeadline),
                  proposal: formatDeadline(campaign.proposalDeadline),
                  escalation: formatDeadline(campaign.escalationDeadline),
                })
              }
            >
              {t('campaigns.action.extend')}
            </button>
          ) : null}
        </>
      )}

      <h2>{t('campaigns.section.criteria')}</h2>
      {campaign.criteria.length === 0 ? (
        <p className="muted">{t('campaigns.criteria.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.criteria.target')}</th>
              <th scope="col">{t('campaigns.criteria.text')}</th>
              <th scope="col">{t('campaigns.criteria.evaluator')}</th>
            </tr>
          </thead>
          <tbody>
            {campaign.criteria.map((c) => (
              <tr key={c.id} data-testid="campaign-criterion">
                <td>{t(`campaigns.target.${c.target}`)}</td>
                <td>{c.text}</td>
                <td>{c.evaluator?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('campaigns.section.distinctions')}</h2>
      <ul>
        {campaign.distinctions.map((d) => (
          <li key={d.code} data-testid="campaign-distinction-item" data-code={d.code}>
            {distinctionName(d)}{' '}
            <span className="muted">({d.targets.map((x) => t(`campaigns.target.${x}`)).join(', ')})</span>
            <DistinctionRulesText rules={campaign.rules.find((r) => r.code === d.code)} />
          </li>
        ))}
      </ul>

      <h2>{t('campaigns.section.quotas')}</h2>
      {campaign.quotas.length === 0 ? (
        <p className="muted">{t('campaigns.quotas.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.quotas.owner')}</th>
              <th scope="col" className="num">
                {t('campaigns.quotas.min')}
              </th>
              <th scope="col" className="num">
                {t('campaigns.quotas.max')}
              </th>
            </tr>
          </thead>
          <tbody>
            {campaign.quotas.map((q) => (
              <tr key={q.id} data-testid="campaign-quota" data-organization-id={q.organization?.id ?? ''}>
                <td>{q.organization?.name ?? q.group?.name ?? '—'}</td>
                <td className="num">{q.min}</td>
                <td className="num">{q.max}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('campaigns.section.compliance')}</h2>
      <ErrorMessage error={compliance.error} />
      {compliance.data && compliance.data.submissionCompliance.length === 0 ? (
        <p className="muted">{t('campaigns.compliance.none')}</p>
      ) : null}
      {compliance.data && compliance.data.submissionCompliance.length > 0 ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('column.organization')}</th>
                <th scope="col" className="num">
                  {t('total.registered')}
                </th>
                <th scope="col" className="num">
                  {t('total.proposed')}
                </th>
                <th scope="col">{t('column.quota')}</th>
                <th scope="col">{t('column.onTime')}</th>
                <th scope="col">{t('column.withinQuota')}</th>
              </tr>
            </thead>
            <tbody>
              {compliance.data.submissionCompliance.map((row) => (
                <tr
                  key={row.organization.id}
                  className={row.onTime && row.withinQuota ? undefined : 'bad'}
                  data-testid="campaign-compliance-row"
                  data-organization-id={row.organization.id}
                >
                  <td>{row.organization.name}</td>
                  <td className="num">{row.registered}</td>
                  <td className="num">{row.proposed}</td>
                  <td>{row.quotaMax != null ? `${row.quotaMin ?? 0}–${row.quotaMax}` : '—'}</td>
                  <td>{row.onTime ? t('compliance.yes') : t('compliance.late')}</td>
                  <td>
                    {row.withinQuota
                      ? t('compliance.yes')
                      : row.registered > (row.quotaMax ?? Infinity)
                        ? t('compliance.over')
                        : t('compliance.under')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {campaign.children.length > 0 ? (
        <>
          <h2>{t('campaigns.section.children')}</h2>
          <ul>
            {campaign.children.map((child) => (
              <li key={child.id}>
                <Link href={`/campaigns/${child.id}`}>{child.title}</Link> — {child.organization.name} (
                {t(`campaigns.status.${child.status}`)})
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t('campaigns.section.history')}</h2>
      <ol className="history">
        {campaign.history.map((h, i) => (
          <li key={i}>
            {formatDateTime(h.at)} — {h.by}:{' '}
            {h.change
              ? t('campaigns.history.change', { change: describeChange(h.change, t) })
              : t('campaigns.history.status', {
                  from: h.from ? t(`campaigns.status.${h.from}`) : '—',
                  to: t(`campaigns.status.${h.to}`),
                })}
          </li>
        ))}
      </ol>
    </>
  );
}
