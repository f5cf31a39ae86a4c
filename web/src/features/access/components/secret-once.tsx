import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n';

/** A new API key: shown this once, with a copy button and the warning that it cannot be shown again. */
export function SecretOnce({
  name,
  secret,
  onDismiss,
}: {
  name: string;
  secret: string;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <div className="notice secret" role="region" aria-label={t('access.keys.secretTitle', { name })}>
      <h3>{t('access.keys.secretTitle', { name })}</h3>
      <p role="alert" className="warning">
        {t('access.keys.secretWarning')}
      </p>
      <p>
        <code data-testid="api-key-secret">{secret}</code>
      </p>
      <button
        type="button"
        className="primary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(secret);
            setCopied('yes');
          } catch {
            setCopied('no');
          }
        }}
        data-testid="api-key-copy"
      >
        {t('access.keys.copy')}
      </button>{' '}
      <button type="button" className="secondary" onClick={onDismiss} data-testid="api-key-dismiss">
        {t('access.keys.dismiss')}
      </button>
      <p aria-live="polite" className="muted">
        {copied === 'yes' ? t('access.keys.copied') : copied === 'no' ? t('access.keys.copyFailed') : ''}
      </p>
    </div>
  );
}
