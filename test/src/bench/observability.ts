/** What metrics and tracing cost (`BENCH_ONLY=observability`). */
import 'reflect-metadata';
import { PLATFORM_ADMIN, restartTestPlatform, testEnv, tokenFor } from '@laurel/testing';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile, platformCpuMs, postJson } from './measure';

import { CONCURRENCY, OBSERVABILITY_SECONDS } from './settings';

/**
 * What observability costs: the whole platform restarted with metrics off, metrics on (the
 * default), and metrics with tracing at 1% and 100% (spans exported over OTLP/HTTP to a sink in
 * this process that discards them), each measured as the throughput of CONCURRENCY clients
 * reading the distinction catalogue (gateway → campaigns → PostgreSQL) for OBSERVABILITY_SECONDS.
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
  const settings: { label: string; env: Record<string, string> }[] = [
    { label: 'metrics off, tracing off', env: { METRICS_ENABLED: 'false' } },
    { label: 'metrics on (default), tracing off', env: {} },
    {
      label: 'metrics on, tracing 1%',
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_TRACES_SAMPLER_ARG: '0.01' },
    },
    {
      label: 'metrics on, tracing 100%',
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_TRACES_SAMPLER_ARG: '1' },
    },
  ];
  const rows: {
    label: string;
    rps: number;
    p50: number;
    p95: number;
    errors: number;
    cpuPerRequest: number;
  }[] = [];
  try {
    for (const setting of settings) {
      console.log(`[bench] observability: restarting the platform with ${setting.label} …`);
      await restartTestPlatform(async () => undefined, setting.env);
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
      const cpuBefore = platformCpuMs();
      const { latencies, errors } = await run(OBSERVABILITY_SECONDS);
      rows.push({
        label: setting.label,
        rps: latencies.length / OBSERVABILITY_SECONDS,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        errors,
        cpuPerRequest: (platformCpuMs() - cpuBefore) / Math.max(latencies.length + errors, 1),
      });
    }
  } finally {
    await new Promise((resolve) => sink.close(resolve));
  }
  const base = rows[0]!.rps;
  const baseCpu = rows[0]!.cpuPerRequest;
  const change = (value: number, of: number) => `${(((value - of) / of) * 100).toFixed(1)}%`;
  console.log(`\n## Observability's cost (${CONCURRENCY} clients, ${OBSERVABILITY_SECONDS} s each)\n`);
  console.log(
    '| setting | requests/s | vs off | p50 ms | p95 ms | errors | platform CPU ms/request | vs off |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows)
    console.log(
      `| ${row.label} | ${row.rps.toFixed(0)} | ${change(row.rps, base)} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.errors} | ${row.cpuPerRequest.toFixed(3)} | ${change(row.cpuPerRequest, baseCpu)} |`,
    );
}
