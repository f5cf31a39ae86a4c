import type { CombinedError } from '@urql/core';
import type { MessageKey } from '../../i18n/catalogue';
import { errorKey } from '../../ui/error-message';
import { errorCode, errorExtensions } from '../../ui/server-errors';
import { formatDeadline } from '../campaigns/deadline';

export interface Refusal {
  key: MessageKey;
  params?: Record<string, string | number>;
  /** The earlier nomination a duplicate repeats, when the caller may read it. */
  nominationId?: string;
}

const REASONS: Record<string, MessageKey> = {
  LEADER_REQUIRES_COLLECTIVE: 'nominations.refusal.reason.LEADER_REQUIRES_COLLECTIVE',
  PREREQUISITE_MISSING: 'nominations.refusal.reason.PREREQUISITE_MISSING',
  RATIO_CAP_EXCEEDED: 'nominations.refusal.reason.RATIO_CAP_EXCEEDED',
};

const STAGES = new Set([
  'REGISTERED',
  'PROPOSED',
  'UNDER_REVIEW',
  'COUNCIL_APPROVED',
  'COUNCIL_REJECTED',
  'RECOGNIZED',
  'ESCALATED',
  'RETURNED',
  'WITHDRAWN',
]);

/**
 * Why the server refused, as one Vietnamese sentence, from `extensions`: the deadline that
 * passed, the quota's maximum, the duplicate, the eligibility reason, the stage it is in.
 */
export function refusalOf(error: CombinedError | undefined | null): Refusal | null {
  if (!error) return null;
  const code = errorCode(error);
  const ext = errorExtensions(error);
  switch (code) {
    case 'DEADLINE_PASSED':
      return typeof ext.deadline === 'string'
        ? { key: 'nominations.refusal.deadline', params: { deadline: formatDeadline(ext.deadline) } }
        : { key: 'nominations.refusal.deadlineUnknown' };
    case 'QUOTA_EXCEEDED':
      return typeof ext.max === 'number'
        ? { key: 'nominations.refusal.quota', params: { max: ext.max } }
        : { key: 'nominations.refusal.quotaUnknown' };
    case 'DUPLICATE_NOMINATION':
      return typeof ext.nominationId === 'string'
        ? { key: 'nominations.refusal.duplicate', nominationId: ext.nominationId }
        : { key: 'nominations.refusal.duplicate' };
    case 'NOT_ELIGIBLE': {
      const reason = typeof ext.reason === 'string' ? REASONS[ext.reason] : undefined;
      return { key: reason ?? 'nominations.refusal.reason.other' };
    }
    case 'INVALID_TRANSITION': {
      const from = typeof ext.from === 'string' && STAGES.has(ext.from) ? ext.from : null;
      return from
        ? { key: 'nominations.refusal.transition', params: { stage: from } }
        : { key: 'nominations.refusal.closed' };
    }
    default:
      return { key: errorKey(error) };
  }
}
