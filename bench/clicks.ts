import { resolve } from 'node:path';
import {
  clickToolbar,
  type ExtensionBrowser,
  launch,
  type PopupHandle,
  ROOT,
  type Site,
  serve,
} from '../scripts/chromium.ts';

// What the browser benchmarks share: the pages they click on and the clock from click to answer.

export const CORPUS = resolve(ROOT, '../shared/corpus/readability');
export const PAGES = [
  'bbc-1',
  'cnn',
  'nytimes-1',
  'nytimes-2',
  'nytimes-5',
  'wapo-1',
  'telegraph',
  'guardian-1',
  'yahoo-2',
  'herald-sun-1',
  'buzzfeed-1',
  'breitbart',
  'salon-1',
  'cnet',
  'ars-1',
  'engadget',
  'theverge',
  'msn',
  'citylab-1',
  'quanta-1',
];

/** Milliseconds from the click to the popup's "ready" mark, on the wall clock both sides share. */
export async function clickToReady(
  eb: ExtensionBrowser,
  url: string,
): Promise<{ ms: number; popup: PopupHandle; skeleton: number }> {
  const clicked = Date.now();
  const popup = await clickToolbar(eb, url);
  await popup.waitFor(
    `performance.getEntriesByName('nutgraf:ready').length > 0 || performance.getEntriesByName('nutgraf:error').length > 0`,
    20_000,
  );
  const at = await popup.evaluate<number>(
    `(() => { const m = performance.getEntriesByName('nutgraf:ready')[0] ?? performance.getEntriesByName('nutgraf:error')[0]; return performance.timeOrigin + m.startTime; })()`,
  );
  const skeleton = await popup.evaluate<number>(
    `performance.getEntriesByName('nutgraf:skeleton')[0]?.startTime ?? -1`,
  );
  return { ms: at - clicked, popup, skeleton };
}

/** The corpus pages served on 127.0.0.1 and a browser with the extension (and any `alongside`) loaded. */
export async function openCorpus(
  dist: string,
  alongside: string[] = [],
): Promise<{ site: Site; eb: ExtensionBrowser }> {
  const site = await serve(
    Object.fromEntries(PAGES.map((p) => [`/${p}`, resolve(CORPUS, p, 'source.html')])),
  );
  const eb = await launch({ dist, alongside });
  // Pages are copies of real sites: keep their third-party requests off the (closed) network.
  await eb.context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) =>
    route.request().url().startsWith('chrome') ? route.continue() : route.abort(),
  );
  return { site, eb };
}
