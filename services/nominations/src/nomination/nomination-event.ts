import type { NominationEvent, NominationStageValue } from '@laurel/contracts';
import type { NominationEntity } from './nomination.entity';

/** What a stage change adds to the event: where the nomination came from and went to. */
export interface EventChange {
  from?: NominationStageValue | null;
  to?: NominationStageValue;
  linkedId?: string;
}

/**
 * The payload of a nominations outbox event (`nominationEventSchema` of `@laurel/contracts`,
 * read by reporting and exemplars): the nomination's state after the change.
 */
export function nominationEvent(
  eventId: string,
  n: Pick<
    NominationEntity,
    | 'id'
    | 'campaignId'
    | 'submittingOrganizationId'
    | 'distinctionCode'
    | 'target'
    | 'stage'
    | 'escalatedFromId'
    | 'published'
  >,
  at: Date,
  change: EventChange,
): NominationEvent {
  return {
    eventId,
    nominationId: n.id,
    campaignId: n.campaignId,
    submittingOrganizationId: n.submittingOrganizationId,
    distinctionCode: n.distinctionCode,
    target: n.target,
    stage: n.stage,
    escalatedFromId: n.escalatedFromId,
    published: n.published,
    at: at.toISOString(),
    ...change,
  };
}
