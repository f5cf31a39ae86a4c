import { ROOT } from '@laurel/launcher';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { VariableFacts } from '../env-docs';

const K8S = join(ROOT, 'deploy', 'k8s');

interface Manifest {
  file: string;
  apiVersion: string;
  kind: string;
  metadata?: { name?: string };
  [key: string]: unknown;
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string };
    configMapKeyRef?: { name: string; key: string };
  };
}

interface Container {
  name: string;
  command?: string[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
}

function manifests(dir: string): Manifest[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return manifests(path);
    if (!entry.name.endsWith('.yaml')) return [];
    return parseAllDocuments(readFileSync(path, 'utf8')).map((d): Manifest => ({
      ...(d.toJS() as Manifest),
      file: path.slice(ROOT.length + 1),
    }));
  });
}

const all = manifests(K8S);
const objects = all.filter((m) => m.kind !== 'Kustomization');

/** Kubernetes' published schemas (kubernetes-models), by apiVersion and kind. */
async function model(
  apiVersion: string,
  kind: string,
): Promise<(new (data: object) => { validate(): void }) | null> {
  const load: Record<string, () => Promise<Record<string, unknown>>> = {
    v1: () => import('kubernetes-models/v1'),
    'apps/v1': () => import('kubernetes-models/apps/v1'),
    'batch/v1': () => import('kubernetes-models/batch/v1'),
    'policy/v1': () => import('kubernetes-models/policy/v1'),
    'autoscaling/v2': () => import('kubernetes-models/autoscaling/v2'),
  };
  const found = (await load[apiVersion]?.())?.[kind];
  return typeof found === 'function' ? (found as new (data: object) => { validate(): void }) : null;
}

/** The process a container runs, from its command (`node services/<name>/dist/main.js` …). */
function processOf(container: Container): string {
  const script = container.command?.find((c) => c.endsWith('.js')) ?? '';
  const service = /^services\/([a-z]+)\/dist\/main\.js$/.exec(script);
  if (service) return service[1]!;
  if (script === 'gateway/dist/main.js') return 'gateway';
  if (script === 'tools/dist/migrate.js') return 'migrate';
  throw new Error(`${container.name} runs ${script || 'nothing known'}`);
}

function containers(m: Manifest): Container[] {
  const spec = m.spec as { template?: { spec?: { containers?: Container[] } } } | undefined;
  return spec?.template?.spec?.containers ?? [];
}

/** The keys `deploy/README.md`'s apply order puts in the laurel-secrets Secret. */
function secretKeysCreatedByReadme(): Set<string> {
  const readme = readFileSync(join(ROOT, 'deploy', 'README.md'), 'utf8');
  const step = /kubectl -n laurel create secret generic laurel-secrets([\s\S]*?)\n\n/.exec(readme)?.[1] ?? '';
  return new Set([...step.matchAll(/--from-literal=([A-Z0-9_]+)=/g)].map((m) => m[1]!));
}

/** What each process's zod environment requires in production (tools/src/env-docs.ts). */
function productionRequirements(): Record<string, Record<string, VariableFacts>> {
  const json = execFileSync(process.execPath, [join(ROOT, 'tools', 'dist', 'env-docs.js'), '--json'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return JSON.parse(json) as Record<string, Record<string, VariableFacts>>;
}

describe('the Kubernetes manifests (deploy/k8s)', () => {
  it('are valid objects by the Kubernetes schemas, each of a kind the test knows', async () => {
    expect(objects.length).toBeGreaterThan(10);
    for (const m of objects) {
      const Model = await model(m.apiVersion, m.kind);
      if (!Model) throw new Error(`${m.file}: no schema for ${m.apiVersion} ${m.kind}`);
      const { file: _file, ...data } = m;
      try {
        new Model(data).validate();
      } catch (error) {
        throw new Error(`${m.file} (${m.kind} ${m.metadata?.name}): ${String(error)}`);
      }
    }
  }, 60_000);

  it('the schema check refuses a malformed object (a container whose name is a number)', async () => {
    const Deployment = (await model('apps/v1', 'Deployment'))!;
    const broken = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x' },
      spec: { selector: {}, template: { spec: { containers: [{ name: 42 }] } } },
    };
    expect(() => new Deployment(broken).validate()).toThrow();
  });

  it('give every process what its environment requires in production, secrets from the Secret the README creates', () => {
    const requirements = productionRequirements();
    const created = secretKeysCreatedByReadme();
    const template = all.find((m) => m.kind === 'Secret' && m.metadata?.name === 'laurel-secrets');
    const templated = new Set(
      Object.keys((template?.stringData as Record<string, string> | undefined) ?? {}),
    );
    const configMaps = new Map(
      all
        .filter((m) => m.kind === 'ConfigMap')
        .map((m) => [
          m.metadata?.name ?? '',
          Object.keys((m.data as Record<string, string> | undefined) ?? {}),
        ]),
    );
    const workloads = objects.filter((m) => m.kind === 'Deployment' || m.kind === 'Job');
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const m of workloads)
      for (const c of containers(m)) {
        const name = processOf(c);
        seen.add(name);
        const provided = new Set<string>();
        for (const from of c.envFrom ?? []) {
          const keys = from.configMapRef ? configMaps.get(from.configMapRef.name) : undefined;
          if (from.configMapRef && !keys) problems.push(`${m.file}: no ConfigMap ${from.configMapRef.name}`);
          for (const k of keys ?? []) provided.add(k);
          if (from.secretRef) problems.push(`${m.file}: envFrom a whole Secret hides what it needs`);
        }
        for (const e of c.env ?? []) {
          provided.add(e.name);
          const ref = e.valueFrom?.secretKeyRef;
          if (ref && ref.name === 'laurel-secrets' && !created.has(ref.key))
            problems.push(
              `${m.file}: ${ref.key} is not created by deploy/README.md's kubectl create secret step`,
            );
          if (ref && ref.name === 'laurel-secrets' && !templated.has(ref.key))
            problems.push(`${m.file}: ${ref.key} is missing from secret.template.yaml`);
        }
        const required =
          name === 'migrate'
            ? { DATABASE_URL: { required: 'yes' } as VariableFacts }
            : (requirements[name] ?? {});
        if (name !== 'migrate' && !requirements[name])
          problems.push(`${m.file}: no environment known for ${name}`);
        for (const [variable, facts] of Object.entries(required)) {
          const unless = facts.required.startsWith('unless ') ? facts.required.slice('unless '.length) : null;
          const needed = facts.required === 'yes' || (unless !== null && !provided.has(unless));
          if (needed && !provided.has(variable))
            problems.push(
              `${m.file}: ${name} requires ${variable} in production and the manifest does not set it`,
            );
        }
      }
    expect(problems).toEqual([]);
    // Every process with an environment runs somewhere, and the migration too.
    expect([...seen].sort()).toEqual([...Object.keys(requirements), 'migrate'].sort());
  }, 60_000);
});
