import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { graphqlDocuments } from './codegen/documents-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));
// `npm run console:dev` proxies the API's paths to a running API (CONSOLE_API_URL, default :3000).
const api = process.env['CONSOLE_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [graphqlDocuments(fileURLToPath(new URL('src', import.meta.url))), react(), tailwindcss()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/console', import.meta.url)),
    emptyOutDir: true,
    // Everything is a file of its own: the Content-Security-Policy allows no inline script or style.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
    reportCompressedSize: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/downloads': api,
      '/records-import': api,
      '/media': api,
    },
  },
});
