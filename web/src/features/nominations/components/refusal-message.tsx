import type { CombinedError } from '@urql/core';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';
import { refusalOf } from '../refusal';

/** The server's refusal as a sentence, placed by the caller next to what caused it. */
export function RefusalMessage({
  error,
  testId,
}: {
  error: CombinedError | undefined | null;
  testId?: string;
}) {
  const { t } = useI18n();
  const refusal = refusalOf(error);
  if (!refusal) return null;
  const params = { ...refusal.params };
  if (typeof params.stage === 'string') params.stage = t(`stage.${params.stage}` as MessageKey);
  return (
    <p role="alert" className="error" data-testid={testId}>
      {t(refusal.key, params)}
      {refusal.nominationId ? (
        <>
          {' '}
          <Link href={`/nominations/${refusal.nominationId}`}>{t('nominations.refusal.seeEarlier')}</Link>
        </>
      ) : null}
    </p>
  );
}
