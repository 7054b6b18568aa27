import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The stages bundled by vite, as the worker and the content script ship. Run from the sources under tsx,
 * every function the core creates per call (its closures and callbacks) goes through esbuild's keepNames
 * helper (__name, a defineProperty), which no shipped bundle has: on a one-sentence article that was
 * about a third of the core's time (45 -> 32 us on three sentences), and most of what small pages cost.
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
