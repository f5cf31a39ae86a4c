import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useClient } from 'urql';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { CastBallotMutation } from '../documents';
import { BallotForm, type BallotChoice, type SlateEntry } from './ballot-form';

/** A member's ballot, then its receipt once cast. */
export function Ballot({ sessionId, slate }: { sessionId: string; slate: readonly SlateEntry[] }) {
  const { t } = useI18n();
  const client = useClient();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const [receipt, setReceipt] = useState<string | null>(null);

  // Sent through the client, not useMutation: no hook state keeps the operation (and with it the
  // choices) once the answer is in.
  const onSend = async (choices: { nominationId: string; choice: BallotChoice }[]) => {
    setSending(true);
    setError(null);
    const result = await client.mutation(CastBallotMutation, { sessionId, choices }).toPromise();
    setSending(false);
    if (result.data?.castBallot) setReceipt(result.data.castBallot.receiptCode);
    else if (result.error) setError(result.error);
  };

  return (
    <section aria-labelledby="ballot-heading">
      <h2 id="ballot-heading">{t('voting.slate')}</h2>
      {receipt ? (
        <Receipt sessionId={sessionId} code={receipt} />
      ) : (
        <>
          <BallotForm slate={slate} sending={sending} onSend={(choices) => void onSend(choices)} />
          <ErrorMessage error={error} />
        </>
      )}
    </section>
  );
}

function Receipt({ sessionId, code }: { sessionId: string; code: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="receipt">
      <h3>{t('voting.receiptTitle')}</h3>
      <p>{t('voting.receiptText')}</p>
      <p>
        <code data-testid="ballot-receipt">{code}</code>
      </p>
      <div className="toolbar no-print">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            navigator.clipboard?.writeText(code).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('voting.copy')}
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('voting.print')}
        </button>
        <a
          href={`/sessions/${encodeURIComponent(sessionId)}?receipt=${encodeURIComponent(code)}#verify`}
          data-testid="ballot-verify-link"
        >
          {t('voting.verify')}
        </a>
      </div>
      {copied ? <p aria-live="polite">{t('voting.copied')}</p> : null}
    </div>
  );
}
