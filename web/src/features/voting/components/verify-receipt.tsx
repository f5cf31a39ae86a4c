import type { CombinedError } from '@urql/core';
import { useId, useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { VerifyReceiptQuery } from '../documents';

/** Anyone with the session's address and a receipt code can check the ballot was counted. */
export function Verify({ sessionId, initialCode }: { sessionId: string; initialCode: string }) {
  const { t } = useI18n();
  const client = useClient();
  const [code, setCode] = useState(initialCode);
  const [answer, setAnswer] = useState<boolean | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const id = useId();
  const check = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const result = await client
      .query(VerifyReceiptQuery, { sessionId, receiptCode: code.trim() }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) setError(result.error);
    setAnswer(result.data ? result.data.verifyReceipt : null);
  };
  return (
    <form onSubmit={check} id="verify" className="no-print">
      <h3>{t('voting.verify')}</h3>
      <div className="field">
        <label htmlFor={id}>{t('voting.verifyCode')}</label>
        <input id={id} type="text" value={code} onChange={(e) => setCode(e.target.value)} required />
      </div>
      <button type="submit" className="secondary">
        {t('voting.verifyButton')}
      </button>
      {answer !== null ? (
        <p aria-live="polite" data-testid="ballot-verified" data-verified={String(answer)}>
          {answer ? t('voting.verified') : t('voting.notVerified')}
        </p>
      ) : null}
      <ErrorMessage error={error} />
    </form>
  );
}
