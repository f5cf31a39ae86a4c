import { StartupError } from '@laurel/config';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { makeSharedDir, UNREACHABLE } from './shared-dir';
import type { EmbeddedPostgresSystem, ServerAccount } from './system';

/**
 * The data directory `account` will own: the one asked for when the account can reach its
 * parent, else one per asked-for path under the shared directory (root's private clone).
 */
export async function reachableDataDir(
  asked: string,
  account: ServerAccount,
  system: EmbeddedPostgresSystem,
  log: (line: string) => void,
): Promise<string> {
  await mkdir(dirname(asked), { recursive: true });
  if (await system.canReach(account, dirname(asked))) return asked;
  const key = createHash('sha256').update(asked).digest('hex').slice(0, 12);
  const relocated = join(system.sharedDir, `${basename(asked)}-${key}`);
  log(
    `the ${account.name} account cannot enter ${dirname(asked)}: the embedded data is kept in ${relocated}`,
  );
  try {
    await makeSharedDir(system.sharedDir);
    // A note beside the asked-for path says where the data went.
    await writeFile(`${asked}.location`, `${relocated}\n`);
  } catch (error) {
    throw new StartupError(
      `The ${account.name} account cannot enter ${dirname(asked)} and Laurel could not create ${system.sharedDir} (${(error as Error).message}): ${UNREACHABLE}.`,
    );
  }
  if (!(await system.canReach(account, system.sharedDir)))
    throw new StartupError(
      `The ${account.name} account can enter neither ${dirname(asked)} nor ${system.sharedDir} for the embedded PostgreSQL's data: ${UNREACHABLE}.`,
    );
  return relocated;
}
