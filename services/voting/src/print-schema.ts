import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildVotingSchema } from './schema';

/** Prints the subgraph SDL for composition at build time (no database needed). */
buildVotingSchema({})
  .then((schema) => process.stdout.write(printSubgraphSchema(schema)))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
