import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '@laurel/db';
import { join } from 'node:path';
import { ROOT, SERVICES, type ServiceName } from './services';

export interface LaunchOptions {
  databaseUrl: string;
  /** 0 picks free ports everywhere (tests). */
  gatewayPort: number;
  servicePorts?: 'default' | 'random';
  env: Record<string, string>;
  /** Where the processes' output goes; tests keep it quiet. */
  output?: 'inherit' | 'ignore';
  log?: (line: string) => void;
}

export type ProcessName = ServiceName | 'gateway';

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One of the platform's processes, for tests that kill and restart them. */
export interface PlatformProcess {
  /** The process running now (a new one after `restart()`). */
  readonly child: ChildProcess;
  readonly readyUrl: string;
  /** Sends `signal` (SIGKILL by default) and resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<ProcessExit>;
  /** Resolves once the current process has exited. */
  exited(): Promise<ProcessExit>;
  /** A new process with the same port and environment; resolves when it is ready. */
  restart(): Promise<void>;
}

export interface Platform {
  gatewayUrl: string;
  subgraphUrls: Record<ServiceName, string>;
  processes: Record<ProcessName, PlatformProcess>;
  stop(): Promise<void>;
}

function exitOf(child: ChildProcess): Promise<ProcessExit> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

async function waitReady(url: string, child: ChildProcess, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode} during start-up`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${name} was not ready at ${url} after ${timeoutMs} ms`);
}

const GATEWAY_SCRIPT = join(ROOT, 'gateway', 'dist', 'main.js');

/** The gateway's `SUBGRAPH_<NAME>_URL` settings for subgraphs running at these URLs. */
function subgraphEnv(subgraphUrls: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(subgraphUrls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]),
  );
}

export interface LaunchedGateway {
  url: string;
  child: ChildProcess;
  /** SIGTERM, resolved once the process has exited. */
  stop(): Promise<ProcessExit>;
}

/**
 * One more gateway process, on a free port, in front of subgraphs already running (the bench
 * compares gateways with different settings on the same subgraphs).
 */
export async function launchGateway(options: {
  subgraphUrls: Record<string, string>;
  env: Record<string, string>;
  output?: 'inherit' | 'ignore';
}): Promise<LaunchedGateway> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', GATEWAY_SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, ...subgraphEnv(options.subgraphUrls), PORT: String(port) },
    stdio: ['ignore', options.output ?? 'inherit', options.output ?? 'inherit'],
  });
  try {
    await waitReady(`http://127.0.0.1:${port}/readyz`, child, 'gateway');
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    child,
    stop: () => {
      const exited = exitOf(child);
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Starts every subgraph and the gateway as their own processes, each with its own main.ts. */
export async function launchPlatform(options: LaunchOptions): Promise<Platform> {
  const log = options.log ?? (() => undefined);
  const processes = {} as Record<ProcessName, PlatformProcess>;
  const stop = async () => {
    await Promise.all(
      Object.values(processes).map(async ({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        const exited = exitOf(child);
        child.kill('SIGTERM');
        await exited;
        clearTimeout(timer);
      }),
    );
  };
  const start = async (name: ProcessName, script: string, env: Record<string, string>, readyUrl: string) => {
    const spawnOne = () =>
      spawn(process.execPath, ['--enable-source-maps', script], {
        cwd: ROOT,
        env: { ...process.env, ...options.env, ...env },
        stdio: ['ignore', options.output ?? 'inherit', options.output ?? 'inherit'],
      });
    let child = spawnOne();
    processes[name] = {
      get child() {
        return child;
      },
      readyUrl,
      exited: () => exitOf(child),
      kill: (signal = 'SIGKILL') => {
        const exited = exitOf(child);
        child.kill(signal);
        return exited;
      },
      restart: async () => {
        if (child.exitCode === null && child.signalCode === null)
          throw new Error(`${name} is still running (pid ${child.pid})`);
        child = spawnOne();
        await waitReady(readyUrl, child, name);
      },
    };
    await waitReady(readyUrl, child, name);
  };

  try {
    // Ports first, so that every subgraph knows where the others are (service-to-service feeds:
    // the organization directory, campaigns, nominations' events).
    const ports = Object.fromEntries(
      await Promise.all(
        SERVICES.map(async (service) => [
          service.name,
          options.servicePorts === 'random' ? await freePort() : service.port,
        ]),
      ),
    ) as Record<ServiceName, number>;
    const peers: Record<string, string> = {};
    for (const service of SERVICES)
      peers[`${service.name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[service.name]}`;
    const subgraphUrls = {} as Record<ServiceName, string>;
    const startService = async (service: (typeof SERVICES)[number]) => {
      const port = ports[service.name];
      await start(
        service.name,
        join(ROOT, 'services', service.name, 'dist', 'main.js'),
        { ...peers, PORT: String(port), DATABASE_URL: options.databaseUrl },
        `http://127.0.0.1:${port}/readyz`,
      );
      subgraphUrls[service.name] = `http://127.0.0.1:${port}/graphql`;
      log(`${service.name} ready on :${port}`);
    };
    // Organizations first: the others replicate its directory feed as they start.
    const [organizations, ...others] = SERVICES;
    await startService(organizations);
    await Promise.all(others.map((service) => startService(service)));
    const gatewayPort = options.gatewayPort || (await freePort());
    await start(
      'gateway',
      GATEWAY_SCRIPT,
      { ...subgraphEnv(subgraphUrls), PORT: String(gatewayPort) },
      `http://127.0.0.1:${gatewayPort}/readyz`,
    );
    return { gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, subgraphUrls, processes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
