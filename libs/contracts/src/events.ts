import { z } from 'zod';
import { nominationStageSchema, targetSchema } from './vocabulary';

/** The nominations outbox's topics (`/internal/events`). */
export const NOMINATION_TOPICS = [
  'nomination.registered',
  'nomination.transitioned',
  'nomination.escalated',
  'nomination.published',
] as const;
export type NominationTopic = (typeof NOMINATION_TOPICS)[number];

/**
 * The payload of every nominations outbox event: the nomination's state after the change, and
 * for stage changes where it came from (`from`, `to`; `linkedId` for an escalation). Written by
 * the nominations subgraph, read by reporting (counters) and exemplars (fostering).
 */
export const nominationEventSchema = z.object({
  eventId: z.string(),
  nominationId: z.string(),
  campaignId: z.string(),
  submittingOrganizationId: z.string(),
  distinctionCode: z.string(),
  target: targetSchema,
  stage: nominationStageSchema,
  escalatedFromId: z.string().nullable(),
  /** Absent in events written before publication existed. */
  published: z.boolean().optional(),
  at: z.string(),
  from: nominationStageSchema.nullable().optional(),
  to: nominationStageSchema.optional(),
  linkedId: z.string().optional(),
});
export type NominationEvent = z.infer<typeof nominationEventSchema>;

/** One row of the nominations outbox feed. */
export const nominationFeedRowSchema = z.object({
  id: z.string(),
  topic: z.enum(NOMINATION_TOPICS),
  payload: nominationEventSchema,
  xid: z.string(),
});
export type NominationFeedRow = z.infer<typeof nominationFeedRowSchema>;
