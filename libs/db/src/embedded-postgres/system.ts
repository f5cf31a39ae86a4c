import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { promisify } from 'node:util';

/** Runs a program (no shell); its error carries `stderr`. */
export const run = promisify(execFile);

/** The last line a failed program wrote, the one that says why. */
export function lastLine(text: string | undefined): string {
  return (text ?? '').trim().split('\n').filter(Boolean).pop() ?? '';
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
