/** What metrics and tracing cost (`BENCH_ONLY=observability`). */
import 'reflect-metadata';
import { PLATFORM_ADMIN, restartTestPlatform, testEnv, tokenFor } from '@laurel/testing';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { cpuByProcess, cpuSample, machineQuiet, percentile, postJson } from './measure';

import { CONCURRENCY, OBSERVABILITY_ROUNDS, OBSERVABILITY_SECONDS } from './settings';

interface Setting {
  label: string;
  env: Record<string, string>;
}

interface Round {
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  /**
   * CPU ms a request by process (`postgres` summed over its backends), and `platform`: the Laurel
   * processes' (neither PostgreSQL nor the bench client).
   */
  cpu: Map<string, number>;
}

/** The middle value (the mean of the middle two for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * What observability costs: the whole platform restarted with metrics off, metrics on (the
 * default), and metrics with tracing at 1% and 100% (spans exported over OTLP/HTTP to a sink in
 * this process that discards them), each measured as the throughput of CONCURRENCY clients
 * reading the distinction catalogue (gateway → campaigns → PostgreSQL) for OBSERVABILITY_SECONDS,
 * with the CPU each process spent a request. Metrics off and on go OBSERVABILITY_ROUNDS times
 * each, alternated; their figures are the rounds' medians.
 */
export async function observabilitySection(): Promise<void> {
  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const address = sink.address();
  const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const off: Setting = { label: 'metrics off, tracing off', env: { METRICS_ENABLED: 'false' } };
  const on: Setting = { label: 'metrics on (default), tracing off', env: {} };
  const tracing: Setting[] = [
    {
      label: 'metrics on, tracing 1%',
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_TRACES_SAMPLER_ARG: '0.01' },
    },
    {
      label: 'metrics on, tracing 100%',
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_TRACES_SAMPLER_ARG: '1' },
    },
  ];
  // off, on, on, off, off, on, …: each setting as often first as second.
  const order: Setting[] = [];
  for (let round = 0; round < OBSERVABILITY_ROUNDS; round++)
    order.push(...(round % 2 === 0 ? [off, on] : [on, off]));
  order.push(...tracing);
  const rounds = new Map<Setting, Round[]>();
  const db = new Pool({ connectionString: testEnv('databaseUrl'), max: 1 });
  try {
    for (const setting of order) {
      console.log(`[bench] observability: restarting the platform with ${setting.label} …`);
      const round = await measure(setting, db);
      console.log(
        `[bench]   ${round.rps.toFixed(0)} requests/s, CPU ms a request: ${[...round.cpu]
          .map(([name, ms]) => `${name} ${ms.toFixed(3)}`)
          .join(', ')}`,
      );
      rounds.set(setting, [...(rounds.get(setting) ?? []), round]);
    }
  } finally {
    await db.end();
    await new Promise((resolve) => sink.close(resolve));
  }
  const summary = (setting: Setting) => {
    const of = rounds.get(setting) ?? [];
    const cpu = new Map<string, number>();
    for (const name of of[0]?.cpu.keys() ?? []) cpu.set(name, median(of.map((r) => r.cpu.get(name) ?? 0)));
    return {
      label: setting.label,
      rounds: of.length,
      rps: median(of.map((r) => r.rps)),
      p50: median(of.map((r) => r.p50)),
      p95: median(of.map((r) => r.p95)),
      errors: of.reduce((sum, r) => sum + r.errors, 0),
      cpu,
    };
  };
  const rows = [off, on, ...tracing].map(summary);
  const base = rows[0]!;
  const change = (value: number, of: number) => `${(((value - of) / of) * 100).toFixed(1)}%`;
  const names = [...base.cpu.keys()];
  console.log(
    `\n## Observability's cost (${CONCURRENCY} clients, ${OBSERVABILITY_SECONDS} s a round; medians of the rounds)\n`,
  );
  console.log(
    `| setting | rounds | requests/s | vs off | p50 ms | p95 ms | errors | ${names.map((n) => `${n} CPU ms`).join(' | ')} | platform vs off |`,
  );
  console.log(`| ${Array.from({ length: 8 + names.length }, () => '---').join(' | ')} |`);
  for (const row of rows)
    console.log(
      `| ${row.label} | ${row.rounds} | ${row.rps.toFixed(0)} | ${change(row.rps, base.rps)} | ${row.p50.toFixed(1)} | ` +
        `${row.p95.toFixed(1)} | ${row.errors} | ${names.map((n) => (row.cpu.get(n) ?? 0).toFixed(3)).join(' | ')} | ` +
        `${change(row.cpu.get('platform') ?? 0, base.cpu.get('platform') ?? 0)} |`,
    );
}

/** One round: the platform restarted with `setting`, 3 s of warm-up, then the timed clients. */
async function measure(setting: Setting, db: Pool): Promise<Round> {
  await restartTestPlatform(async () => undefined, setting.env);
  // Every round on an idle machine (a round must not pay for what the one before left running).
  const waited = await machineQuiet();
  if (waited > 2) console.log(`[bench]   the machine was idle after ${waited.toFixed(0)} s`);
  const body = JSON.stringify({ query: `query BenchCatalogue { distinctions { code level } }` });
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${await tokenFor(PLATFORM_ADMIN)}`,
  };
  const run = async (seconds: number) => {
    const latencies: number[] = [];
    let errors = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < end) {
          const start = performance.now();
          const res = await postJson(testEnv('gatewayUrl'), headers, body, 30_000).catch(() => null);
          if (res?.status === 200 && !res.text.includes('"errors"'))
            latencies.push(performance.now() - start);
          else errors += 1;
        }
      }),
    );
    return { latencies, errors };
  };
  await run(3);
  const before = await cpuSample(db);
  const { latencies, errors } = await run(OBSERVABILITY_SECONDS);
  const after = await cpuSample(db);
  const requests = Math.max(latencies.length + errors, 1);
  const cpu = before && after ? cpuByProcess(before, after, requests) : new Map<string, number>();
  if (before && after) {
    let platform = 0;
    for (const [name, ms] of cpu) if (name !== 'bench client' && name !== 'postgres') platform += ms;
    cpu.set('platform', platform);
  }
  return {
    rps: latencies.length / OBSERVABILITY_SECONDS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors,
    cpu,
  };
}
