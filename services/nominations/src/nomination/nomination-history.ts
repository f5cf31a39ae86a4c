import { randomUUID } from 'node:crypto';
import type { NominationTopic } from '@laurel/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { OutboxEventEntity } from '../infrastructure/outbox-event.entity';
import { NominationTransitionEntity, type NominationEntity, type StageValue } from './nomination.entity';
import { nominationEvent, type EventChange } from './nomination-event';

/** A stage change in the nomination's history (who, when, from, to), in the caller's transaction. */
export async function recordTransition(
  m: EntityManager,
  n: NominationEntity,
  to: StageValue,
  by: string,
  reason: string | null,
  from: StageValue | null = n.stage,
): Promise<void> {
  await m
    .getRepository(NominationTransitionEntity)
    .insert({ nominationId: n.id, fromStage: from, toStage: to, by, reason });
}

/** The outbox event announcing the change, in the same transaction as the change. */
export async function emitEvent(
  m: EntityManager,
  topic: NominationTopic,
  n: NominationEntity,
  at: Date,
  change: EventChange,
): Promise<void> {
  const id = randomUUID();
  await m.getRepository(OutboxEventEntity).insert({
    id,
    topic,
    nominationId: n.id,
    payload: nominationEvent(id, n, at, change),
  });
}

/**
 * The history row and outbox event of each change a nomination service makes, stamped by that
 * service's clock when the event is written.
 */
export class NominationJournal {
  constructor(private readonly now: () => Date = () => new Date()) {}

  record(
    m: EntityManager,
    n: NominationEntity,
    to: StageValue,
    by: string,
    reason: string | null,
    from: StageValue | null = n.stage,
  ): Promise<void> {
    return recordTransition(m, n, to, by, reason, from);
  }

  emit(m: EntityManager, topic: NominationTopic, n: NominationEntity, change: EventChange): Promise<void> {
    return emitEvent(m, topic, n, this.now(), change);
  }

  /** An event with no stage change (publishing), in a transaction of its own. */
  emitNow(db: DataSource, topic: NominationTopic, n: NominationEntity): Promise<void> {
    return db.transaction((m) => this.emit(m, topic, n, {}));
  }
}
