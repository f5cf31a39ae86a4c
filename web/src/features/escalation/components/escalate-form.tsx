import type { CombinedError } from '@urql/core';
import { useId, useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import { formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { EscalateMutation } from '../documents';
import {
  escalationDeadline,
  escalationTargets,
  higherDistinctions,
  type CatalogueDistinction,
  type Listed,
  type UpCampaign,
} from '../escalation';
import { refusalText } from './refusal-text';

/** Escalates a recognized nomination to a campaign above, for the same or a higher distinction. */
export function EscalateForm({
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
