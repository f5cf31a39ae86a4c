import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { parseAmount } from './helpers';

export type EntryKind = 'ALLOCATION' | 'RECOVERY' | 'ADJUSTMENT';
const KINDS: readonly EntryKind[] = ['ALLOCATION', 'RECOVERY', 'ADJUSTMENT'];

interface Props {
  sending: boolean;
  /** Resolves true when the server recorded it (the form then empties), false otherwise. */
  onRecord: (entry: { kind: EntryKind; amount: number; note: string | null }) => Promise<boolean>;
}

/** An allocation (or a recovery, a signed adjustment) for the fund; PAYMENT entries come from decisions. */
export function FundEntryForm({ sending, onRecord }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<EntryKind>('ALLOCATION');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [bad, setBad] = useState(false);
  const [recorded, setRecorded] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRecorded(false);
    const value = parseAmount(amount, kind === 'ADJUSTMENT');
    setBad(value === null);
    if (value === null) return;
    if (await onRecord({ kind, amount: value, note: note.trim() || null })) {
      setAmount('');
      setNote('');
      setRecorded(true);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('decisions.fund.record')}</h2>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('decisions.fund.kind')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as EntryKind)}
          data-testid="fund-entry-kind"
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`decisions.fund.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-amount`}>{t('decisions.fund.amount')}</label>
        <input
          id={`${id}-amount`}
          type="text"
          inputMode="numeric"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          aria-invalid={bad || undefined}
          aria-describedby={`${id}-amount-hint${bad ? ` ${id}-amount-error` : ''}`}
          data-testid="fund-entry-amount"
        />
        <span id={`${id}-amount-hint`} className="muted">
          {t('decisions.fund.amountHint')}
        </span>
        {bad ? (
          <span id={`${id}-amount-error`} role="alert" className="error">
            {t('decisions.fund.badAmount')}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('decisions.fund.note')}</label>
        <input
          id={`${id}-note`}
          type="text"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          data-testid="fund-entry-note"
        />
      </div>
      <p>
        <button type="submit" className="primary" disabled={sending} data-testid="fund-entry-submit">
          {t('decisions.fund.submit')}
        </button>
        {recorded ? (
          <span role="status" className="muted">
            {' '}
            {t('decisions.fund.recorded')}
          </span>
        ) : null}
      </p>
    </form>
  );
}
