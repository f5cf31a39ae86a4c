import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';

/** The shared directory, searchable by everyone when this creates it (whatever the umask). */
export async function makeSharedDir(dir: string): Promise<void> {
  if (existsSync(dir)) return;
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
}

/** What to do when the server account can reach neither the clone nor the shared directory. */
export const UNREACHABLE =
  'set DATABASE_URL to a PostgreSQL server, or keep the clone where the postgres account can enter (not under a `chmod 700` directory)';
