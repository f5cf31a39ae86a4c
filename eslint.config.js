// @ts-check
const tseslint = require('typescript-eslint');

const SERVICES = ['organizations', 'campaigns', 'nominations', 'voting', 'reporting'];

module.exports = tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'coverage/**', '*.config.js', 'web/src/gql/**'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Off: with emitDecoratorMetadata, classes used only in decorated signatures (inputs,
      // services) are needed at runtime, and `import type` would erase them.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  // Module boundaries (as @nx/enforce-module-boundaries would): services talk through the
  // supergraph and events, never through each other's code; libs never import services.
  ...SERVICES.map((service) => ({
    files: [`services/${service}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: SERVICES.filter((s) => s !== service).map((s) => `@laurel/${s}`),
              message: 'A service must not import another service.',
            },
            {
              group: ['../../*/src/*', '../../../services/*'],
              message: 'Import shared code through its lib.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: SERVICES.map((s) => `@laurel/${s}`).concat('@laurel/gateway'),
              message: 'Libs must not depend on services.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/__tests__/**/*.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
