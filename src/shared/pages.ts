// Which pages an extension may read: browser-internal pages, the extension stores, view-source: and
// the PDF viewer are closed to content scripts in every browser.

const CLOSED_SCHEMES =
  /^(chrome|chrome-extension|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|blob|javascript):/i;
const STORES =
  /^https?:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i;

/** The toolbar popup: Firefox's manifest names it; Chrome's worker opens it from the click. */
export const POPUP_PATH = 'popup/index.html';

/** A reason the page cannot be summarized, or null when it may be. */
export function unsupportedReason(url: string | undefined): string | null {
  if (url === undefined) return null; // unknown until access is granted: try, and map the browser's answer
  if (CLOSED_SCHEMES.test(url))
    return 'Browser pages and other extensions’ pages cannot be read by extensions.';
  if (STORES.test(url)) return 'The browser’s extension store does not allow extensions to read its pages.';
  if (/\.pdf($|[?#])/i.test(url))
    return 'PDF files open in the browser’s viewer, which extensions cannot read.';
  if (!/^(https?|file):/i.test(url)) return 'Only web pages (http and https) can be summarized.';
  return null;
}
