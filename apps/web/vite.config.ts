import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server (apps/server) serves the built dist/ in production; in development the
// Vite dev server forwards the API to it so cookies stay same-origin.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the server names the chunks of the first page in its answer (modulepreload).
    manifest: true,
    // antd's shared chunk is large by nature; the login page budget is checked by hand (see report).
    chunkSizeWarningLimit: 900,
  },
});
