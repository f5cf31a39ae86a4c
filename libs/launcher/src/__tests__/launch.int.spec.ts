import { EXIT_ADDRESS_IN_USE, StartupError } from '@laurel/config';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { launchPlatform } from '../launch';
import { ROOT, SERVICES } from '../services';

// The database and secrets of the test run (the global setup migrated it).
const env = () => ({
  INTERNAL_SECRET: process.env.LAUREL_TEST_INTERNAL_SECRET as string,
  AUTH_JWT_SECRET: process.env.LAUREL_TEST_JWT_SECRET as string,
  VOTING_SEALING_KEY: process.env.LAUREL_TEST_VOTING_SEALING_KEY as string,
  NODE_ENV: 'test',
  LOG_LEVEL: 'error',
  // A few connections each: the server is shared with the rest of the suite.
  DB_POOL_SIZE: '2',
});
const databaseUrl = () => process.env.LAUREL_TEST_DATABASE_URL as string;

/** Another platform's process on a port: it answers every probe with 200, as a ready one does. */
async function otherPlatform(): Promise<{ port: number; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ready"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, server };
}

jest.setTimeout(120_000);

describe('a platform beside another one', () => {
  let other: { port: number; server: Server };
  beforeAll(async () => {
    other = await otherPlatform();
  });
  afterAll(() => new Promise<void>((resolve) => other.server.close(() => resolve())));

  it.each([
    ['organizations', join('services', 'organizations', 'dist', 'main.js')],
    ['gateway', join('gateway', 'dist', 'main.js')],
  ])('the %s process exits non-zero with one line when its port is taken', async (name, script) => {
    const child = spawn(process.execPath, [join(ROOT, script)], {
      env: { ...process.env, ...env(), DATABASE_URL: databaseUrl(), PORT: String(other.port) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(EXIT_ADDRESS_IN_USE);
    expect(stderr.trim()).toBe(
      `[${name}] cannot listen on 0.0.0.0:${other.port}: the port is in use by another process; stop it or set PORT to a free port`,
    );
  });

  it('the launcher says which process could not listen, though the port answers "ready"', async () => {
    const failure = await launchPlatform({
      databaseUrl: databaseUrl(),
      gatewayPort: 0,
      // Told to use fixed ports from one another process holds.
      servicePorts: other.port,
      env: env(),
      output: 'ignore',
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as Error).message).toBe(
      `The organizations process could not listen on port ${other.port}, which another process holds (another Laurel, or a process left running): stop it, or set SUBGRAPH_BASE_PORT to other ports, or unset it to let Laurel pick free ones.`,
    );
  });

  it('subgraphs take free ports by default; a gateway whose port is taken fails the start', async () => {
    const lines: string[] = [];
    const failure = await launchPlatform({
      databaseUrl: databaseUrl(),
      gatewayPort: other.port,
      env: env(),
      output: 'ignore',
      log: (line) => lines.push(line),
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as Error).message).toBe(
      `The gateway process could not listen on port ${other.port}, which another process holds (another Laurel, or a process left running): stop it, or set PORT to a free port.`,
    );
    // Every subgraph had started, each on a port of its own (the test platform runs beside it).
    const running = JSON.parse(process.env.LAUREL_TEST_SUBGRAPH_URLS as string) as Record<string, string>;
    const taken = new Set(Object.values(running).map((url) => new URL(url).port));
    const ports = lines.map((line) => /ready on :(\d+)$/.exec(line)?.[1]).filter(Boolean);
    expect(ports).toHaveLength(SERVICES.length);
    expect(new Set(ports).size).toBe(SERVICES.length);
    for (const port of ports) expect(taken.has(port as string)).toBe(false);
  });
});
