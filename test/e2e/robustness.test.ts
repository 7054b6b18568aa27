import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVE_TAB_ID,
  clickToolbar,
  type ExtensionBrowser,
  launch,
  type Site,
  serve,
  stopWorker,
} from '../../scripts/chromium.ts';

// A dying worker, many tabs at once, a tab closed mid-summary, and a record of every request of every
// target while summarizing: the local engine sends nothing anywhere.

const paragraph = (topic: string, i: number) =>
  `<p>The ${topic} council voted on Tuesday to approve plan number ${i}, the mayor said. Officials said the plan would cost about ${i + 10} million euros and open in 2029, according to Reuters. Opponents argued the money should go to buses instead.</p>`;
const article = (topic: string, paragraphs = 12) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${topic} story</title></head><body><article><h1>${topic} story</h1>${Array.from({ length: paragraphs }, (_, i) => paragraph(topic, i)).join('')}</article></body></html>`;

const TOPICS = Array.from({ length: 20 }, (_, i) => `Topic${String.fromCharCode(65 + i)}`);
let eb: ExtensionBrowser;
let site: Site;
let session: CDPSession;
let plantedHits = 0;

beforeAll(async () => {
  const routes: Record<string, () => string> = {
    '/big': () => article('Big', 6000),
    '/planted': () => {
      plantedHits++;
      return 'planted';
    },
  };
  for (const topic of TOPICS) routes[`/${topic}`] = () => article(topic);
  site = await serve(routes);
  eb = await launch();
  const helper = await eb.context.newPage();
  await helper.goto(`chrome-extension://${eb.extensionId}/popup/index.html?tabId=999999`);
  session = await eb.context.newCDPSession(helper);
  await session.send('ServiceWorker.enable');
});
afterAll(async () => {
  await eb?.close();
  await site?.close();
});

/** Opens a page and grants activeTab on it with a real toolbar click; returns the tab id. */
async function grantedTab(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await eb.context.newPage();
  const url = site.url(path);
  await page.goto(url);
  const popup = await clickToolbar(eb, url);
  const tabId = await popup.evaluate<number>(ACTIVE_TAB_ID);
  await popup.close();
  return { page, tabId };
}

async function popupPage(tabId: number): Promise<Page> {
  const popup = await eb.context.newPage();
  await popup.goto(`chrome-extension://${eb.extensionId}/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('#app:not([data-state=loading])', { timeout: 30_000 });
  return popup;
}

describe('a dying worker', () => {
  it('keeps a shown summary across a worker restart (served from storage.session)', async () => {
    const { tabId } = await grantedTab(`/${TOPICS[0]}`);
    const first = await popupPage(tabId);
    const stamp = await first.evaluate(
      (key) => chrome.storage.session.get(key).then((r) => (r[key] as { extractedAt: number }).extractedAt),
      `tab:${tabId}`,
    );
    await stopWorker(eb, session);
    const again = await popupPage(tabId);
    expect(await again.getAttribute('#app', 'data-state')).toBe('ready');
    expect(await again.textContent('header h1')).toBe(`${TOPICS[0]} story`);
    const after = await again.evaluate(
      (key) => chrome.storage.session.get(key).then((r) => (r[key] as { extractedAt: number }).extractedAt),
      `tab:${tabId}`,
    );
    expect(after).toBe(stamp);
  });

  it('recovers when the worker is stopped while a summary is being made', async () => {
    const page = await eb.context.newPage();
    const url = site.url('/big');
    await page.goto(url);
    const popup = await clickToolbar(eb, url);
    await stopWorker(eb, session); // the popup's request is in flight (a 6,000-paragraph page takes a while)
    await popup.waitFor(`['ready', 'error'].includes(document.getElementById('app')?.dataset.state)`, 30_000);
    const state = await popup.evaluate<string>(`document.getElementById('app').dataset.state`);
    if (state !== 'ready') {
      // The retry woke a new worker; one more click (the user's Retry) must then succeed.
      await popup.evaluate(`document.querySelector('.message button')?.click()`);
      await popup.waitFor(`document.getElementById('app')?.dataset.state === 'ready'`, 30_000);
    }
    expect(await popup.evaluate<string>(`document.querySelector('header h1').textContent`)).toBe('Big story');
  });
});

describe('many tabs', () => {
  it('twenty tabs summarized at once each get their own page', async () => {
    const tabs = [];
    for (const topic of TOPICS) tabs.push({ topic, ...(await grantedTab(`/${topic}`)) });
    await Promise.all(tabs.map(({ tabId }) => eb.cdp.send('Target.getTargets').then(() => tabId)));
    const popups = await Promise.all(
      tabs.map(async ({ tabId }) => {
        const popup = await eb.context.newPage();
        await popup.goto(`chrome-extension://${eb.extensionId}/popup/index.html?tabId=${tabId}`);
        return popup;
      }),
    );
    const titles = await Promise.all(
      popups.map(async (popup) => {
        await popup.waitForSelector('#app[data-state=ready]', { timeout: 30_000 });
        return popup.textContent('header h1');
      }),
    );
    expect(titles).toEqual(TOPICS.map((t) => `${t} story`));
  });

  it('a tab closed mid-summary gives an error, not another tab’s summary', async () => {
    const { page, tabId } = await grantedTab('/big');
    const popup = await eb.context.newPage();
    const navigation = popup.goto(`chrome-extension://${eb.extensionId}/popup/index.html?tabId=${tabId}`);
    await page.close();
    await navigation;
    await popup.waitForSelector('#app:not([data-state=loading])', { timeout: 30_000 });
    const state = await popup.getAttribute('#app', 'data-state');
    if (state === 'ready')
      expect(await popup.textContent('header h1')).toBe('Big story'); // finished before the close
    else
      expect(await popup.textContent('.message')).toMatch(
        /closed|navigated|no longer|not answer|permission/i,
      );
  });
});

describe('navigation mid-summary', () => {
  it('never shows or caches one page’s summary for another', async () => {
    const { page, tabId } = await grantedTab('/big');
    const popup = await eb.context.newPage();
    const opening = popup.goto(`chrome-extension://${eb.extensionId}/popup/index.html?tabId=${tabId}`);
    await page.goto(site.url(`/${TOPICS[1]}`));
    await opening;
    await popup.waitForSelector('#app:not([data-state=loading])', { timeout: 30_000 });
    const state = await popup.getAttribute('#app', 'data-state');
    const cached = await popup.evaluate(
      (key) => chrome.storage.session.get(key).then((r) => r[key] as { url: string } | undefined),
      `tab:${tabId}`,
    );
    if (state === 'ready') {
      // Either page may be shown (activeTab survives a same-origin navigation), but its summary is its own.
      const title = await popup.textContent('header h1');
      const pageOf: Record<string, string> = {
        'Big story': site.url('/big'),
        [`${TOPICS[1]} story`]: site.url(`/${TOPICS[1]}`),
      };
      expect(Object.keys(pageOf)).toContain(title);
      expect(cached?.url).toBe(pageOf[title!]);
    } else {
      expect(await popup.textContent('.message')).toMatch(/changed|closed|navigated|access/i);
      if (cached) expect(cached.url).toBe(page.url());
    }
  });
});

describe('two windows', () => {
  it('a side panel follows its own window only', async () => {
    const { page: first } = await grantedTab(`/${TOPICS[2]}`);
    const panel = await eb.context.newPage();
    await panel.goto(`chrome-extension://${eb.extensionId}/sidepanel/index.html`);
    await first.bringToFront();
    await panel.waitForFunction(
      (t) => document.querySelector('header h1')?.textContent === t,
      `${TOPICS[2]} story`,
    );
    // A second window, opened from the page, showing another article.
    const [other] = await Promise.all([
      eb.context.waitForEvent('page'),
      first.evaluate(
        (u) => window.open(u, '_blank', 'popup,width=600,height=600'),
        site.url(`/${TOPICS[3]}`),
      ),
    ]);
    await other.waitForLoadState();
    await other.bringToFront();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await panel.textContent('header h1')).toBe(`${TOPICS[2]} story`);
  });
});

describe('privacy', () => {
  it('sends no request while summarizing, in any target, and the recorder catches a planted one', async () => {
    const requests: Array<{ target: string; url: string }> = [];
    const sessions = new Map<string, string>(); // sessionId -> target type
    let nextId = 1_000;
    eb.cdp.on('Target.receivedMessageFromTarget', (event) => {
      const msg = JSON.parse(event.message) as { method?: string; params?: { request?: { url: string } } };
      if (msg.method === 'Network.requestWillBeSent' && msg.params?.request) {
        requests.push({ target: sessions.get(event.sessionId) ?? '?', url: msg.params.request.url });
      }
    });
    const watch = async (sessionId: string, type: string, waiting: boolean) => {
      sessions.set(sessionId, type);
      const send = (method: string) =>
        eb.cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: nextId++, method, params: {} }),
        });
      await send('Network.enable');
      if (waiting) await send('Runtime.runIfWaitingForDebugger');
    };
    const attach = async (targetId: string, type: string) => {
      const { sessionId } = await eb.cdp.send('Target.attachToTarget', { targetId, flatten: false });
      await watch(sessionId, type, false);
    };
    // Every target there is, and every one created from now on (the popup, a restarted worker).
    eb.cdp.on('Target.targetCreated', ({ targetInfo }) => {
      if (['page', 'service_worker', 'iframe'].includes(targetInfo.type))
        void attach(targetInfo.targetId, targetInfo.type);
    });
    await eb.cdp.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = await eb.cdp.send('Target.getTargets');
    for (const t of targetInfos.filter((x) => ['page', 'service_worker'].includes(x.type)))
      await attach(t.targetId, t.type);
    // Pages (tabs and extension pages in tabs) are also recorded by Playwright from their first request.
    eb.context.on('request', (request) => void requests.push({ target: 'playwright', url: request.url() }));

    const page = await eb.context.newPage();
    const url = site.url(`/${TOPICS[5]}`);
    await page.goto(url);
    const popup = await clickToolbar(eb, url);
    await popup.waitFor(`document.getElementById('app')?.dataset.state === 'ready'`);
    // Plant a request in the worker and in the popup: the recorder must see both.
    const worker = [...sessions].find(([, type]) => type === 'service_worker')?.[0];
    expect(worker, 'the worker is watched').toBeDefined();
    const planted = site.url('/planted');
    await eb.cdp.send('Target.sendMessageToTarget', {
      sessionId: worker as string,
      message: JSON.stringify({
        id: nextId++,
        method: 'Runtime.evaluate',
        params: { expression: `fetch('${planted}?from=worker')` },
      }),
    });
    // The same popup and the side panel as pages in tabs (the real popup is a target Playwright does not
    // list, and its fetches did not reach the CDP recorder here: see the note in issue 6).
    const tabId = await popup.evaluate<number>(ACTIVE_TAB_ID);
    for (const surface of ['popup', 'sidepanel']) {
      const view = await eb.context.newPage();
      await view.goto(`chrome-extension://${eb.extensionId}/${surface}/index.html?tabId=${tabId}`);
      await view.waitForSelector('#app[data-state=ready]');
      await view.evaluate(
        (u) =>
          fetch(u).then(
            () => 1,
            () => 0,
          ),
        `${planted}?from=${surface}`,
      );
    }
    await new Promise((r) => setTimeout(r, 500));

    expect(requests.some((r) => r.url === `${planted}?from=worker` && r.target === 'service_worker')).toBe(
      true,
    );
    expect(requests.some((r) => r.url === `${planted}?from=popup`)).toBe(true);
    expect(requests.some((r) => r.url === `${planted}?from=sidepanel`)).toBe(true);
    expect(plantedHits, 'the planted requests reached the server').toBe(3);
    const others = requests.filter(
      (r) =>
        !r.url.startsWith(planted) &&
        !r.url.startsWith(`chrome-extension://${eb.extensionId}/`) &&
        r.url !== url,
    );
    expect(others).toEqual([]);
    console.log(
      `privacy: ${requests.length} requests recorded, ${others.length} not the test page's own or planted`,
    );
  });
});
