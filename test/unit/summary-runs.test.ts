import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkerDeps } from '../../src/background/summarize-tab.ts';
import { SummaryRuns } from '../../src/background/summary-runs.ts';
import { fromHtml } from '../../src/cli/load.ts';

// Readings of a tab, over a content script that answers only when told to: the requests that arrive
// while one is under way join it, and the ones that want something else start their own.

const URL_A = 'https://dailymeridian.example/world/kim-xi-summit';
const html = readFileSync(resolve(import.meta.dirname, '../fixtures/kim-xi-summit.html'), 'utf8');
const article = fromHtml(html, URL_A);

function pausedPage() {
  let readings = 0;
  const waiting: (() => void)[] = [];
  const deps: WorkerDeps = {
    tabUrl: async () => URL_A,
    runExtractor: () => {
      readings++;
      return new Promise((resolve) => waiting.push(() => resolve({ ok: true, value: article })));
    },
    cacheGet: async () => undefined,
    cacheSet: async () => {},
  };
  const answer = () => {
    for (const go of waiting.splice(0)) go();
  };
  return { deps, readings: () => readings, answer };
}

/** Lets the awaited hops before the extraction run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SummaryRuns', () => {
  it('the click starts the reading, and the popup’s request a moment later gets the same answer', async () => {
    const page = pausedPage();
    const runs = new SummaryRuns(page.deps);
    const fromClick = runs.summarize({ tabId: 1, url: URL_A });
    await settle();
    const fromPopup = runs.summarize({ tabId: 1, url: URL_A });
    const fromPanel = runs.summarize({ tabId: 1 });
    page.answer();
    const answers = await Promise.all([fromClick, fromPopup, fromPanel]);
    expect(page.readings()).toBe(1);
    expect(answers[0]).toMatchObject({ ok: true, value: { url: URL_A } });
    expect(answers[1]).toBe(answers[0]);
    expect(answers[2]).toBe(answers[0]);
  });

  it('a forced request, another address or another tab starts its own reading', async () => {
    const page = pausedPage();
    const runs = new SummaryRuns(page.deps);
    void runs.summarize({ tabId: 1, url: URL_A });
    void runs.summarize({ tabId: 1, url: URL_A, force: true });
    void runs.summarize({ tabId: 1, url: 'https://dailymeridian.example/other' });
    void runs.summarize({ tabId: 2, url: URL_A });
    await settle();
    expect(page.readings()).toBe(4);
    page.answer();
  });

  it('a finished reading is not joined: the next request reads again (or finds the cache)', async () => {
    const page = pausedPage();
    const runs = new SummaryRuns(page.deps);
    const first = runs.summarize({ tabId: 1, url: URL_A });
    await settle();
    page.answer();
    await first;
    void runs.summarize({ tabId: 1, url: URL_A });
    await settle();
    expect(page.readings()).toBe(2);
    page.answer();
  });

  it('a request that joined a reading refused for want of access reads again; the one that started it does not', async () => {
    let readings = 0;
    const deps: WorkerDeps = {
      tabUrl: async () => URL_A,
      // The first reading asks before the click's grant has landed; the next one finds it.
      runExtractor: async () => {
        if (readings++ === 0) throw new Error('Cannot access contents of the page.');
        return { ok: true, value: article };
      },
      cacheGet: async () => undefined,
      cacheSet: async () => {},
    };
    const runs = new SummaryRuns(deps);
    const fromClick = runs.summarize({ tabId: 1, url: URL_A });
    const fromPopup = runs.summarize({ tabId: 1, url: URL_A });
    expect(await fromClick).toMatchObject({ ok: false, error: { code: 'needs-permission' } });
    expect(await fromPopup).toMatchObject({ ok: true, value: { url: URL_A } });
    expect(readings).toBe(2);
  });
});
