import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { findChrome, INSTALL_HINT } from './find-chrome';
// @ts-expect-error -- plain ESM script shared with `npm start`; typed by usage here.
import { serve } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

/** Serves the built app (dist/) once for all end-to-end files. `npm test` builds it first. */
export default async function setup(project: TestProject) {
  const chromePath = findChrome();
  if (!chromePath) throw new Error(INSTALL_HINT);
  // E2E_DIST lets a second checkout of the build (e.g. `vite build --outDir`) be tested in parallel.
  const dir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dir}/index.html`) || !existsSync(`${dir}/data/manifest.json`)) {
    throw new Error(
      `${dir}/ is missing or has no dataset: run \`npm run build\` before \`npm run test:e2e\`.`,
    );
  }
  const { server, url } = (await serve({ dir, port: 0, quiet: true })) as {
    server: Server;
    url: string;
  };
  project.provide('baseUrl', url);
  project.provide('chromePath', chromePath);
  return () => new Promise<void>((done) => server.close(() => done()));
}
