import { ensureDatabase } from '@laurel/db';
import { join } from 'node:path';
import { ROOT, SERVICES } from './services';

/** Every service's migrations, one service after the other (extensions are shared). */
export async function migrateAll(url: string, log: (line: string) => void = () => undefined): Promise<void> {
  await ensureDatabase(url);
  for (const service of SERVICES) {
    // Services are loaded by path: the launcher must not depend on their code at compile time.
    const mod = (await import(join(ROOT, 'services', service.name, 'dist', 'migrate.js'))) as {
      migrate: (url: string) => Promise<string[]>;
    };
    const ran = await mod.migrate(url);
    log(`${service.name}: ${ran.length ? `applied ${ran.join(', ')}` : 'up to date'}`);
  }
}
