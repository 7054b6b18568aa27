#!/usr/bin/env node
// @ts-check
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// The nutgraf command-line tool (npm run -s summarize -- ...), run as vite bundles it: 1.1 s a call on
// the sample article instead of 1.6 under tsx (2.6 s through npm's tsx), and the code the extension ships. The bundle is built on first use and
// again whenever a source, the lock file or the build's config is newer than it.

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'node_modules/.cache/nutgraf-cli/nutgraf.mjs');
const INPUTS = ['src', 'package-lock.json', 'scripts/vite.cli.config.ts', 'scripts/node-bundle.ts'];

/**
 * Whether the file is older than any of the inputs (files or directory trees), or missing.
 * @param {string} file
 * @param {string[]} inputs
 */
export function isStale(file, inputs) {
  const built = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  return built === undefined || inputs.some((input) => newestChange(input) > built);
}

/**
 * @param {string} path
 * @returns {number}
 */
function newestChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** Builds into a directory of its own, then moves the file in: a CLI run at the same time never reads half a bundle. */
function build() {
  mkdirSync(dirname(BUNDLE), { recursive: true });
  const outDir = mkdtempSync(join(dirname(dirname(BUNDLE)), 'nutgraf-cli-build-'));
  try {
    const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
    const config = join(ROOT, 'scripts/vite.cli.config.ts');
    // The build's own output goes to stderr: stdout is the summaries (JSON lines with --json).
    execFileSync(process.execPath, [vite, 'build', '--config', config, '--outDir', outDir], {
      cwd: ROOT,
      stdio: ['ignore', 2, 2],
    });
    renameSync(join(outDir, 'nutgraf.mjs'), BUNDLE);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// Run, not imported (by the test of isStale); through npm's bin link, argv[1] is the link.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  if (
    isStale(
      BUNDLE,
      INPUTS.map((input) => join(ROOT, input)),
    )
  )
    build();
  await import(pathToFileURL(BUNDLE).href);
}
