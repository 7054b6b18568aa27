import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Main build: the popup, the side panel and the worker (an ES module that may share chunks).
export default defineConfig({
  root: resolve(import.meta.dirname, 'src'),
  base: './',
  publicDir: resolve(import.meta.dirname, 'public'),
  build: {
    outDir: resolve(import.meta.dirname, 'dist/chrome'),
    emptyOutDir: true,
    modulePreload: false,
    target: 'es2022',
    rolldownOptions: {
      input: {
        popup: resolve(import.meta.dirname, 'src/popup/index.html'),
        sidepanel: resolve(import.meta.dirname, 'src/sidepanel/index.html'),
        options: resolve(import.meta.dirname, 'src/options/index.html'),
        background: resolve(import.meta.dirname, 'src/background/index.ts'),
      },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
