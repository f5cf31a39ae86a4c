import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { planNational, type SeedPlan } from '../plan';
import { SeedIds } from '../sql';
import { campaigns } from './campaigns';
import { NATION_CODE } from './dataset';
import { advanceDirectoryCursor, copyDirectory, replicas } from './directory';
import { nominations } from './nominations';
import { organizations } from './organizations';
import { people } from './people';
import { rebuildReportingRollups } from './reporting';
import { resetNational } from './reset';
import { stepper } from './step';
import { voting } from './voting';

export { NATION_CODE, SEEDED_BY } from './dataset';

/** The database already holds the national dataset (and `reset` was not asked for). */
export class AlreadySeededError extends Error {}

export interface SeedOptions {
  databaseUrl: string;
  /** 1 = docs/API.md §4's national figures. */
  scale: number;
  /** Wraps the keys of the sessions left open; without it none is (their slates stay PROPOSED). */
  votingSealingKey?: string;
  /** Delete an earlier national dataset first instead of refusing. */
  reset?: boolean;
  log?: (line: string) => void;
}

export interface SeedResult {
  plan: SeedPlan;
  nationId: string;
  /** The nation's campaign (the cascade's root). */
  campaignId: string;
  seconds: number;
  rows: Record<string, number>;
}

/**
 * Loads docs/API.md §4's reference dataset straight into every service's schema with set-based SQL, in
 * one transaction (all or nothing), then lets each directory copy's cursor pass it. Writes no
 * outbox event: reporting's rollups are rebuilt from the nominations' state in the same
 * transaction, the way `npm run rollups:rebuild` does.
 */
export async function seedNational(options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const year =
    Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()),
    ) + 1;
  const plan = planNational(options.scale, { year, openSessions: !!options.votingSealingKey });
  const ids = new SeedIds(randomBytes(8).toString('hex'));
  const rows: Record<string, number> = {};
  const client = new Client({
    connectionString: options.databaseUrl,
    application_name: 'laurel-seed-national',
  });
  await client.connect();
  client.on('notice', () => undefined);
  const step = stepper(client, rows, log);
  log(
    `scale ${plan.scale}: ${plan.provinces} provinces, ${plan.districts} district offices, ${plan.institutions} institutions, ` +
      `${plan.units} units, ${plan.people} people, ${plan.nominations} nominations ` +
      `(${plan.toProvince} escalated to a province, ${plan.toNation} to the nation), councils of ${plan.councilSize}, ` +
      `${plan.ballotChoices} ballot choices`,
  );

  let xid: string;
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL statement_timeout = 0`);
    await client.query(`SET LOCAL synchronous_commit = off`);
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('laurel.seed.national', 0))`);
    const existing = await client.query(`SELECT id FROM organizations.organization WHERE code = $1`, [
      NATION_CODE,
    ]);
    if (existing.rowCount) {
      if (!options.reset)
        throw new AlreadySeededError(
          `this database already holds the national dataset (organization ${NATION_CODE}); use --reset to replace it`,
        );
      await resetNational(client, (existing.rows[0] as { id: string }).id, log);
    }
    xid = ((await client.query(`SELECT pg_current_xact_id()::text AS xid`)).rows[0] as { xid: string }).xid;

    await organizations(step, ids, plan);
    await people(step, ids, plan);
    for (const schema of await replicas(client)) await copyDirectory(step, schema, xid);
    await campaigns(client, step, ids, plan);
    await nominations(step, ids, plan);
    await voting(client, step, ids, plan, options.votingSealingKey);
    await rebuildReportingRollups(client, rows, log);
    const t = Date.now();
    await client.query('COMMIT');
    log(`committed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
    throw error;
  }

  // The copies hold what this transaction wrote; their cursors pass it once the rest is applied.
  try {
    for (const schema of await replicas(client)) await advanceDirectoryCursor(client, schema, xid);
    // Statistics of what was just loaded: without them the planner guesses at every table (and a
    // server without autovacuum, like the development machine's, never gathers them).
    const t = Date.now();
    await client.query('ANALYZE');
    log(`analyzed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
  const seconds = (Date.now() - started) / 1000;
  log(`national dataset seeded in ${seconds.toFixed(1)} s`);
  return { plan, nationId: ids.idOf('N', 0), campaignId: ids.idOf('C', 0), seconds, rows };
}
