/** The bench's sizes and rates, from BENCH_* variables (docs/BENCHMARKS.md, "Method"). */
/** 60 sessions of 50: 3,000 ballots, about five seconds of sustained casting at the target. */
export const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 60);
export const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 50);
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
export const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
export const NOMINATIONS = Number(process.env.BENCH_NOMINATIONS ?? 150);
/**
 * `report`: only orgReport on the national dataset; `classic`: only the sections above it;
 * `observability`: only the cost of metrics and tracing; `ballots`: only castBallot.
 */
export const ONLY = process.env.BENCH_ONLY;
export const SEED_SCALE = Number(process.env.BENCH_SEED_SCALE ?? 1);
export const REPORT_RATE = Number(process.env.BENCH_REPORT_RATE ?? 200);
export const REPORT_SECONDS = Number(process.env.BENCH_REPORT_SECONDS ?? 10);
/** Dashboards of this many viewers send the reports (identical requests of one caller may share a fetch). */
export const REPORT_VIEWERS = Number(process.env.BENCH_REPORT_VIEWERS ?? 50);
/** Reports sent before the timed ones, 8 at a time (warm processes are what the figures are about). */
export const REPORT_WARMUP = Number(process.env.BENCH_REPORT_WARMUP ?? 1_000);

/** Seconds each observability setting is measured (after 3 s of warm-up). */
export const OBSERVABILITY_SECONDS = Number(process.env.BENCH_OBSERVABILITY_SECONDS ?? 15);
/**
 * Rounds of the metrics-off / metrics-on pair, alternated (off, on, on, off, …) so that a drift
 * of the machine weighs on both alike; each setting's figure is its rounds' median.
 */
export const OBSERVABILITY_ROUNDS = Number(process.env.BENCH_OBSERVABILITY_ROUNDS ?? 2);
