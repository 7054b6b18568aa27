import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The stages bundled by vite, as the worker and the content script ship (scripts/node-bundle.ts says why
 * not from the sources under tsx: on three sentences its keepNames helper took the core from 32 to 45 us).
 * Built in a child process, so the build's memory stays out of the scaling rows' peak.
 */
export async function bundledStages(): Promise<typeof import('./stages.ts')> {
  const root = resolve(import.meta.dirname, '..');
  execFileSync(
    process.execPath,
    [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/vite.stages.config.ts'],
    { cwd: root, stdio: 'inherit' },
  );
  return import(pathToFileURL(resolve(root, 'node_modules/.cache/nutgraf-bench/stages.mjs')).href);
}
