import type { CombinedError } from '@urql/core';
import { formatDateTime } from '../../../i18n/format';
import type { Translate } from '../../../i18n/i18n';
import { refusalOf } from '../escalation';

/** A recognized nomination's refusal, as one sentence next to the action that caused it. */
export function refusalText(error: CombinedError, t: Translate): string {
  const refusal = refusalOf(error);
  if (refusal.key === 'deadline')
    return refusal.deadline
      ? t('escalation.refusal.deadline', { deadline: formatDateTime(refusal.deadline) })
      : t('escalation.refusal.deadlineUnknown');
  return t(`escalation.refusal.${refusal.key}`);
}
