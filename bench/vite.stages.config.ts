import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { nodeBundle } from '../scripts/node-bundle.ts';

// bench/stages.ts bundled as the worker and content script ship (see bench/bundled.ts); the same
// Readability and DOM as the baseline's: only our code is bundled.
export default defineConfig(
  nodeBundle(
    resolve(import.meta.dirname, 'stages.ts'),
    resolve(import.meta.dirname, '../node_modules/.cache/nutgraf-bench'),
    'stages.mjs',
  ),
);
