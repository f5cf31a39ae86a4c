import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { graphqlDocuments } from './scripts/graphql-documents';

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  test: {
    environment: 'jsdom',
    include: ['src/**/__tests__/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
