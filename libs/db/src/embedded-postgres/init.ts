import { StartupError } from '@laurel/config';
import { existsSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { lastLine, run, type ServerAccount } from './system';

/** A new cluster (`initdb`, trust, UTF-8) in `dataDir` unless one is there already. */
export async function initDataDir(
  initdb: string,
  dataDir: string,
  account: ServerAccount | undefined,
  log: (line: string) => void,
): Promise<void> {
  const asAccount = account ? { uid: account.uid, gid: account.gid } : {};
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (account) await chown(dataDir, account.uid, account.gid);
    try {
      await run(
        initdb,
        ['-D', dataDir, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--locale=C.UTF-8'],
        { ...asAccount, env: { ...process.env, LC_ALL: 'C' } },
      );
    } catch (error) {
      const detail = lastLine((error as { stderr?: string }).stderr) || (error as Error).message;
      throw new StartupError(
        `The embedded PostgreSQL could not be initialised in ${dataDir} (${detail}): remove that directory and start again, or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
  }
}
