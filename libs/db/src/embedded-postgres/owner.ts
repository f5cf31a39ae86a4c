import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Beside the data: the pid of the Laurel that started the server, removed when it stops it. */
export const OWNER_FILE = 'laurel-owner.pid';

/** The pid of another live process that started the server in `dataDir`, if any. */
export async function liveOwner(dataDir: string): Promise<number | undefined> {
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
