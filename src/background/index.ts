import browser from 'webextension-polyfill';
import { parseMessage } from '../shared/protocol.ts';
import { summarizeTab, type WorkerDeps } from './summarize-tab.ts';

// Service worker entry: listeners at the top level (the worker restarts on each event); state lives in
// storage.session, which survives worker restarts but not the browser session.

const deps: WorkerDeps = {
  async tabUrl(tabId) {
    return (await browser.tabs.get(tabId)).url;
  },
  async runExtractor(tabId, anyway) {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: (force: boolean) => globalThis.__nutgrafExtract?.(force),
      args: [anyway],
    });
    return frame?.result;
  },
  async cacheGet(key) {
    return (await browser.storage.session.get(key))[key];
  },
  async cacheSet(key, value) {
    await browser.storage.session.set({ [key]: value });
  },
};

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  // Only the extension's own pages (popup, side panel, options) may ask; content scripts and other
  // extensions carry a different id or a web page URL.
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL(''))) {
    console.warn('Nutgraf: refused a message from outside the extension pages', sender.url);
    return undefined;
  }
  const parsed = parseMessage(raw);
  if ('refused' in parsed) {
    console.warn(`Nutgraf: refused message: ${parsed.refused}`);
    return undefined;
  }
  const { message } = parsed;
  switch (message.type) {
    case 'summarize':
      return summarizeTab(deps, message.payload);
  }
});

// A cached summary belongs to one page: drop it when the tab goes or leaves that page.
browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(`tab:${tabId}`);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url !== undefined) void browser.storage.session.remove(`tab:${tabId}`);
});

// Chrome only: let the action open the popup (the default) and the side panel stay on its own menu.
const chromeSidePanel = (
  globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }
).chrome?.sidePanel;
void chromeSidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
