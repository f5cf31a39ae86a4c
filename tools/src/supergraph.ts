import { composeServices } from '@apollo/composition';
import { SERVICES, ROOT } from '@laurel/launcher';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'graphql';

const run = promisify(execFile);

export const SUPERGRAPH_PATH = join(ROOT, 'gateway', 'supergraph.graphql');

/**
 * Composes the supergraph from each subgraph's printed SDL (each printed in its own process,
 * so the services' type-graphql metadata never mixes). Throws with every composition error.
 */
export async function composeSupergraph(): Promise<string> {
  const subgraphs = await Promise.all(
    SERVICES.map(async (service) => {
      const { stdout } = await run(
        process.execPath,
        [join(ROOT, 'services', service.name, 'dist', 'print-schema.js')],
        {
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      return { name: service.name, typeDefs: parse(stdout), url: `http://127.0.0.1:${service.port}/graphql` };
    }),
  );
  const result = composeServices(subgraphs);
  if (result.errors && result.errors.length > 0) {
    throw new Error(
      `The supergraph does not compose:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  return `${(result.supergraphSdl ?? '').trimEnd()}\n`;
}
