import {
  NOMINATION_STAGES,
  NOMINATION_TOPICS,
  nominationEventSchema,
  nominationFeedRowSchema,
} from '@laurel/contracts';
import { nominationEvent } from '../nomination-event';

const EVENT = '9c1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f';
const nomination = {
  id: '6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
  campaignId: '7a1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
  submittingOrganizationId: '8b1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
  distinctionCode: 'LAO_DONG_TIEN_TIEN',
  target: 'INDIVIDUAL' as const,
  stage: 'REGISTERED' as const,
  escalatedFromId: null,
  published: false,
};
const at = new Date('2026-03-23T10:00:00Z');

describe('the nominations outbox event (the producer of reporting’s and exemplars’ feed)', () => {
  it('parses with the contract for every stage, registration, transition and escalation', () => {
    for (const stage of NOMINATION_STAGES) {
      const payload = nominationEvent(EVENT, { ...nomination, stage }, at, { from: 'PROPOSED', to: stage });
      expect(nominationEventSchema.parse(payload)).toEqual(payload);
    }
    const registered = nominationEvent(EVENT, nomination, at, { from: null, to: 'REGISTERED' });
    const escalated = nominationEvent(EVENT, { ...nomination, stage: 'ESCALATED' }, at, {
      from: 'RECOGNIZED',
      to: 'ESCALATED',
      linkedId: nomination.campaignId,
    });
    for (const payload of [registered, escalated])
      for (const topic of NOMINATION_TOPICS)
        expect(nominationFeedRowSchema.parse({ id: EVENT, topic, payload, xid: '42' }).payload).toEqual(
          payload,
        );
    expect(registered).toMatchObject({
      nominationId: nomination.id,
      at: '2026-03-23T10:00:00.000Z',
      from: null,
    });
  });

  it('would not parse with a stage or target outside the vocabulary, or a field missing', () => {
    const payload = nominationEvent(EVENT, nomination, at, {});
    expect(nominationEventSchema.safeParse({ ...payload, stage: 'APPROVED' }).success).toBe(false);
    expect(nominationEventSchema.safeParse({ ...payload, target: 'TEAM' }).success).toBe(false);
    expect(nominationEventSchema.safeParse({ ...payload, campaignId: undefined }).success).toBe(false);
  });
});
