// Writes the composed supergraph's API schema (what clients of the gateway see: no join__ or
// link directives, no @inaccessible parts) to web/schema.graphql for GraphQL Code Generator.
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const supergraph = readFileSync(resolve(here, '../../gateway/supergraph.graphql'), 'utf8');
const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
writeFileSync(resolve(here, '../schema.graphql'), printSchema(api) + '\n');
