import browser from 'webextension-polyfill';
import { highlightInPage } from '../content/highlight.ts';
import { toErrorInfo } from '../core/types.ts';
import { cacheKey, parseMessage, type RequestMap, type ResponseMap } from '../shared/protocol.ts';
import { chromeSidePanel, firefoxSidebar } from '../shared/side-panel.ts';
import { registerContextMenu } from './context-menu.ts';
import { SessionCache } from './session-cache.ts';
import type { WorkerDeps } from './summarize-tab.ts';
import { SummaryRuns } from './summary-runs.ts';
import { onToolbarClick } from './toolbar-click.ts';
import { stopWarmUp, warmUpOnce } from './warm-up.ts';

// Service worker entry: listeners at the top level (the worker restarts on each event); state lives in
// storage.session, which survives worker restarts but not the browser session.

const cache = new SessionCache(browser.storage.session);

const deps: WorkerDeps = {
  async tabUrl(tabId) {
    return (await browser.tabs.get(tabId)).url;
  },
  async runExtractor(tabId, anyway) {
    // One injection: the content script, then a one-line file that calls it (its value is the result),
    // instead of a second executeScript round trip to pass the flag.
    const injected = browser.scripting.executeScript({
      target: { tabId },
      files: ['content.js', anyway ? 'extract-anyway.js' : 'extract.js'],
    });
    warmUpOnce(); // while the page reads its article
    const [frame] = await injected;
    stopWarmUp();
    return frame?.result;
  },
  cacheGet: (key) => cache.get(key),
  cacheSet: (key, value) => cache.set(key, value),
};

const runs = new SummaryRuns(deps);

onToolbarClick((tab) => {
  if (tab.id !== undefined) void runs.summarize({ tabId: tab.id, ...(tab.url ? { url: tab.url } : {}) });
});

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
      return runs.summarize(message.payload);
    case 'highlight':
      return highlight(message.payload);
  }
});

async function highlight({ tabId, quote }: RequestMap['highlight']): Promise<ResponseMap['highlight']> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: highlightInPage,
      args: [quote],
    });
    const result = frame?.result as { ok: boolean; text: string } | undefined;
    if (!result?.ok)
      return { ok: false, error: { code: 'internal', message: 'That sentence is no longer on the page.' } };
    return { ok: true, value: { text: result.text } };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) };
  }
}

// A cached summary belongs to one load of one page: drop it when the tab goes, leaves the page or loads
// it again (a reload may bring new text: a live blog, an updated story).
browser.tabs.onRemoved.addListener((tabId) => {
  void cache.remove(cacheKey(tabId));
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url !== undefined || change.status === 'loading') void cache.remove(cacheKey(tabId));
});

registerContextMenu();

// The side-panel shortcut (a command is a user gesture, so the panel may open).
browser.commands?.onCommand.addListener((command, tab) => {
  if (command !== 'open-side-panel') return;
  const sidePanel = chromeSidePanel();
  if (sidePanel && tab?.windowId !== undefined) void sidePanel.open({ windowId: tab.windowId });
  else void firefoxSidebar()?.open();
});

// Chrome only: let the action open the popup (the default) and the side panel stay on its own menu.
void chromeSidePanel()
  ?.setPanelBehavior({ openPanelOnActionClick: false })
  .catch(() => {});
