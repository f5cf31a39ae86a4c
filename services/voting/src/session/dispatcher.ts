import { asSystem } from '@laurel/db';
import type { DataSource } from 'typeorm';
import type { NominationsClient } from '../nominations-client';
import type { CouncilOutboxEntity } from './session.entity';

/**
 * Delivers council stages to nominations from the outbox, at least once: rows are claimed with
 * SKIP LOCKED (several voting processes share the work), delivered with their id as the event
 * id (nominations applies each once), and marked delivered in the claiming transaction.
 */
export class CouncilDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly nominations: NominationsClient,
    private readonly intervalMs = 1_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.kick(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * Deliver now (after a commit that wrote to the outbox). Resolves when a run that started
   * after this call has ended — delivered, or failed and left for the next tick — so a caller
   * that committed rows can wait for them to reach nominations. Concurrent callers share runs.
   */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      // The run in flight may have read the outbox before our commit: wait for the next one.
      this.next ??= this.running.then(() => {
        this.next = null;
        return this.kick();
      });
      return this.next;
    }
    // The relay's own scope, not the request's that kicked it: row-level security shows the
    // outbox to the service alone (run in a request's scope, it read nothing, and the results
    // waited for the next tick).
    this.running = asSystem(() => this.deliver())
      .then(() => undefined)
      .catch((error: unknown) => console.error('[voting] council delivery failed, will retry', error))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async deliver(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const done = await this.db.transaction(async (m) => {
        const rows = (await m.query(
          `SELECT id, payload FROM voting.council_outbox WHERE delivered_at IS NULL
            ORDER BY created_at LIMIT 20 FOR UPDATE SKIP LOCKED`,
        )) as {
          id: string;
          payload: CouncilOutboxEntity['payload'];
        }[];
        for (const row of rows) {
          try {
            await this.nominations.councilResults({ eventId: row.id, ...row.payload });
            await m.query(
              `UPDATE voting.council_outbox SET delivered_at = now(), attempts = attempts + 1 WHERE id = $1`,
              [row.id],
            );
            delivered += 1;
          } catch (error) {
            await m.query(`UPDATE voting.council_outbox SET attempts = attempts + 1 WHERE id = $1`, [row.id]);
            throw error;
          }
        }
        return rows.length < 20;
      });
      if (done) return delivered;
    }
  }
}
