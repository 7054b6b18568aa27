import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ACTIVE_TAB_ID, DIST, type ExtensionBrowser, ROOT, stopWorker } from '../scripts/chromium.ts';
import { POPUP_PATH } from '../src/shared/pages.ts';
import { CORPUS, clickToReady, openCorpus, PAGES } from './clicks.ts';
import { quantile } from './stages.ts';

// npm run bench:browser: real toolbar clicks on 20 corpus pages served on 127.0.0.1, from the click to
// the facts being visible in the popup, with a cold worker (stopped through CDP) and a warm one; the
// same floor for a popup that does nothing; the side panel; the extraction time inside the page; and
// Readability's own parse there, cold and warm.

/**
 * A copy of the extension whose popup does nothing but mark when it is shown: the floor. The browser
 * opens it itself, as the manifest's popup (Nutgraf's worker opens its own from the click).
 */
function emptyPopupExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-empty-'));
  cpSync(DIST, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.action.default_popup = POPUP_PATH;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'popup/index.html'),
    '<!doctype html><meta charset="utf-8"><title>Empty</title><body>Empty<script src="empty.js"></script>',
  );
  writeFileSync(join(dir, 'popup/empty.js'), "performance.mark('nutgraf:ready');");
  return dir;
}

const READABILITY = readFileSync(resolve(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
const PARSES = 5;

/**
 * Readability's own parse in each page (its main world, the same engine): the first parse in a fresh
 * page, as the content script's always is, and the same parse warm (the fifth, each on a fresh clone).
 */
async function readabilityInPage(eb: ExtensionBrowser, url: (path: string) => string) {
  const cold: number[] = [];
  const warm: number[] = [];
  for (const name of PAGES) {
    const page = await eb.context.newPage();
    await page.goto(url(`/${name}`), { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: READABILITY });
    // A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
    const times = await page.evaluate<number[]>(`(() => {
      const out = [];
      for (let i = 0; i < ${PARSES}; i++) {
        const clone = document.cloneNode(true);
        const t0 = performance.now();
        new Readability(clone, { serializer: (el) => el, keepClasses: false }).parse();
        out.push(performance.now() - t0);
      }
      return out;
    })()`);
    cold.push(times[0]!);
    warm.push(times[PARSES - 1]!);
    await page.close();
  }
  return { cold, warm };
}

async function run(dist: string, label: string, withPanel: boolean) {
  const { site, eb } = await openCorpus(dist);
  const helper = await eb.context.newPage();
  await helper.goto(`chrome-extension://${eb.extensionId}/popup/index.html?tabId=999999`);
  const session = await eb.context.newCDPSession(helper);
  await session.send('ServiceWorker.enable');
  const cold: number[] = [];
  const warm: number[] = [];
  const panel: number[] = [];
  const inPage: number[] = [];
  const skeletons: number[] = [];
  for (const name of PAGES) {
    const url = site.url(`/${name}`);
    const page = await eb.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await stopWorker(eb, session);
    const first = await clickToReady(eb, url);
    cold.push(first.ms);
    await first.popup.close();
    await page.bringToFront();
    await page.reload({ waitUntil: 'domcontentloaded' }); // a new page load: nothing cached, worker warm
    const again = await clickToReady(eb, url);
    warm.push(again.ms);
    if (again.skeleton >= 0) skeletons.push(again.skeleton);
    if (withPanel) {
      const tabId = await again.popup.evaluate<number>(ACTIVE_TAB_ID);
      const timings = await again.popup.evaluate<{ pageMs?: number } | undefined>(
        `chrome.storage.session.get('tab:${tabId}').then((r) => r['tab:${tabId}']?.timings)`,
      );
      if (timings?.pageMs !== undefined) inPage.push(timings.pageMs);
      const side = await eb.context.newPage();
      await side.goto(`chrome-extension://${eb.extensionId}/sidepanel/index.html?tabId=${tabId}`);
      await side.waitForFunction(() => performance.getEntriesByName('nutgraf:ready').length > 0, undefined, {
        timeout: 20_000,
      });
      panel.push(await side.evaluate(() => performance.getEntriesByName('nutgraf:ready')[0]!.startTime));
      await side.close();
    }
    await again.popup.close();
    await page.close();
  }
  const readability = withPanel ? await readabilityInPage(eb, (path) => site.url(path)) : undefined;
  await eb.close();
  await site.close();
  const stats = (xs: number[]) => ({
    median: Math.round(quantile(xs, 0.5)),
    p95: Math.round(quantile(xs, 0.95)),
    n: xs.length,
  });
  const result = {
    label,
    cold: stats(cold),
    warm: stats(warm),
    firstPaint: stats(skeletons),
    ...(withPanel ? { sidePanel: stats(panel), extractionInPage: stats(inPage) } : {}),
    ...(readability
      ? { readabilityInPage: { cold: stats(readability.cold), warm: stats(readability.warm) } }
      : {}),
  };
  console.log(JSON.stringify(result));
  return result;
}

if (!existsSync(CORPUS)) {
  console.error('bench:browser needs ../shared/corpus/readability');
  process.exit(2);
}
const empty = await run(emptyPopupExtension(), 'empty popup (floor)', false);
const real = await run(DIST, 'nutgraf popup', true);
const targets = {
  warm: `${real.warm.median} ms vs floor ${empty.warm.median} + 50 = ${empty.warm.median + 50} ms: ${real.warm.median <= empty.warm.median + 50 ? 'met' : 'NOT met'}`,
  cold: `${real.cold.median} ms vs floor ${empty.cold.median} + 250 = ${empty.cold.median + 250} ms: ${real.cold.median <= empty.cold.median + 250 ? 'met' : 'NOT met'}`,
};
console.log('click to facts visible, median:', targets);
mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  resolve(ROOT, 'bench/results/browser.json'),
  `${JSON.stringify({ pages: PAGES, empty, real, targets }, null, 2)}\n`,
);
console.log('wrote bench/results/browser.json');
