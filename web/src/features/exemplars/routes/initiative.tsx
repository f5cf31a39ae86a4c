import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import type { MessageKey } from '../../../i18n/catalogue';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import {
  InitiativePageQuery,
  ReportInitiativeProgressMutation,
  SetInitiativeReachMutation,
  SubmitInitiativeMutation,
} from '../documents/initiatives';
import { initiativesHref } from '../paths';

type Reach = 'INSTITUTION' | 'PROVINCE' | 'NATION';

/** An initiative: authors, status and reach, monthly progress notes, submission, raising the reach. */
export function InitiativePage({ initiativeId }: { initiativeId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [result, refetch] = useQuery({ query: InitiativePageQuery, variables: { id: initiativeId } });
  const [progressState, report] = useMutation(ReportInitiativeProgressMutation);
  const [submitState, submit] = useMutation(SubmitInitiativeMutation);
  const [reachState, setReach] = useMutation(SetInitiativeReachMutation);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [campaignId, setCampaignId] = useState('');
  const [summary, setSummary] = useState('');
  const [summaryMissing, setSummaryMissing] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [reach, setReachValue] = useState<Reach>('PROVINCE');
  const [decision, setDecision] = useState('');
  const [decisionMissing, setDecisionMissing] = useState(false);
  const [reachSaved, setReachSaved] = useState(false);

  if (result.error) return <ErrorMessage error={result.error} />;
  if (!result.data) return <p>{t('app.loading')}</p>;
  const initiative = result.data.initiative;
  if (!initiative) return <p className="notice">{t('exemplars.initiative.notFound')}</p>;
  const campaigns = initiative.organization.campaigns.edges.map((e) => e.node);
  const chosenCampaign = campaignId || campaigns[0]?.id || '';
  const refresh = () => refetch({ requestPolicy: 'network-only' });

  const sendNote = async (event: FormEvent) => {
    event.preventDefault();
    setNoteMissing(!note.trim());
    if (!note.trim()) return;
    const res = await report({ id: initiativeId, text: note.trim() });
    if (res.data) {
      setNote('');
      refresh();
    }
  };
  const sendSubmission = async (event: FormEvent) => {
    event.preventDefault();
    setSummaryMissing(!summary.trim());
    if (!summary.trim() || !chosenCampaign) return;
    const res = await submit({ id: initiativeId, campaignId: chosenCampaign, summary: summary.trim() });
    if (res.data) {
      setSubmitted(true);
      refresh();
    }
  };
  const sendReach = async (event: FormEvent) => {
    event.preventDefault();
    setDecisionMissing(!decision.trim());
    if (!decision.trim()) return;
    setReachSaved(false);
    const res = await setReach({ id: initiativeId, reach, decisionNumber: decision.trim() });
    if (res.data) {
      setReachSaved(true);
      refresh();
    }
  };

  return (
    <>
      <p>
        <Link href={initiativesHref(initiative.organization.id)}>{t('exemplars.back')}</Link>
      </p>
      <h1>{initiative.title}</h1>
      <p>
        {t('exemplars.initiative.meta', {
          year: initiative.year,
          organization: initiative.organization.name,
        })}
        {initiative.field ? ` — ${initiative.field}` : ''}
      </p>
      <dl>
        <dt>{t('exemplars.initiatives.col.authors')}</dt>
        <dd>{initiative.authors.map((a) => a.fullName).join(', ')}</dd>
        <dt>{t('exemplars.initiatives.col.status')}</dt>
        <dd data-testid="initiative-status" data-status={initiative.status}>
          {t(`exemplars.status.${initiative.status}`)}
        </dd>
        <dt>{t('exemplars.initiatives.col.reach')}</dt>
        <dd data-testid="initiative-reach">
          {initiative.reach ? t(`exemplars.reach.${initiative.reach}`) : t('exemplars.reach.none')}
        </dd>
        {initiative.nomination ? (
          <>
            <dt>{t('exemplars.initiative.nomination')}</dt>
            <dd>
              {t(`stage.${initiative.nomination.stage}` as MessageKey)}
              {initiative.nomination.decisionNumber ? ` — ${initiative.nomination.decisionNumber}` : ''}
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">{t('exemplars.initiative.progress')}</h2>
        {initiative.progress.length === 0 ? (
          <p>{t('exemplars.initiative.progressNone')}</p>
        ) : (
          <ol data-testid="progress-notes">
            {initiative.progress.map((p, index) => (
              <li key={`${p.at}-${index}`} data-testid="progress-note">
                <span className="muted">
                  {formatDateTime(p.at)} — {p.by}:
                </span>{' '}
                {p.text}
              </li>
            ))}
          </ol>
        )}
        <form
          onSubmit={(e) => void sendNote(e)}
          noValidate
          aria-label={t('exemplars.initiative.progressSend')}
        >
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('exemplars.initiative.progressText')}</label>
            <textarea
              id={`${id}-note`}
              rows={3}
              value={note}
              aria-invalid={noteMissing ? true : undefined}
              aria-describedby={noteMissing ? `${id}-note-error` : undefined}
              onChange={(e) => setNote(e.target.value)}
              data-testid="progress-text"
            />
            {noteMissing ? (
              <span id={`${id}-note-error`} role="alert" className="error">
                {t('exemplars.initiative.progressRequired')}
              </span>
            ) : null}
          </div>
          <ErrorMessage error={progressState.error} />
          <button
            type="submit"
            className="primary"
            disabled={progressState.fetching}
            data-testid="progress-send"
          >
            {t('exemplars.initiative.progressSend')}
          </button>
        </form>
      </section>

      {initiative.status === 'REGISTERED' ? (
        <section aria-labelledby="submit-heading">
          <h2 id="submit-heading">{t('exemplars.initiative.submit')}</h2>
          <p className="muted">{t('exemplars.initiative.submitHint')}</p>
          {campaigns.length === 0 ? (
            <p className="notice">{t('exemplars.initiative.noCampaign')}</p>
          ) : (
            <form
              onSubmit={(e) => void sendSubmission(e)}
              noValidate
              aria-label={t('exemplars.initiative.submit')}
            >
              <div className="field">
                <label htmlFor={`${id}-campaign`}>{t('exemplars.initiative.campaign')}</label>
                <select
                  id={`${id}-campaign`}
                  value={chosenCampaign}
                  onChange={(e) => setCampaignId(e.target.value)}
                >
                  {campaigns.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title} ({c.year})
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-summary`}>{t('exemplars.initiative.summary')}</label>
                <textarea
                  id={`${id}-summary`}
                  rows={3}
                  value={summary}
                  aria-invalid={summaryMissing ? true : undefined}
                  aria-describedby={summaryMissing ? `${id}-summary-error` : undefined}
                  onChange={(e) => setSummary(e.target.value)}
                />
                {summaryMissing ? (
                  <span id={`${id}-summary-error`} role="alert" className="error">
                    {t('exemplars.initiative.summaryRequired')}
                  </span>
                ) : null}
              </div>
              <ErrorMessage error={submitState.error} />
              <button type="submit" className="primary" disabled={submitState.fetching}>
                {t('exemplars.initiative.submit')}
              </button>
            </form>
          )}
        </section>
      ) : null}
      {submitted ? (
        <p role="status" className="notice">
          {t('exemplars.initiative.submitted')}
        </p>
      ) : null}

      {initiative.status === 'RECOGNIZED' ? (
        <section aria-labelledby="reach-heading">
          <h2 id="reach-heading">{t('exemplars.initiative.reach')}</h2>
          <p className="muted">{t('exemplars.initiative.reachHint')}</p>
          <form onSubmit={(e) => void sendReach(e)} noValidate aria-label={t('exemplars.initiative.reach')}>
            <div className="field">
              <label htmlFor={`${id}-reach`}>{t('exemplars.initiative.reachLevel')}</label>
              <select
                id={`${id}-reach`}
                value={reach}
                onChange={(e) => setReachValue(e.target.value as Reach)}
              >
                {(['INSTITUTION', 'PROVINCE', 'NATION'] as const).map((r) => (
                  <option key={r} value={r}>
                    {t(`exemplars.reach.${r}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-decision`}>{t('exemplars.initiative.decisionNumber')}</label>
              <input
                id={`${id}-decision`}
                type="text"
                value={decision}
                aria-invalid={decisionMissing ? true : undefined}
                aria-describedby={decisionMissing ? `${id}-decision-error` : undefined}
                onChange={(e) => setDecision(e.target.value)}
              />
              {decisionMissing ? (
                <span id={`${id}-decision-error`} role="alert" className="error">
                  {t('exemplars.initiative.decisionRequired')}
                </span>
              ) : null}
            </div>
            <ErrorMessage error={reachState.error} />
            <button type="submit" className="primary" disabled={reachState.fetching}>
              {t('exemplars.initiative.reachSave')}
            </button>
          </form>
          {reachSaved ? (
            <p role="status" className="notice">
              {t('exemplars.initiative.reachSaved')}
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
