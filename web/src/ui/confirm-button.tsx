import { useState } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A button for something that cannot be undone (revoke a role, a key): the first press asks, in
 * place, and only "confirm" acts. No browser dialog, so it works the same with a keyboard and in tests.
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  disabled = false,
  testId,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button
        type="button"
        className="secondary"
        disabled={disabled}
        onClick={() => setAsking(true)}
        data-testid={testId}
      >
        {label}
      </button>
    );
  return (
    <span role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        type="button"
        className="primary"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        data-testid={testId ? `${testId}-confirm` : undefined}
      >
        {t('confirm.yes')}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t('confirm.no')}
      </button>
    </span>
  );
}
