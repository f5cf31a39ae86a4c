/**
 * `npm run bench`: docs/API.md §4's figures, measured on this machine through the real gateway
 * (a fresh database on DATABASE_URL's server, or an embedded PostgreSQL). Prints figures; asserts
 * nothing about time. Sizes: BENCH_COUNCILS × BENCH_MEMBERS ballots, BENCH_SUBSCRIBERS sockets.
 */
import 'reflect-metadata';
import {
  globalTeardown as teardown,
  restartTestPlatform,
  startTestPlatform,
  type TestSecrets,
} from '@laurel/testing';
import type { SeedResult } from '@laurel/tools';
import { join } from 'node:path';
import { ballotsSection } from './ballots';
import { seedBenchWorld } from './bench-world';
import { classicSections } from './classic';
import { observabilitySection } from './observability';
import { reportSection, seedForBench } from './report';
import { CONCURRENCY, COUNCILS, MEMBERS, ONLY } from './settings';

async function main(): Promise<void> {
  if (ONLY && !['report', 'classic', 'observability', 'ballots'].includes(ONLY))
    throw new Error(
      `BENCH_ONLY=${ONLY}: report (orgReport on the national dataset), classic (the rest), ballots (castBallot alone) or observability`,
    );
  let seeded: SeedResult | undefined;
  const seed = async (databaseUrl: string, secrets: TestSecrets) => {
    seeded = await seedForBench(databaseUrl, secrets.VOTING_SEALING_KEY);
  };
  console.log(`[bench] starting the platform …`);
  // The national dataset goes in while no replica runs: nothing fetches it again over HTTP.
  // The tests poll every 100 ms to be quick; the bench runs the pollers as deployed (reporting's
  // event feed and fold every second, the organizations scheduler every 30 s).
  const env: Record<string, string> = {
    EVENTS_POLL_MS: '1000',
    SCHEDULE_INTERVAL_MS: '30000',
    DB_POOL_SIZE: '10',
  };
  if (process.env.BENCH_PROFILE) {
    // Each process profiles the timed section between two SIGUSR2 (ballots only for now).
    const dir = process.env.BENCH_PROFILE_DIR ?? '/tmp';
    env.BENCH_PROFILE_DIR = dir;
    env.NODE_OPTIONS =
      `${process.env.NODE_OPTIONS ?? ''} --require ${join(__dirname, 'cpu-profile-preload.js')}`.trim();
    console.log(`[bench] CPU profiles of the timed section go to ${dir}`);
  }
  await startTestPlatform(ONLY === 'report' ? { beforeLaunch: seed, env } : { env });
  try {
    if (!ONLY || ONLY === 'classic') await classicSections();
    if (ONLY === 'ballots')
      await ballotsSection(
        await seedBenchWorld({ councils: COUNCILS, members: MEMBERS, nominations: COUNCILS + 1 }),
        { councils: COUNCILS, members: MEMBERS, concurrency: CONCURRENCY },
      );
    // Before the national dataset: after its load PostgreSQL vacuums and checkpoints for minutes.
    if (!ONLY || ONLY === 'observability') await observabilitySection();
    if (!ONLY || ONLY === 'report') {
      if (!seeded) {
        console.log('[bench] stopping the platform to load the national dataset …');
        // `{}`: the bench's own settings again (the observability rounds changed them).
        await restartTestPlatform(seed, {});
      }
      await reportSection(seeded!);
    }
  } finally {
    await teardown();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    void teardown().finally(() => process.exit(1));
  },
);
