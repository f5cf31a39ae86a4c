import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { EXIT_ADDRESS_IN_USE, INSTANCE_HEADER, StartupError } from '@laurel/config';
import { freePort } from '@laurel/db';
import { join } from 'node:path';
import { ROOT, SERVICES, type ServiceName } from './services';

export interface LaunchOptions {
  databaseUrl: string;
  /** 0 picks a free port. */
  gatewayPort: number;
  /**
   * The subgraphs' ports: free ones (the default, so that two platforms can run on one machine),
   * or consecutive ones from a base in SERVICES' order (4101 gives 4101–4106).
   */
  servicePorts?: 'random' | number;
  env: Record<string, string>;
  /** Where the processes' output goes: tests keep it quiet or write it to files (one per process). */
  output?: ProcessOutput | ((name: ProcessName) => ProcessOutput);
  log?: (line: string) => void;
}

export type ProcessName = ServiceName | 'gateway';

/** A child's stdout and stderr: the launcher's own, nowhere, or an open file descriptor. */
export type ProcessOutput = 'inherit' | 'ignore' | number;

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
  /** The gateway's Prometheus `/metrics` (its own port); a subgraph's is `/metrics` on its port. */
  gatewayMetricsUrl: string;
  subgraphUrls: Record<ServiceName, string>;
  processes: Record<ProcessName, PlatformProcess>;
  stop(): Promise<void>;
}

function exitOf(child: ChildProcess): Promise<ProcessExit> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** What the launcher says when a process ends before it was ready. */
function startFailure(name: string, exit: ProcessExit, port: number, portHint: string): StartupError {
  if (exit.code === EXIT_ADDRESS_IN_USE)
    return new StartupError(
      `The ${name} process could not listen on port ${port}, which another process holds (another Laurel, or a process left running): stop it, or ${portHint}.`,
    );
  const how = exit.code !== null ? `with code ${exit.code}` : `on ${exit.signal}`;
  return new StartupError(`The ${name} process exited ${how} while starting: its output above says why.`);
}

/**
 * Resolves once `url` answers 200 from `child` itself: the response carries the instance it was
 * started with, so another process on the same port (another platform) never passes for it.
 */
async function waitReady(
  url: string,
  child: ChildProcess,
  name: string,
  instance: string,
  portHint: string,
  timeoutMs = 60_000,
): Promise<void> {
  const port = Number(new URL(url).port);
  const deadline = Date.now() + timeoutMs;
  let stranger = false;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw startFailure(name, { code: child.exitCode, signal: child.signalCode }, port, portHint);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok && res.headers.get(INSTANCE_HEADER) === instance) return;
      if (res.ok) stranger = true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new StartupError(
    stranger
      ? `The ${name} process did not take port ${port}: another process answers there (another Laurel?); stop it, or ${portHint}.`
      : `The ${name} process was not ready at ${url} after ${timeoutMs / 1000} s: its output above says why.`,
  );
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
  /** Its Prometheus `/metrics`, on a port of its own. */
  metricsUrl: string;
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
  output?: ProcessOutput;
}): Promise<LaunchedGateway> {
  const port = await freePort();
  const metricsPort = await freePort();
  const instance = randomUUID();
  const child = spawn(process.execPath, ['--enable-source-maps', GATEWAY_SCRIPT], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...options.env,
      ...subgraphEnv(options.subgraphUrls),
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
      LAUREL_INSTANCE: instance,
    },
    stdio: ['ignore', options.output ?? 'inherit', options.output ?? 'inherit'],
  });
  try {
    await waitReady(`http://127.0.0.1:${port}/readyz`, child, 'gateway', instance, 'start again');
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`,
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
  const start = async (
    name: ProcessName,
    script: string,
    env: Record<string, string>,
    readyUrl: string,
    portHint: string,
  ) => {
    const output =
      (typeof options.output === 'function' ? options.output(name) : options.output) ?? 'inherit';
    // Each process gets its own instance, which its /readyz answers with.
    let instance = '';
    const spawnOne = () => {
      instance = randomUUID();
      return spawn(process.execPath, ['--enable-source-maps', script], {
        cwd: ROOT,
        env: { ...process.env, ...options.env, ...env, LAUREL_INSTANCE: instance },
        stdio: ['ignore', output, output],
      });
    };
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
        await waitReady(readyUrl, child, name, instance, portHint);
      },
    };
    await waitReady(readyUrl, child, name, instance, portHint);
  };

  try {
    // Ports first, so that every subgraph knows where the others are (service-to-service feeds:
    // the organization directory, campaigns, nominations' events).
    const base = options.servicePorts ?? 'random';
    const ports = Object.fromEntries(
      await Promise.all(
        SERVICES.map(async (service, index) => [
          service.name,
          base === 'random' ? await freePort() : base + index,
        ]),
      ),
    ) as Record<ServiceName, number>;
    const servicePortHint =
      base === 'random'
        ? 'start again (the port was free a moment before)'
        : 'set SUBGRAPH_BASE_PORT to other ports, or unset it to let Laurel pick free ones';
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
        servicePortHint,
      );
      subgraphUrls[service.name] = `http://127.0.0.1:${port}/graphql`;
      log(`${service.name} ready on :${port}`);
    };
    // Each after those it reads as it starts, so that none logs a refused connection: the
    // directory feed (organizations), campaigns and the catalogue, nominations' events.
    const [organizations, campaigns, nominations, ...rest] = SERVICES;
    for (const service of [organizations, campaigns, nominations]) await startService(service);
    await Promise.all(rest.map((service) => startService(service)));
    const gatewayPort = options.gatewayPort || (await freePort());
    // METRICS_PORT when it is set; else a free port, as the subgraphs' (a second Laurel beside the
    // first must not find 9464, the deployed default, taken). `npm start` prints the address.
    const pinnedMetrics = options.env.METRICS_PORT ?? process.env.METRICS_PORT;
    const metricsPort =
      options.gatewayPort !== 0 && pinnedMetrics !== undefined && pinnedMetrics !== ''
        ? Number(pinnedMetrics)
        : await freePort();
    await start(
      'gateway',
      GATEWAY_SCRIPT,
      { ...subgraphEnv(subgraphUrls), PORT: String(gatewayPort), METRICS_PORT: String(metricsPort) },
      `http://127.0.0.1:${gatewayPort}/readyz`,
      'set PORT to a free port',
    );
    return {
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      gatewayMetricsUrl: `http://127.0.0.1:${metricsPort}/metrics`,
      subgraphUrls,
      processes,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
