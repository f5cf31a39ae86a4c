import 'reflect-metadata';
import { createDataSource } from './data-source';
import { env } from './environment';
import { rebuildRollups } from './report/rebuild';

/**
 * `npm run rollups:rebuild`: recomputes reporting's counters from the nominations subgraph's
 * current state in one transaction and prints what differed from the incremental ones.
 */
async function main(): Promise<void> {
  const db = await createDataSource(env.DATABASE_URL, 2).initialize();
  try {
    const started = Date.now();
    const result = await rebuildRollups(db, {
      nominationsUrl: env.NOMINATIONS_URL,
      internalSecret: env.INTERNAL_SECRET,
      write: true,
    });
    console.log(
      `rebuilt the rollups of ${result.nominations} nominations in ${Date.now() - started} ms; ` +
        `${result.differenceCount} counters differed from the incremental ones`,
    );
    for (const d of result.differences.slice(0, 20))
      console.log(`  ${d.key}: ${d.incremental} → ${d.rebuilt}`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
