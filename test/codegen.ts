import type { CodegenConfig } from '@graphql-codegen/cli';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Types for the end-to-end tests' documents: every `gql(`…`)` in src/ is validated against the
// gateway's API schema (the composed supergraph as clients see it: no join__ or link parts, no
// @inaccessible fields) and gets its answer's type. A test then reads a typed answer from
// ok(gql(`…`)) instead of `any`. The output (src/gql/) is committed, so that `tsc -b` alone builds
// the tests; `npm run codegen:check -w test` (part of `npm run lint`) fails when it is stale.
// Only `gql` is read: the testing client's graphql() also sends documents that must not validate.
const supergraph = readFileSync(resolve(__dirname, '../gateway/supergraph.graphql'), 'utf8');
const api = printSchema(Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema());

const config: CodegenConfig = {
  schema: api,
  documents: ['src/**/*.ts', '!src/gql/**/*'],
  pluckConfig: { globalGqlIdentifierName: ['gql'], modules: [] },
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'gql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};
export default config;
