import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber } from '../../../i18n/format';
import { vi } from '../messages';
import { decidedAtOf, todayInVietnam } from './helpers';

/** The grounds of Law 06/2022 art. 93 cl. 2. */
export const GROUNDS = ['FALSE_DECLARATION', 'FORGED_DOSSIER', 'AGAINST_THE_LAW', 'STANDARD_UNMET'] as const;
export type Ground = (typeof GROUNDS)[number];

/**
 * The reason recorded: the ground in the Law's Vietnamese words (what the server checks,
 * whatever the reader's language), then the details.
 */
export function reasonOf(ground: Ground, details: string): string {
  const words = vi[`decisions.revoke.ground.${ground}`];
  const more = details.trim();
  return more ? `${words}: ${more}` : words;
}

export interface RevocationDraft {
  decisionNumber: string;
  decidedAt: string;
  reason: string;
}

interface Props {
  nomineeName: string;
  rewardToRecover: number;
  affectedCount: number;
  sending: boolean;
  onRevoke: (draft: RevocationDraft) => void;
}

type Problem = 'number' | 'date' | 'ground';

/**
 * The revoking decision's number, date and grounds; then a confirmation that repeats the
 * consequences (the money to recover, the recognitions to review) before anything is sent.
 */
export function RevokeForm({ nomineeName, rewardToRecover, affectedCount, sending, onRevoke }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(todayInVietnam);
  const [ground, setGround] = useState<Ground | ''>('');
  const [details, setDetails] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [confirming, setConfirming] = useState(false);

  const review = (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!number.trim()) found.push('number');
    if (!decidedAtOf(date)) found.push('date');
    if (!ground) found.push('ground');
    setProblems(found);
    setConfirming(found.length === 0);
  };
  const confirm = () => {
    const decidedAt = decidedAtOf(date);
    if (!ground || !decidedAt) return;
    onRevoke({ decisionNumber: number.trim(), decidedAt, reason: reasonOf(ground, details) });
  };
  const error = (
    problem: Problem,
    key: 'decisions.revoke.needNumber' | 'decisions.revoke.needDate' | 'decisions.revoke.needGround',
  ) =>
    problems.includes(problem) ? (
      <span id={`${id}-${problem}-error`} role="alert" className="error">
        {t(key)}
      </span>
    ) : null;

  return (
    <form onSubmit={review} noValidate>
      <fieldset disabled={confirming || sending}>
        <div className="field">
          <label htmlFor={`${id}-number`}>{t('decisions.revoke.number')}</label>
          <input
            id={`${id}-number`}
            type="text"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            aria-invalid={problems.includes('number') || undefined}
            aria-describedby={problems.includes('number') ? `${id}-number-error` : undefined}
            data-testid="revoke-number"
          />
          {error('number', 'decisions.revoke.needNumber')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('decisions.revoke.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={problems.includes('date') || undefined}
            aria-describedby={problems.includes('date') ? `${id}-date-error` : undefined}
            data-testid="revoke-date"
          />
          {error('date', 'decisions.revoke.needDate')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-ground`}>{t('decisions.revoke.ground')}</label>
          <select
            id={`${id}-ground`}
            value={ground}
            onChange={(e) => setGround(e.target.value as Ground | '')}
            aria-invalid={problems.includes('ground') || undefined}
            aria-describedby={problems.includes('ground') ? `${id}-ground-error` : undefined}
            data-testid="revoke-ground"
          >
            <option value="">{t('decisions.revoke.chooseGround')}</option>
            {GROUNDS.map((g) => (
              <option key={g} value={g}>
                {t(`decisions.revoke.ground.${g}`)}
              </option>
            ))}
          </select>
          {error('ground', 'decisions.revoke.needGround')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-details`}>{t('decisions.revoke.details')}</label>
          <textarea
            id={`${id}-details`}
            rows={3}
            value={details}
            onChange={(e) => setDetails(e.target.value)}
            data-testid="revoke-details"
          />
        </div>
        {confirming ? null : (
          <button type="submit" className="primary" data-testid="revoke-review">
            {t('decisions.revoke.review')}
          </button>
        )}
      </fieldset>
      {confirming ? (
        <section className="notice" aria-labelledby={`${id}-confirm`} data-testid="revoke-confirmation">
          <h2 id={`${id}-confirm`}>{t('decisions.revoke.confirmTitle')}</h2>
          <p>
            {t('decisions.revoke.confirmText', {
              name: nomineeName,
              amount: formatNumber(rewardToRecover),
              affected: affectedCount,
            })}
          </p>
          <div className="toolbar">
            <button
              type="button"
              className="primary"
              onClick={confirm}
              disabled={sending}
              data-testid="revoke-confirm"
            >
              {sending ? t('decisions.revoke.sending') : t('decisions.revoke.confirm')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => setConfirming(false)}
              disabled={sending}
            >
              {t('decisions.revoke.back')}
            </button>
          </div>
        </section>
      ) : null}
    </form>
  );
}
