import type { Client } from 'pg';

/** Runs one statement of the seed, counting (by `name`) and logging the rows it wrote. */
export type Step = (name: string, sql: string, params?: unknown[]) => Promise<number>;

export function stepper(client: Client, rows: Record<string, number>, log: (line: string) => void): Step {
  return async (name: string, sql: string, params: unknown[] = []): Promise<number> => {
    const t = Date.now();
    const result = await client.query(sql, params);
    const n = result.rowCount ?? 0;
    rows[name] = (rows[name] ?? 0) + n;
    log(`${name}: ${n.toLocaleString('en')} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return n;
  };
}
