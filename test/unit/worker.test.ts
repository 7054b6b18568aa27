import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeTab, type WorkerDeps } from '../../src/background/summarize-tab.ts';
import { fromHtml } from '../../src/cli/load.ts';
import { unsupportedReason } from '../../src/shared/pages.ts';
import { MARKER, type PageResult, parseMessage, request } from '../../src/shared/protocol.ts';

// The worker's logic over in-memory storage and a content script that runs the real extractor on
// the fixture page (the browser APIs are the only thing replaced here; e2e covers them for real).

const html = readFileSync(resolve(import.meta.dirname, '../fixtures/kim-xi-summit.html'), 'utf8');
const URL_A = 'https://dailymeridian.example/world/kim-xi-summit';

function fakeDeps(url: string | undefined, extractor: () => unknown) {
  const store = new Map<string, unknown>();
  let injections = 0;
  const deps: WorkerDeps = {
    tabUrl: async () => url,
    runExtractor: async () => {
      injections++;
      return extractor();
    },
    cacheGet: async (key) => store.get(key),
    cacheSet: async (key, value: PageResult) => void store.set(key, value),
  };
  return { deps, store, injections: () => injections };
}

const realExtractor = () => ({ ok: true, value: fromHtml(html, URL_A) });

describe('summarizeTab', () => {
  it('summarizes the tab, ranks eight facts for every length, and caches by tab and URL', async () => {
    const fake = fakeDeps(URL_A, realExtractor);
    const first = await summarizeTab(fake.deps, { tabId: 7 });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.summary.ranked).toHaveLength(8);
    expect(first.value.url).toBe(URL_A);
    expect(fake.store.has('tab:7')).toBe(true);
    await summarizeTab(fake.deps, { tabId: 7 });
    expect(fake.injections()).toBe(1);
    await summarizeTab(fake.deps, { tabId: 7, force: true });
    expect(fake.injections()).toBe(2);
  });

  it('still answers with the summary when the cache cannot keep it (storage quota)', async () => {
    const fake = fakeDeps(URL_A, realExtractor);
    fake.deps.cacheSet = async () => {
      throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    };
    const result = await summarizeTab(fake.deps, { tabId: 8 });
    expect(result.ok).toBe(true);
  });

  it('answers without waiting for the cache, and summarizes when the cache cannot be read', async () => {
    const fake = fakeDeps(URL_A, realExtractor);
    fake.deps.cacheSet = () => new Promise(() => {}); // a copy that never completes
    fake.deps.cacheGet = async () => {
      throw new Error('storage unavailable');
    };
    const result = await summarizeTab(fake.deps, { tabId: 9 });
    expect(result.ok).toBe(true);
  });

  it('refuses browser pages without injecting anything', async () => {
    const fake = fakeDeps('chrome://settings', realExtractor);
    const result = await summarizeTab(fake.deps, { tabId: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-page' } });
    expect(fake.injections()).toBe(0);
  });

  it('turns a scripting refusal into needs-permission', async () => {
    const fake = fakeDeps(undefined, () => {
      throw new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      );
    });
    expect(await summarizeTab(fake.deps, { tabId: 2 })).toMatchObject({
      ok: false,
      error: { code: 'needs-permission' },
    });
  });

  it('passes the content script’s typed error through', async () => {
    const fake = fakeDeps(URL_A, () => ({
      ok: false,
      error: { code: 'not-article', message: 'Not an article.' },
    }));
    expect(await summarizeTab(fake.deps, { tabId: 3 })).toEqual({
      ok: false,
      error: { code: 'not-article', message: 'Not an article.' },
    });
  });

  it('does not serve a cached summary of another page in the same tab', async () => {
    const fake = fakeDeps(URL_A, realExtractor);
    await summarizeTab(fake.deps, { tabId: 4 });
    const moved = { ...fake.deps, tabUrl: async () => 'https://dailymeridian.example/other' };
    await summarizeTab(moved, { tabId: 4 });
    expect(fake.injections()).toBe(2);
  });
});

describe('a tab that navigates mid-summary', () => {
  it('gives a typed error and caches nothing', async () => {
    let calls = 0;
    const fake = fakeDeps(URL_A, realExtractor);
    const moving = {
      ...fake.deps,
      tabUrl: async () => (calls++ === 0 ? URL_A : 'https://dailymeridian.example/next'),
    };
    const result = await summarizeTab(moving, { tabId: 9 });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(fake.store.has('tab:9')).toBe(false);
  });
});

describe('the address the popup saw', () => {
  function counting(urls: string[]) {
    const fake = fakeDeps(URL_A, realExtractor);
    let lookups = 0;
    fake.deps.tabUrl = async () => urls[Math.min(lookups++, urls.length - 1)];
    return { ...fake, lookups: () => lookups };
  }

  it('spares the lookup before reading; the one after reading still checks the tab', async () => {
    const fake = counting([URL_A]);
    expect(await summarizeTab(fake.deps, { tabId: 11, url: URL_A })).toMatchObject({ ok: true });
    expect(fake.lookups()).toBe(1);
    expect(await summarizeTab(fake.deps, { tabId: 11, url: URL_A })).toMatchObject({ ok: true });
    expect(fake.lookups()).toBe(1); // from the cache: nothing asked of the browser
    expect(fake.injections()).toBe(1);
  });

  it('cannot make a stale address pass: the tab that moved on gets a typed error and nothing cached', async () => {
    const fake = counting(['https://dailymeridian.example/next']);
    const result = await summarizeTab(fake.deps, { tabId: 12, url: URL_A });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(fake.store.has('tab:12')).toBe(false);
  });

  it('refuses a browser page by its address without a lookup or an injection', async () => {
    const fake = counting([URL_A]);
    const result = await summarizeTab(fake.deps, { tabId: 13, url: 'chrome://settings' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-page' } });
    expect([fake.lookups(), fake.injections()]).toEqual([0, 0]);
  });
});

describe('message protocol', () => {
  it('accepts a well-formed request', () => {
    expect(parseMessage(request('summarize', { tabId: 5, force: true }))).toEqual({
      message: request('summarize', { tabId: 5, force: true }),
    });
    const withUrl = request('summarize', { tabId: 5, url: URL_A });
    expect(parseMessage(withUrl)).toEqual({ message: withUrl });
  });

  it.each([
    [null, 'not a Nutgraf message'],
    [{ type: 'summarize', payload: { tabId: 1 } }, 'not a Nutgraf message'],
    [{ marker: MARKER, type: 'eval', payload: {} }, 'unknown type eval'],
    [{ marker: MARKER, type: 'toString', payload: {} }, 'unknown type toString'],
    [{ marker: MARKER, type: 'summarize', payload: { tabId: '5' } }, 'malformed payload for summarize'],
    [{ marker: MARKER, type: 'summarize', payload: { tabId: -1 } }, 'malformed payload for summarize'],
    [
      { marker: MARKER, type: 'summarize', payload: { tabId: 1, force: 'yes' } },
      'malformed payload for summarize',
    ],
    [{ marker: MARKER, type: 'summarize', payload: { tabId: 1, url: 7 } }, 'malformed payload for summarize'],
    [
      { marker: MARKER, type: 'summarize', payload: { tabId: 1, url: 'not an address' } },
      'malformed payload for summarize',
    ],
  ])('refuses %j', (raw, reason) => {
    expect(parseMessage(raw)).toEqual({ refused: reason });
  });
});

describe('unsupported pages', () => {
  it.each([
    'chrome://extensions',
    'about:blank',
    'edge://settings',
    'view-source:https://a.example',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://a.example/paper.pdf',
    'chrome-extension://abc/popup.html',
  ])('%s has a reason', (url) => expect(unsupportedReason(url)).toEqual(expect.any(String)));
  it.each(['https://www.reuters.com/world/', 'http://127.0.0.1:8080/a', 'file:///tmp/a.html'])(
    '%s may be read',
    (url) => {
      expect(unsupportedReason(url)).toBeNull();
    },
  );
});
