/**
 * What the bench's sections share: percentiles, a bounded pool, an open loop, CPU time by process
 * from /proc, and a POST over kept-alive node:http connections.
 */
import type { Platform } from '@laurel/launcher';
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
export const ms = (v: number) => `${v.toFixed(1)} ms`;

export async function pool<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

// ------------------------------------------------------------------ orgReport on the national dataset

/**
 * Open loop: request i is sent at start + i/rate whether or not earlier ones have answered (what
 * "at 200 requests/s" means); latency counts from the scheduled instant, queueing included.
 */
export async function openLoop(
  rate: number,
  seconds: number,
  request: () => Promise<void>,
): Promise<{
  latencies: number[];
  errors: number;
  errorKinds: Map<string, number>;
  sent: number;
  seconds: number;
}> {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const errorKinds = new Map<string, number>();
  let errors = 0;
  let sent = 0;
  const start = performance.now();
  while (sent < total) {
    const now = performance.now();
    while (sent < total && start + sent * interval <= now) {
      const scheduled = start + sent * interval;
      sent += 1;
      pending.push(
        request().then(
          () => void latencies.push(performance.now() - scheduled),
          (error: unknown) => {
            errors += 1;
            const kind = errorKind(error);
            errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
          },
        ),
      );
    }
    if (sent < total)
      await new Promise((r) => setTimeout(r, Math.max(0, start + sent * interval - performance.now())));
  }
  await Promise.all(pending);
  return { latencies, errors, errorKinds, sent, seconds: (performance.now() - start) / 1000 };
}

/** CPU time (ms, user + system) a process has used so far, from /proc (Linux); null if unreadable. */
function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    // utime and stime, in clock ticks (100 a second on Linux), after the parenthesised name.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The platform the bench started (libs/testing keeps it on globalThis). */
function platformProcesses(): Partial<Platform['processes']> {
  return (globalThis as { __laurelPlatform?: Platform }).__laurelPlatform?.processes ?? {};
}

/**
 * CPU time (ms) of the platform's processes, this bench client and the database's server
 * processes (by pid, from /proc: Linux only, and only when PostgreSQL runs on this machine), to
 * tell where the two cores went. Null where /proc cannot be read.
 */
export async function cpuSample(
  db: Pool,
  extra: Record<string, number | undefined> = {},
): Promise<Map<string, number> | null> {
  const read = processCpuMs;
  if (read(process.pid) === null) return null;
  const sample = new Map<string, number>();
  for (const [name, p] of Object.entries(platformProcesses())) sample.set(name, read(p.child.pid) ?? 0);
  for (const [name, pid] of Object.entries(extra)) sample.set(name, read(pid) ?? 0);
  sample.set('bench client', read(process.pid) ?? 0);
  const { rows } = await db.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  for (const { pid } of rows as { pid: number }[]) {
    const t = read(pid);
    if (t !== null) sample.set(`postgres:${pid}`, t);
  }
  return sample;
}

/**
 * With BENCH_PROFILE=1 every platform process loaded cpu-profile-preload.js: the first SIGUSR2
 * starts its CPU profiler, the second writes the profile to BENCH_PROFILE_DIR. Otherwise nothing.
 */
export function signalPlatform(signal: 'SIGUSR2'): void {
  if (!process.env.BENCH_PROFILE) return;
  for (const p of Object.values(platformProcesses())) if (p?.child.pid) process.kill(p.child.pid, signal);
}

/** `gateway 4.1, reporting 1.3, …, postgres 1.2` ms a request between two samples. */
export function cpuPerRequest(
  before: Map<string, number> | null,
  after: Map<string, number> | null,
  requests: number,
) {
  if (!before || !after) return 'not measured (no /proc)';
  const perRequest = cpuByProcess(before, after, requests);
  const all = [...perRequest.values()].reduce((a, b) => a + b, 0);
  return (
    [...perRequest.entries()]
      .filter(([, t]) => t > 0)
      .sort(([, a], [, b]) => b - a)
      .map(([name, t]) => `${name} ${t.toFixed(2)}`)
      .join(', ') + `; ${all.toFixed(1)} ms in all`
  );
}

/** CPU ms a request by process between two samples, PostgreSQL's backends summed as `postgres`. */
export function cpuByProcess(
  before: Map<string, number>,
  after: Map<string, number>,
  requests: number,
): Map<string, number> {
  const perRequest = new Map<string, number>();
  for (const [key, t] of after) {
    const name = key.startsWith('postgres:') ? 'postgres' : key;
    // A database connection opened meanwhile counts from zero.
    perRequest.set(name, (perRequest.get(name) ?? 0) + (t - (before.get(key) ?? 0)) / requests);
  }
  return perRequest;
}

/** A failed request, as the gateway (or the client) told it: HTTP status and error codes, or the exception. */
export class RequestFailed extends Error {
  constructor(readonly kind: string) {
    super(kind);
  }
}

export function errorKind(error: unknown): string {
  if (error instanceof RequestFailed) return error.kind;
  if (error instanceof Error) {
    // fetch wraps the socket's failure (ECONNRESET, UND_ERR_SOCKET, …) in `cause`.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message;
    return `${error.name}: ${error.message}${detail ? ` (${detail})` : ''}`;
  }
  return String(error);
}

/** `12 × HTTP 200 INTERNAL_SERVER_ERROR: timeout, 3 × TimeoutError: …`, most frequent first. */
export const kindsOf = (kinds: Map<string, number>) =>
  [...kinds.entries()]
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => `${n} × ${kind}`)
    .join('; ');

export const figures = (latencies: number[]) =>
  `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, ` +
  `max ${ms(Math.max(...latencies))}`;

/**
 * POST over kept-alive connections with node:http: the reports' load generator shares the two
 * cores with the platform, and `fetch` (undici) cost it about 1.4 ms of CPU a request against
 * about 0.5 ms here, CPU the figures would otherwise charge to the platform's latency.
 */
export const reportAgent = new Agent({ keepAlive: true, maxSockets: 512 });
export function postJson(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  retried = false,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        agent: reportAgent,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`TimeoutError: no answer in ${timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed as idle just as it was reused (Node's
      // documented race): the request never reached it, so it is sent again, once.
      if (req.reusedSocket && error.code === 'ECONNRESET' && !retried)
        resolve(postJson(url, headers, body, timeoutMs, true));
      else reject(error);
    });
    req.end(body);
  });
}

/**
 * CPU time (ms, user + system) the platform's processes have used so far, from /proc (Linux; 0
 * elsewhere): per request it is steadier than throughput on a machine others share.
 */
export function platformCpuMs(): number {
  let total = 0;
  for (const { child } of Object.values(platformProcesses())) {
    const used = processCpuMs(child.pid);
    if (used === null) return 0;
    total += used;
  }
  return total;
}

/**
 * Waits (at most `maxSeconds`) until the platform's processes are idle: under 5% of a core over
 * two seconds. After a restart on a freshly loaded dataset the feeds' consumers and the directory
 * copies catch up for a while; figures taken meanwhile measure that, not the request. Returns the
 * seconds waited (0 where /proc cannot be read).
 */
export async function platformQuiet(maxSeconds = 180): Promise<number> {
  const started = performance.now();
  for (;;) {
    const before = platformCpuMs();
    await new Promise((r) => setTimeout(r, 2_000));
    const used = platformCpuMs() - before;
    const waited = (performance.now() - started) / 1000;
    if (before === 0 || used < 100 || waited >= maxSeconds) return waited;
  }
}

/** The machine's busy and total CPU time so far (clock ticks, every core), from /proc/stat; null elsewhere. */
function machineTicks(): { busy: number; total: number } | null {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const ticks = fields.map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    // user nice system idle iowait irq softirq steal …: idle and iowait are not busy.
    return { busy: total - (ticks[3] ?? 0) - (ticks[4] ?? 0), total };
  } catch {
    return null;
  }
}

/**
 * Waits (at most `maxSeconds`) until the whole machine is idle: under 10% of its CPU busy over two
 * seconds, whoever uses it (PostgreSQL's autovacuum after a large load, a checkpoint, another
 * program). Returns the seconds waited (0 where /proc/stat cannot be read).
 */
export async function machineQuiet(maxSeconds = 120): Promise<number> {
  const started = performance.now();
  for (;;) {
    const before = machineTicks();
    if (!before) return 0;
    await new Promise((r) => setTimeout(r, 2_000));
    const after = machineTicks()!;
    const waited = (performance.now() - started) / 1000;
    const busy = (after.busy - before.busy) / Math.max(after.total - before.total, 1);
    if (busy < 0.1 || waited >= maxSeconds) return waited;
  }
}
