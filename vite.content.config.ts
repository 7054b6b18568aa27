import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The content script: one classic IIFE with no imports, as executeScript({files}) requires.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'dist/chrome'),
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'src/content/index.ts'),
      formats: ['iife'],
      name: 'nutgrafContent',
      fileName: () => 'content.js',
    },
  },
});
