import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { CouncilOutboxEntity } from './session.entity';

/** How long open/close wait for the results to reach nominations before answering anyway. */
const DELIVERY_WAIT_MS = 3_000;

/**
 * The writing side of the council outbox (the dispatcher relays it to nominations): a row in
 * the caller's transaction, then a wait, after the commit, for the relay to deliver it.
 */
export class CouncilOutbox {
  constructor(
    /** Delivers the outbox now; resolves once a delivery run that saw the new rows ended. */
    private readonly onOutbox: () => Promise<void> | void = () => undefined,
  ) {}

  async enqueue(m: EntityManager, payload: CouncilOutboxEntity['payload']): Promise<void> {
    const readers = (r: CouncilOutboxEntity['payload']['seat']) =>
      !!r && r.nominationIds.length > 0 && r.personIds.length > 0;
    if (payload.changes.length === 0 && !readers(payload.seat) && !readers(payload.unseat)) return;
    // A plain INSERT: the outbox is append-only for callers (row-level security lets only the
    // service's own relay read it, so no RETURNING).
    await m.query(`INSERT INTO voting.council_outbox (id, payload) VALUES ($1, $2)`, [
      randomUUID(),
      JSON.stringify(payload),
    ]);
  }

  /**
   * Section 9: results reach the nominations at once. After the commit that wrote to the outbox,
   * the relay delivers (with the other pending rows) and the mutation waits for it, at most
   * `DELIVERY_WAIT_MS`: when nominations is unreachable the session still answers, and the
   * outbox delivers when it is back (each event applied once: nominations keys on its id).
   */
  async delivered(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.resolve(this.onOutbox()).catch(() => undefined),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, DELIVERY_WAIT_MS);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
  }
}
