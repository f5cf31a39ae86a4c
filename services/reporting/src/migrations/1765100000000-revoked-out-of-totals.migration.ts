import type { MigrationInterface, QueryRunner } from 'typeorm';
import { lockForRefold, refoldIn } from '../report/fold';

/**
 * SPEC 8: a revoked recognition counts under `revoked` only, not by distinction. The cascade
 * totals folded before that rule counted revoked nominations in `codes`: refolded from the
 * counters (which are per stage and unchanged).
 */
export class RevokedOutOfTotals1765100000000 implements MigrationInterface {
  name = 'RevokedOutOfTotals1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await lockForRefold(q);
    await refoldIn(q);
  }

  async down(): Promise<void> {
    // Nothing to undo: the counters are unchanged, and the old fold would count them again.
  }
}
