import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { nodeBundle } from './node-bundle.ts';

// The command-line tool, bundled (bin/nutgraf.mjs builds it on first use and runs it).
export default defineConfig(
  nodeBundle(
    resolve(import.meta.dirname, '../src/cli/main.ts'),
    resolve(import.meta.dirname, '../node_modules/.cache/nutgraf-cli'),
    'nutgraf.mjs',
  ),
);
