import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildExemplarsSchema } from './schema';

/** Prints the subgraph SDL for composition at build time (no database needed). */
buildExemplarsSchema({})
  .then((schema) => process.stdout.write(printSubgraphSchema(schema)))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
