import type { CodegenConfig } from '@graphql-codegen/cli';

// Every document in src/ is validated against the gateway's API schema (scripts/api-schema.mjs
// writes it from the composed supergraph): a query that no longer validates fails the build.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};
export default config;
