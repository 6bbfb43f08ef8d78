import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The app lives in src/web; the dataset is generated into public/data by `npm run data`.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks a route needs (the bundle budget test reads it).
    manifest: true,
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        // Cytoscape and its layout packages load only with /network; keeping them in two
        // chunks keeps each under the 500 kB budget and lets the browser fetch them in parallel.
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            {
              name: 'graph-layout',
              test: /node_modules[\\/](cytoscape-fcose|cose-base|layout-base)[\\/]/,
            },
            // The Traditional → Simplified converter loads only when a reader asks for 简体.
            { name: 'opencc', test: /node_modules[\\/]opencc-js[\\/]/ },
          ],
        },
      },
    },
  },
  // The data worker (src/web/lib/api/data-worker.ts) is a module worker, like the app.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    pool: 'threads',
    // Speed is measured by `npm run bench`, not by timeouts: a loaded 2-core CI machine can take
    // seconds over a component test that takes 300 ms at rest.
    testTimeout: 20_000,
  },
});
