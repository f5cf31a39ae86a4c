/**
 * `node tools/dist/env-docs.js [--json]`: every process's environment as its zod shape declares
 * it (`loadEnv` in each `environment.ts`): the README's configuration table (Markdown), or, with
 * `--json`, the facts the deployment test checks the Kubernetes manifests against.
 */
import { loadedEnvironments, secretOptions } from '@laurel/config';
import { ROOT, SERVICES } from '@laurel/launcher';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { z } from 'zod';

/** Every process that reads its environment through `loadEnv`, and the module that does. */
export const PROCESSES: readonly { name: string; module: string }[] = [
  { name: 'gateway', module: 'gateway/dist/environment.js' },
  ...SERVICES.map((s) => ({ name: s.name, module: `services/${s.name}/dist/environment.js` })),
];

export interface VariableFacts {
  /** Production refuses to start without it (`unless X`: without it or X). */
  required: 'yes' | 'no' | `unless ${string}`;
  /** The value when unset, as text; null: none. */
  default: string | null;
  /** Never printed (`sensitive()`/`secret()`). */
  sensitive: boolean;
}

/** Values that let every environment load outside production, so its shape can be read. */
const PLACEHOLDERS: Record<string, string> = {
  NODE_ENV: 'development',
  DATABASE_URL: 'postgres://laurel@127.0.0.1:5432/laurel',
  INTERNAL_SECRET: 'env-docs-placeholder-internal-secret-0123456789',
  VOTING_SEALING_KEY: 'env-docs-placeholder-sealing-key-0123456789abcdef',
  AUTH_JWT_SECRET: 'env-docs-placeholder-jwt-secret-0123456789abcdef',
};

function describe(field: z.ZodType, root: string): VariableFacts {
  const secret = secretOptions(field);
  const unset = field.safeParse(undefined);
  const required = secret?.requiredUnless
    ? (`unless ${secret.requiredUnless}` as const)
    : !unset.success || secret
      ? 'yes'
      : 'no';
  const value: unknown = unset.success ? unset.data : undefined;
  const text =
    value === undefined || secret
      ? null
      : Array.isArray(value)
        ? value.join(',')
        : typeof value === 'object' && value !== null
          ? JSON.stringify(value)
          : String(value).replace(root, '<repository>');
  return { required, default: text, sensitive: field.description === 'sensitive' };
}

/** Process name → variable → facts, by loading each process's `environment.ts` (built). */
export function readEnvironments(root = ROOT): Map<string, Map<string, VariableFacts>> {
  const saved = { ...process.env };
  for (const [k, v] of Object.entries(PLACEHOLDERS)) process.env[k] = v;
  try {
    const load = createRequire(join(root, 'package.json'));
    for (const p of PROCESSES) load(join(root, p.module));
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  const result = new Map<string, Map<string, VariableFacts>>();
  for (const p of PROCESSES) {
    const shape = loadedEnvironments().get(p.name);
    if (!shape) throw new Error(`${p.module} did not load an environment named ${p.name}`);
    const variables = new Map<string, VariableFacts>();
    for (const [name, field] of Object.entries(shape))
      variables.set(name, describe(field as z.ZodType, root));
    result.set(p.name, variables);
  }
  return result;
}

/** The README's configuration table: one row a variable, the processes that read it. */
export function markdownTable(environments: Map<string, Map<string, VariableFacts>>): string {
  const names = [...new Set([...environments.values()].flatMap((v) => [...v.keys()]))].sort();
  const rows = names.map((name) => {
    const readers = [...environments].filter(([, v]) => v.has(name));
    const facts = readers.map(([process, v]) => ({ process, ...v.get(name)! }));
    const all = facts.length === PROCESSES.length;
    const distinct = (values: string[]) => [...new Set(values)];
    const required = distinct(facts.map((f) => f.required));
    const defaults = distinct(facts.map((f) => f.default ?? ''));
    const byProcess = (pick: (f: (typeof facts)[number]) => string) =>
      facts.map((f) => `${f.process}: ${pick(f) || '—'}`).join('; ');
    return [
      `\`${name}\``,
      all ? 'all' : readers.map(([process]) => process).join(', '),
      required.length === 1 ? required[0]! : byProcess((f) => f.required),
      facts.some((f) => f.sensitive)
        ? '(secret)'
        : defaults.length === 1
          ? defaults[0]
            ? `\`${defaults[0]}\``
            : '—'
          : byProcess((f) => f.default ?? ''),
    ];
  });
  return [
    '| Variable | Read by | Required in production | Default |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

if (require.main === module) {
  const environments = readEnvironments();
  if (process.argv.includes('--json')) {
    const plain = Object.fromEntries(
      [...environments].map(([process, variables]) => [process, Object.fromEntries(variables)]),
    );
    console.log(JSON.stringify(plain, null, 2));
  } else console.log(markdownTable(environments));
}
