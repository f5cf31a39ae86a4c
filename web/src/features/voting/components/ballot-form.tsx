import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';

export const CHOICES = ['APPROVE', 'REJECT', 'ABSTAIN'] as const;
export type BallotChoice = (typeof CHOICES)[number];

/** A nomination of the slate; its details are absent when the caller may not read them. */
export interface SlateEntry {
  id: string;
  nomineeName?: string;
  distinction?: { nameVi: string; nameEn: string };
  submittingOrganization?: { name: string };
  dossier?: { summary: string } | null;
}

/** The slate's label for a nomination: its nominee, or its place on the slate. */
export function slateLabel(entry: SlateEntry, index: number, t: ReturnType<typeof useI18n>['t']): string {
  return entry.nomineeName ?? t('voting.nominationNumber', { index: index + 1 });
}

/**
 * One choice per nomination, all required, then a confirmation. The choices live only in this
 * component's state (nothing in storage, autocomplete off): once the ballot is sent the parent
 * unmounts the form and they are gone.
 */
export function BallotForm({
  slate,
  sending,
  onSend,
}: {
  slate: readonly SlateEntry[];
  sending: boolean;
  onSend: (choices: { nominationId: string; choice: BallotChoice }[]) => void;
}) {
  const { t, language } = useI18n();
  const [choices, setChoices] = useState<Record<string, BallotChoice>>({});
  const left = slate.filter((n) => !choices[n.id]).length;

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (left > 0 || sending) return;
    onSend(slate.map((n) => ({ nominationId: n.id, choice: choices[n.id]! })));
  };

  return (
    <form onSubmit={send} autoComplete="off">
      {slate.map((nomination, index) => (
        <fieldset
          key={nomination.id}
          className="ballot"
          data-testid="ballot-choice"
          data-nomination-id={nomination.id}
          disabled={sending}
        >
          <legend>{t('voting.choose', { name: slateLabel(nomination, index, t) })}</legend>
          {nomination.distinction ? (
            <p>
              {language === 'en' ? nomination.distinction.nameEn : nomination.distinction.nameVi}
              {nomination.submittingOrganization ? ` — ${nomination.submittingOrganization.name}` : ''}
            </p>
          ) : null}
          <details>
            <summary>{t('voting.dossier')}</summary>
            <p>{nomination.dossier?.summary || t('voting.noDossier')}</p>
          </details>
          <div className="choices">
            {CHOICES.map((choice) => (
              <label key={choice}>
                <input
                  type="radio"
                  name={`choice-${nomination.id}`}
                  value={choice}
                  required
                  checked={choices[nomination.id] === choice}
                  onChange={() => setChoices((current) => ({ ...current, [nomination.id]: choice }))}
                />{' '}
                {t(`voting.choice.${choice}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {left > 0 ? (
        <p className="muted" aria-live="polite">
          {t('voting.missing', { count: slate.length, left })}
        </p>
      ) : (
        // The confirmation: what will be sent, and that it cannot be changed, beside the button.
        <section className="notice" aria-labelledby="confirm-title" data-testid="ballot-confirmation">
          <h2 id="confirm-title">{t('voting.confirmTitle')}</h2>
          <ul>
            {slate.map((n, index) => (
              <li key={n.id}>
                {slateLabel(n, index, t)}: <strong>{t(`voting.choice.${choices[n.id]!}`)}</strong>
              </li>
            ))}
          </ul>
          <p>{t('voting.confirmText')}</p>
        </section>
      )}
      <button type="submit" className="primary" data-testid="ballot-submit" disabled={left > 0 || sending}>
        {sending ? t('voting.sending') : t('voting.submit')}
      </button>
    </form>
  );
}
