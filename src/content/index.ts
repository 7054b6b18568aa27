import { toErrorInfo } from '../core/types.ts';
import { extractArticle } from '../extract/extract.ts';

// Injected on demand (activeTab + scripting) as one classic script. It defines a function the worker
// calls with a second executeScript; it reads a clone of the page and trusts no page globals.

declare global {
  var __nutgrafExtract: ((anyway: boolean) => unknown) | undefined;
}

globalThis.__nutgrafExtract = (anyway: boolean) => {
  try {
    const clone = document.cloneNode(true) as Document;
    return { ok: true, value: extractArticle(clone, { url: location.href, force: anyway }) };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) };
  }
};
