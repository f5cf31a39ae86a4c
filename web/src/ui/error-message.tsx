import type { CombinedError } from '@urql/core';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/catalogue';

const KNOWN = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'ALREADY_VOTED',
  'SESSION_NOT_OPEN',
  'NOT_A_VOTER',
  'BAD_USER_INPUT',
  'INVALID_TRANSITION',
  'CONFLICT',
  'RATE_LIMITED',
]);

/** The catalogue key that explains an error in words (never the raw code or a stack). */
export function errorKey(error: CombinedError | undefined | null): MessageKey {
  if (!error) return 'error.UNKNOWN';
  if (error.networkError && error.graphQLErrors.length === 0) {
    const status = (error.response as Response | undefined)?.status;
    if (status === 429) return 'error.RATE_LIMITED';
    if (status === 401) return 'error.UNAUTHENTICATED';
    return 'error.NETWORK';
  }
  for (const e of error.graphQLErrors) {
    const code = e.extensions?.code;
    if (typeof code === 'string' && KNOWN.has(code)) return `error.${code}` as MessageKey;
  }
  return 'error.UNKNOWN';
}

export function ErrorMessage({ error }: { error: CombinedError | undefined | null }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {t(errorKey(error))}
    </p>
  );
}
