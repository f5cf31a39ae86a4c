import { z } from 'zod';
import { SECRET_HINT, secretWeakness } from './secrets';

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

interface SecretOptions {
  minLength: number;
  /** Not required in production when this variable is set (the gateway's JWKS). */
  requiredUnless?: string;
}

const SECRETS = new WeakMap<z.ZodType, SecretOptions>();

/**
 * A sensitive variable that production refuses when missing or weak (too short, a placeholder,
 * a short pattern repeated), with the others in one message that says how to make one.
 */
export function secret<T extends z.ZodType>(schema: T, options: Partial<SecretOptions> = {}): T {
  const marked = sensitive(schema);
  SECRETS.set(marked, { minLength: options.minLength ?? 32, requiredUnless: options.requiredUnless });
  return marked;
}

/** How production judges a `secret()` variable; undefined for any other. */
export function secretOptions(schema: z.ZodType): Readonly<SecretOptions> | undefined {
  return SECRETS.get(schema);
}

const LOADED = new Map<string, z.ZodRawShape>();

/**
 * The environments `loadEnv` was asked for in this process, by process name: what
 * `tools/src/env-docs.ts` documents and the deployment test checks against the manifests.
 */
export function loadedEnvironments(): ReadonlyMap<string, z.ZodRawShape> {
  return LOADED;
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

/** Production's judgement of every `secret()` of `shape`, keyed by variable. */
function secretProblems(shape: z.ZodRawShape, cleaned: Record<string, string>): Map<string, string> {
  const problems = new Map<string, string>();
  if (cleaned.NODE_ENV !== 'production') return problems;
  for (const [key, field] of Object.entries(shape)) {
    const options = SECRETS.get(field as z.ZodType);
    if (!options) continue;
    if (cleaned[key] === undefined && options.requiredUnless && cleaned[options.requiredUnless]) continue;
    const weakness = secretWeakness(cleaned[key], options.minLength);
    if (weakness) problems.set(key, `${key} ${weakness}`);
  }
  return problems;
}

export function parseEnv<T extends z.ZodRawShape>(
  shape: T,
  source: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<T>> {
  // Empty strings mean "unset": that is how compose files and shells usually pass them.
  const cleaned: Record<string, string> = {};
  for (const [k, v] of Object.entries(source)) if (v !== undefined && v !== '') cleaned[k] = v;
  const secrets = secretProblems(shape, cleaned);
  const result = z.object(shape).safeParse(cleaned);
  if (result.success && secrets.size === 0) return result.data;
  const problems = (result.success ? [] : result.error.issues)
    .filter((issue) => !secrets.has(issue.path.join('.')))
    .map((issue) => {
      const key = issue.path.join('.');
      const field = shape[key] as z.ZodType | undefined;
      const shown = field?.description === SENSITIVE ? '(value hidden)' : JSON.stringify(cleaned[key]);
      return `${key}: ${issue.message}${cleaned[key] === undefined ? '' : ` (got ${shown})`}`;
    });
  if (secrets.size > 0) problems.push(`${[...secrets.values()].join('; ')}: ${SECRET_HINT}`);
  throw new EnvError(problems);
}

/**
 * A process's environment, or its end: what is wrong is printed as one message (every variable
 * at once, secrets with how to make them) and the process exits with 1, without a stack trace.
 */
export function loadEnv<T extends z.ZodRawShape>(
  processName: string,
  shape: T,
  source: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<T>> {
  LOADED.set(processName, shape);
  try {
    return parseEnv(shape, source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`[${processName}] cannot start: ${error.message}`);
    process.exit(1);
  }
}
