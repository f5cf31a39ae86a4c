/**
 * `node tools/dist/env-docs.js [--json]`: every process's environment as its zod shape declares
 * it (`loadEnv` in each `environment.ts`): the README's configuration table (Markdown), or, with
 * `--json`, the facts the deployment test checks the Kubernetes manifests against.
 */
import { loadedEnvironments, secretOptions } from '@laurel/config';
import { ROOT, SERVICES } from '@laurel/launcher';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { z } from 'zod';

/** Every process that reads its environment through `loadEnv`, and the module that does. */
export const PROCESSES: readonly { name: string; module: string; source: string }[] = [
  { name: 'gateway', module: 'gateway/dist/environment.js', source: 'gateway/src/environment.ts' },
  ...SERVICES.map((s) => ({
    name: s.name,
    module: `services/${s.name}/dist/environment.js`,
    source: `services/${s.name}/src/environment.ts`,
  })),
];

/** Where the variables every process reads are declared. */
const COMMON_SOURCE = 'libs/config/src/common-env.ts';

export interface VariableFacts {
  /** Production refuses to start without it (`unless X`: without it or X). */
  required: 'yes' | 'no' | `unless ${string}`;
  /** The value when unset, as text; null: none. */
  default: string | null;
  /** Never printed (`sensitive()`/`secret()`). */
  sensitive: boolean;
  /** The doc comment above the variable in its environment.ts, on one line; null: none. */
  meaning: string | null;
}

/** `/** … *\/` comments directly above `NAME:` in a source file, by name. */
function docComments(file: string): Map<string, string> {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const found = new Map<string, string>();
  for (const m of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*([A-Z][A-Z0-9_]*):/g)) {
    const comment = m[1]!
      .split('\n')
      .map((line) => line.replace(/^\s*\*\s?/, '').trim())
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    found.set(m[2]!, comment);
  }
  return found;
}

/** Values that let every environment load outside production, so its shape can be read. */
const PLACEHOLDERS: Record<string, string> = {
  NODE_ENV: 'development',
  DATABASE_URL: 'postgres://laurel@127.0.0.1:5432/laurel',
  INTERNAL_SECRET: 'env-docs-placeholder-internal-secret-0123456789',
  VOTING_SEALING_KEY: 'env-docs-placeholder-sealing-key-0123456789abcdef',
  AUTH_JWT_SECRET: 'env-docs-placeholder-jwt-secret-0123456789abcdef',
};

function describe(field: z.ZodType, root: string, meaning: string | null): VariableFacts {
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
  return { required, default: text, sensitive: field.description === 'sensitive', meaning };
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
  const common = docComments(join(root, COMMON_SOURCE));
  const result = new Map<string, Map<string, VariableFacts>>();
  for (const p of PROCESSES) {
    const comments = docComments(join(root, p.source));
    const shape = loadedEnvironments().get(p.name);
    if (!shape) throw new Error(`${p.module} did not load an environment named ${p.name}`);
    const variables = new Map<string, VariableFacts>();
    for (const [name, field] of Object.entries(shape))
      variables.set(name, describe(field as z.ZodType, root, comments.get(name) ?? common.get(name) ?? null));
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
    const meaning = facts.find((f) => f.meaning)?.meaning ?? '';
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
      meaning.replace(/\|/g, '\\|'),
    ];
  });
  return [
    '| Variable | Read by | Required in production | Default | Meaning |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The README's table: between these two lines (Prettier may align its columns). */
export const README_MARKERS = ['<!-- env-docs:begin -->', '<!-- env-docs:end -->'] as const;

/** A Markdown table's rows as trimmed cells, so that column alignment does not count. */
export function tableCells(table: string): string[][] {
  return table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^-+$/, '---')),
    );
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
