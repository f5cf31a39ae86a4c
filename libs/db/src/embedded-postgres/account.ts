import { StartupError } from '@laurel/config';
import type { EmbeddedPostgresSystem, ServerAccount } from './system';

const SERVER_ACCOUNT = 'postgres';

const NO_ACCOUNT =
  'set DATABASE_URL to a PostgreSQL server, create the account yourself (`useradd --system postgres`), or start Laurel as an ordinary user';

/** Root's server account: `postgres`, created when the machine has none (a fresh container). */
export async function serverAccount(
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
