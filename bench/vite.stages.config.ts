import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// bench/stages.ts bundled as the worker and content script ship (see bench/bundled.ts).
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../node_modules/.cache/nutgraf-bench'),
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: resolve(import.meta.dirname, 'stages.ts'), formats: ['es'], fileName: () => 'stages.mjs' },
    // The same Readability and DOM as the baseline's: only our code is bundled.
    rolldownOptions: { external: [/^node:/, 'linkedom', '@mozilla/readability'] },
  },
});
