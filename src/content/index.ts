import { toErrorInfo } from '../core/types.ts';
import { checkSize, extractArticle } from '../extract/extract.ts';

// Injected on demand (activeTab + scripting) as one classic script. It defines a function the worker
// calls with a second executeScript; it reads a clone of the page and trusts no page globals.

declare global {
  var __nutgrafExtract: ((anyway: boolean) => unknown) | undefined;
}

globalThis.__nutgrafExtract = (anyway: boolean) => {
  try {
    const started = performance.now();
    checkSize(document); // on the live page, before a clone of something too large is made
    const clone = document.cloneNode(true) as Document;
    const value = extractArticle(clone, { url: location.href, force: anyway, sizeChecked: true });
    return { ok: true, value, pageMs: performance.now() - started };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) };
  }
};
