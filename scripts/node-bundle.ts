import type { UserConfig } from 'vite';

/**
 * Our code bundled for Node by vite, as the worker and content script ship it: one ES module, with the
 * DOM (linkedom) and Readability left to node_modules. Run from the sources under tsx instead, every
 * function the core creates per call goes through esbuild's keepNames helper, which no shipped bundle has.
 */
export function nodeBundle(entry: string, outDir: string, fileName: string): UserConfig {
  return {
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: { external: [/^node:/, 'linkedom', '@mozilla/readability'] },
    },
  };
}
