export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds; resolves with how long that took, fails the test after `timeoutMs`. */
export async function until(
  label: string,
  check: () => Promise<boolean>,
  timeoutMs = 15_000,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${label}: not within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** An HTTP status, or 0 when the connection was refused or broke. */
export async function statusOf(url: string): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

export interface Probe {
  at: number;
  status: number;
}

/** Polls a readiness URL the way a load balancer does, and keeps every answer. */
export function watch(url: string, everyMs = 25) {
  const seen: Probe[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const at = Date.now();
      seen.push({ at, status: await statusOf(url) });
      await sleep(everyMs);
    }
  })();
  return {
    seen,
    /** The first answer matching `test`, at or after `after`. */
    first: (test: (status: number) => boolean, after = 0) =>
      seen.find((p) => p.at >= after && test(p.status)),
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

export interface Outcome {
  kind: string;
  /** When the request left and when its answer came. */
  at: number;
  end: number;
  ok: boolean;
  detail?: string;
}

/** Runs `step` in a loop until `running()` says no; every step records its outcome. */
export async function loop(running: () => boolean, step: () => Promise<void>, pauseMs = 0): Promise<void> {
  while (running()) {
    await step();
    if (pauseMs) await sleep(pauseMs);
  }
}
