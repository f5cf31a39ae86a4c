import { StartupError } from '@laurel/config';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../embedded-postgres/server';
import { systemDefaults, type EmbeddedPostgresSystem } from '../embedded-postgres/system';

/** The server's settings as it runs them. */
async function settings(url: string, names: string[]): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    for (const name of names) out[name] = (await client.query(`SHOW ${name}`)).rows[0][name] as string;
    return out;
  } finally {
    await client.end();
  }
}

// These start real servers (a few seconds each): the root paths need root, as `npm start` there.
const asRoot = userInfo().uid === 0 ? it : it.skip;
jest.setTimeout(120_000);

describe('the embedded PostgreSQL', () => {
  const dirs: string[] = [];
  const servers: EmbeddedPostgresHandle[] = [];
  const tempDir = async (mode: number) => {
    const dir = await mkdtemp(join(tmpdir(), 'laurel-embedded-'));
    await chmod(dir, mode);
    dirs.push(dir);
    return dir;
  };
  const start = async (options: Parameters<typeof startEmbeddedPostgres>[0]) => {
    const server = await startEmbeddedPostgres(options);
    servers.push(server);
    return server;
  };
  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('keeps fsync and synchronous commit on unless a test relaxes them', async () => {
    const durable = await start({ dataDir: join(await tempDir(0o755), 'pg') });
    expect(await settings(durable.url, ['fsync', 'synchronous_commit'])).toEqual({
      fsync: 'on',
      synchronous_commit: 'on',
    });
    await durable.stop();
    const relaxed = await start({ dataDir: durable.dataDir, relaxDurability: true });
    expect(await settings(relaxed.url, ['fsync', 'synchronous_commit'])).toEqual({
      fsync: 'off',
      synchronous_commit: 'off',
    });
    await relaxed.stop();
  });

  asRoot('under root, keeps the data where postgres can reach it when the clone is private', async () => {
    const shared = await tempDir(0o755);
    const privateClone = await tempDir(0o700);
    const asked = join(privateClone, '.data', 'postgres');
    const server = await start({ dataDir: asked, system: { ...systemDefaults, sharedDir: shared } });
    expect(server.dataDir.startsWith(`${shared}/postgres-`)).toBe(true);
    expect(existsSync(join(server.dataDir, 'PG_VERSION'))).toBe(true);
    // A note beside the asked-for path says where the data is.
    expect((await readFile(`${asked}.location`, 'utf8')).trim()).toBe(server.dataDir);
    expect(await settings(server.url, ['fsync'])).toEqual({ fsync: 'on' });
    await server.stop();
    // The next start finds the same data again.
    const again = await start({ dataDir: asked, system: { ...systemDefaults, sharedDir: shared } });
    expect(again.dataDir).toBe(server.dataDir);
    await again.stop();
  });

  asRoot('under root without a postgres account, creates one and runs as it', async () => {
    const real = await systemDefaults.lookupUser('postgres');
    if (!real) throw new Error('this machine needs a postgres account for this test');
    // A machine that has no account until createUser makes it (the real one stands for it).
    let created = false;
    const creations: string[] = [];
    const system: EmbeddedPostgresSystem = {
      ...systemDefaults,
      lookupUser: async (name) => (created ? systemDefaults.lookupUser(name) : undefined),
      createUser: async (name) => {
        creations.push(name);
        created = true;
      },
    };
    const lines: string[] = [];
    const server = await start({
      dataDir: join(await tempDir(0o755), 'pg'),
      system,
      log: (line) => lines.push(line),
    });
    expect(creations).toEqual(['postgres']);
    expect(lines.some((line) => line.includes('creating the system account "postgres"'))).toBe(true);
    expect(await settings(server.url, ['fsync'])).toEqual({ fsync: 'on' });
    await server.stop();
  });

  asRoot('under root, says in one sentence what to do when no account can be created', async () => {
    const dataDir = join(await tempDir(0o755), 'pg');
    const system: EmbeddedPostgresSystem = {
      ...systemDefaults,
      lookupUser: async () => undefined,
      createUser: async () => {
        throw new Error('useradd: cannot lock /etc/passwd; try again later.\nmore detail');
      },
    };
    const failure = await startEmbeddedPostgres({ dataDir, system }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    const message = (failure as Error).message;
    expect(message).toMatch(
      /^Laurel runs as root, so its embedded PostgreSQL must run as a "postgres" account/,
    );
    expect(message).toContain('useradd: cannot lock /etc/passwd');
    expect(message).toContain('set DATABASE_URL');
    expect(message).toContain('useradd --system postgres');
    expect(message.split('\n')).toHaveLength(1);
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(false);
  });

  it('leaves a server alone that another live Laurel started', async () => {
    const server = await start({ dataDir: join(await tempDir(0o755), 'pg'), relaxDurability: true });
    // Another Laurel: a live node process named as the server's owner.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      await writeFile(join(server.dataDir, 'laurel-owner.pid'), `${other.pid}\n`);
      const failure = await startEmbeddedPostgres({ dataDir: server.dataDir }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(StartupError);
      expect((failure as Error).message).toContain(`Another Laurel (process ${other.pid})`);
      // It still serves.
      expect(await settings(server.url, ['fsync'])).toEqual({ fsync: 'off' });
    } finally {
      other.kill('SIGKILL');
    }
    // Once that process is gone, the server counts as left behind and is restarted.
    await new Promise((resolve) => other.once('exit', resolve));
    const next = await start({ dataDir: server.dataDir });
    expect(await settings(next.url, ['fsync'])).toEqual({ fsync: 'on' });
    await next.stop();
  });
});
