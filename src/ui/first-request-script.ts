import { type FirstRequestApi, startFirstRequest } from './first-request.ts';

// A classic script of its own (built without imports), loaded async in the <head> of the popup and the
// side panel. Chrome's `chrome` and Firefox's `browser` both return promises for its two calls: no
// polyfill needed here. The side panel of a selection shows what the worker stored: nothing to ask.
const { browser, chrome } = globalThis as { browser?: FirstRequestApi; chrome?: FirstRequestApi };
const api = browser ?? chrome;
if (api && !new URLSearchParams(location.search).has('selection')) startFirstRequest(api, location.search);
