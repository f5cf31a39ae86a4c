import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../../i18n/i18n';
import { ReturnNominationMutation, WithdrawNominationMutation } from '../documents';
import { RefusalMessage } from './refusal-message';

const WITHDRAWABLE = new Set(['REGISTERED', 'PROPOSED', 'RETURNED']);

/** Withdraw (with a confirmation) and return with a reason; refusals show beside the buttons. */
export function NominationActions({
  nomination,
  onPropose,
  onChanged,
}: {
  nomination: { id: string; stage: string; nomineeName: string };
  onPropose?: () => void;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [withdrawn, withdraw] = useMutation(WithdrawNominationMutation);
  const [returned, giveBack] = useMutation(ReturnNominationMutation);
  const [confirming, setConfirming] = useState(false);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const { stage, nomineeName: name } = nomination;
  return (
    <div className="row-actions" data-testid="nomination-actions">
      {onPropose && (stage === 'REGISTERED' || stage === 'RETURNED') ? (
        <button
          type="button"
          className="secondary"
          onClick={onPropose}
          data-testid="nomination-propose"
          aria-label={t('nominations.action.proposeFor', { name })}
        >
          {t('nominations.action.propose')}
        </button>
      ) : null}
      {stage === 'PROPOSED' && !returning ? (
        <button
          type="button"
          className="secondary"
          onClick={() => setReturning(true)}
          data-testid="nomination-return"
          aria-label={t('nominations.action.returnFor', { name })}
        >
          {t('nominations.action.return')}
        </button>
      ) : null}
      {WITHDRAWABLE.has(stage) && !confirming ? (
        <button
          type="button"
          className="secondary"
          onClick={() => setConfirming(true)}
          data-testid="nomination-withdraw"
          aria-label={t('nominations.action.withdrawFor', { name })}
        >
          {t('nominations.action.withdraw')}
        </button>
      ) : null}
      {confirming ? (
        <div role="group" aria-label={t('nominations.withdraw.confirm', { name })}>
          <span>{t('nominations.withdraw.confirm', { name })}</span>{' '}
          <button
            type="button"
            className="primary"
            data-testid="nomination-withdraw-confirm"
            onClick={() =>
              void withdraw({ id: nomination.id }).then((r) => {
                setConfirming(false);
                if (r.data) onChanged();
              })
            }
          >
            {t('nominations.withdraw.yes')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('nominations.action.cancel')}
          </button>
        </div>
      ) : null}
      {returning ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) {
              setReasonMissing(true);
              return;
            }
            void giveBack({ id: nomination.id, reason: reason.trim() }).then((r) => {
              if (r.data) {
                setReturning(false);
                setReason('');
                onChanged();
              }
            });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('nominations.return.reason', { name })}</label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonMissing(false);
              }}
              aria-describedby={reasonMissing ? `${id}-reason-p` : undefined}
              data-testid="nomination-return-reason"
            />
            {reasonMissing ? (
              <span id={`${id}-reason-p`} role="alert" className="error">
                {t('nominations.return.reasonRequired')}
              </span>
            ) : null}
          </div>
          <button
            type="submit"
            className="primary"
            disabled={returned.fetching}
            data-testid="nomination-return-submit"
          >
            {t('nominations.return.submit')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setReturning(false)}>
            {t('nominations.action.cancel')}
          </button>
        </form>
      ) : null}
      <RefusalMessage error={withdrawn.error ?? returned.error} testId="nomination-refusal" />
    </div>
  );
}
