import { z } from 'zod';

/** Every variable that failed, reported at once (graphql-hive style), never one at a time. */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n  - ${problems.join('\n  - ')}`);
    this.name = 'EnvError';
  }
}

const SENSITIVE = 'sensitive';

/** Marks a variable whose value must never be printed. */
export function sensitive<T extends z.ZodType>(schema: T): T {
  return schema.describe(SENSITIVE) as T;
}

export const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1' || v === 'yes'));

export const commaList = () =>
  z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    );

export function parseEnv<T extends z.ZodRawShape>(
  shape: T,
  source: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<T>> {
  // Empty strings mean "unset": that is how compose files and shells usually pass them.
  const cleaned: Record<string, string> = {};
  for (const [k, v] of Object.entries(source)) if (v !== undefined && v !== '') cleaned[k] = v;
  const result = z.object(shape).safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.');
    const field = shape[key] as z.ZodType | undefined;
    const shown = field?.description === SENSITIVE ? '(value hidden)' : JSON.stringify(cleaned[key]);
    return `${key}: ${issue.message}${cleaned[key] === undefined ? '' : ` (got ${shown})`}`;
  });
  throw new EnvError(problems);
}
