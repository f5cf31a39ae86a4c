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

export interface Platform {
  gatewayUrl: string;
  subgraphUrls: Record<ServiceName, string>;
  stop(): Promise<void>;
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

/** Starts every subgraph and the gateway as their own processes, each with its own main.ts. */
export async function launchPlatform(options: LaunchOptions): Promise<Platform> {
  const log = options.log ?? (() => undefined);
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  const start = (name: string, script: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, ['--enable-source-maps', script], {
      cwd: ROOT,
      env: { ...process.env, ...options.env, ...env },
      stdio: ['ignore', options.output ?? 'inherit', options.output ?? 'inherit'],
    });
    children.push(child);
    return child;
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
      const child = start(service.name, join(ROOT, 'services', service.name, 'dist', 'main.js'), {
        ...peers,
        PORT: String(port),
        DATABASE_URL: options.databaseUrl,
      });
      await waitReady(`http://127.0.0.1:${port}/readyz`, child, service.name);
      subgraphUrls[service.name] = `http://127.0.0.1:${port}/graphql`;
      log(`${service.name} ready on :${port}`);
    };
    // Organizations first: the others replicate its directory feed as they start.
    const [organizations, ...others] = SERVICES;
    await startService(organizations);
    await Promise.all(others.map((service) => startService(service)));
    const gatewayPort = options.gatewayPort || (await freePort());
    const gatewayEnv: Record<string, string> = { PORT: String(gatewayPort) };
    for (const [name, url] of Object.entries(subgraphUrls))
      gatewayEnv[`SUBGRAPH_${name.toUpperCase()}_URL`] = url;
    const gateway = start('gateway', join(ROOT, 'gateway', 'dist', 'main.js'), gatewayEnv);
    await waitReady(`http://127.0.0.1:${gatewayPort}/readyz`, gateway, 'gateway');
    return { gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, subgraphUrls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
