import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's services/ (this file runs from libs/service/dist/__tests__). */
const SERVICES_DIR = resolve(__dirname, '..', '..', '..', '..', 'services');

/** Every service has the same files for the same roles (see libs/service). */
const ROLES: Record<string, string> = {
  'app.ts': 'the whole subgraph, built in-process (main.ts and tests use the same wiring)',
  'main.ts': 'the process: runSubgraph()',
  'schema.ts': 'the federated schema and its resolvers',
  'environment.ts': 'the zod environment, read by loadEnv',
  'data-source.ts': 'defineServiceDataSource(): schema, role, connections, migrations',
  'loaders.ts': 'per-request and per-process loaders',
  'references.ts': 'the federation reference resolvers (_entities)',
  'migrations/index.ts': 'the migrations, in order',
};

const services = readdirSync(SERVICES_DIR).filter((name) => statSync(join(SERVICES_DIR, name)).isDirectory());

describe('the service template', () => {
  it('finds the six services', () => {
    expect(services.sort()).toEqual([
      'campaigns',
      'exemplars',
      'nominations',
      'organizations',
      'reporting',
      'voting',
    ]);
  });

  it.each(services)('%s has a file for every role', (service) => {
    const missing = Object.keys(ROLES).filter(
      (file) => !existsSync(join(SERVICES_DIR, service, 'src', file)),
    );
    expect(missing).toEqual([]);
  });

  it.each(services)(
    '%s starts with runSubgraph() and defines its data source with defineServiceDataSource()',
    (service) => {
      const source = (file: string) => readFileSync(join(SERVICES_DIR, service, 'src', file), 'utf8');
      expect(source('main.ts')).toMatch(/\brunSubgraph\(\{/);
      expect(source('data-source.ts')).toMatch(/\bdefineServiceDataSource\(\{/);
      expect(source('environment.ts')).toMatch(/\bloadEnv\(/);
    },
  );
});
