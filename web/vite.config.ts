import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './scripts/graphql-documents';

// The development server proxies the gateway's own routes, so the app runs at the same origin
// as in production (`npm start` serves web/dist from the gateway).
const gateway = process.env.LAUREL_GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: gateway, ws: true, changeOrigin: false },
      '/auth/': gateway,
      '/exports/': gateway,
      '/imports/': gateway,
      '/healthz': gateway,
      '/readyz': gateway,
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
  },
});
