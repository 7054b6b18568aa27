import browser from 'webextension-polyfill';
import type { TextQuote } from '../content/highlight.ts';
import { type ErrorInfo, NutgrafError } from '../core/types.ts';
import {
  cacheKey,
  isHighlightResult,
  isResult,
  type Message,
  type PageResult,
  type Result,
  request,
} from '../shared/protocol.ts';
import { chromeSidePanel, firefoxSidebar } from '../shared/side-panel.ts';
import { type FirstRequest, tabIdParam, takeFirstRequest } from './first-request.ts';

// What the view needs from the extension. The popup and side panel use BrowserBackend; tests render the
// view against a fake (test/unit/view.test.ts).

export interface Backend {
  /** The tab this surface shows: ?tabId=N when given (tests, "open in side panel"), else the active tab. */
  currentTabId(): Promise<number | undefined>;
  summarize(tabId: number, options?: { force?: boolean; anyway?: boolean }): Promise<Result<PageResult>>;
  /** Scrolls the tab to a sentence and highlights it. */
  highlight(tabId: number, quote: TextQuote): Promise<Result<{ text: string }>>;
  /** Asks for host access (from a click), for the tab's site or all sites; resolves to whether granted. */
  requestAccess?(tabId: number, scope: 'site' | 'all'): Promise<boolean>;
  openSidePanel?(tabId: number): Promise<void>;
}

const RETRY_DELAY_MS = 150;
const ALL_SITES = ['http://*/*', 'https://*/*'];

export class BrowserBackend implements Backend {
  /** The address the query just gave (the click's activeTab grant shows it), for the summary asked next. */
  private queried: { tabId: number; url: string } | undefined;
  /** The request the page's first script already sent (first-request.ts), for the first summary. */
  private first: FirstRequest | undefined;

  async currentTabId(): Promise<number | undefined> {
    const first = await takeFirstRequest();
    if (first) {
      this.first = first;
      this.queried = first.url ? { tabId: first.tabId, url: first.url } : undefined;
      return first.tabId;
    }
    const fromParam = tabIdParam(location.search);
    if (fromParam !== undefined) return fromParam;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    this.queried = tab?.id !== undefined && tab.url ? { tabId: tab.id, url: tab.url } : undefined;
    return tab?.id;
  }

  async summarize(
    tabId: number,
    options: { force?: boolean; anyway?: boolean } = {},
  ): Promise<Result<PageResult>> {
    // Both used once: a later retry may find the tab elsewhere, and the worker then looks the address up.
    const { first, queried } = this;
    this.first = undefined;
    this.queried = undefined;
    if (first?.tabId === tabId && !options.force && !options.anyway) {
      const answer = await first.answer.catch(() => undefined);
      if (isResult(answer)) return answer;
    }
    const url = queried?.tabId === tabId ? queried.url : undefined;
    const answer = await send(request('summarize', { tabId, ...(url ? { url } : {}), ...options }), isResult);
    return answer ?? failure('internal', 'The extension did not answer. Try again.');
  }

  async highlight(tabId: number, quote: TextQuote): Promise<Result<{ text: string }>> {
    const answer = await send(request('highlight', { tabId, quote }), isHighlightResult);
    return answer ?? failure('internal', 'The page did not answer.');
  }

  async requestAccess(tabId: number, scope: 'site' | 'all'): Promise<boolean> {
    // The panel cannot see a tab's address without access; a summary made earlier in this tab knows it.
    const key = cacheKey(tabId);
    const cached = (await browser.storage.session.get(key))[key] as PageResult | undefined;
    const origin = cached?.url ? new URL(cached.url).origin : undefined;
    const origins = scope === 'site' && origin?.startsWith('http') ? [`${origin}/*`] : ALL_SITES;
    return browser.permissions.request({ origins });
  }

  async openSidePanel(tabId: number): Promise<void> {
    const sidePanel = chromeSidePanel();
    if (sidePanel) return sidePanel.open({ tabId });
    const sidebar = firefoxSidebar();
    if (sidebar) return sidebar.open();
    throw new NutgrafError('internal', 'This browser has no side panel.');
  }
}

/** The side panel opened by "Summarize selection": the worker stores the selection's summary. */
export class SelectionBackend extends BrowserBackend {
  override async summarize(tabId: number): Promise<Result<PageResult>> {
    const key = `${cacheKey(tabId)}:selection`;
    const stored = (await browser.storage.session.get(key))[key];
    if (isResult(stored)) return stored;
    // Storage is the broadcast channel: wait for the worker to write it.
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => done(failure('timeout', 'The selection took too long to summarize.')),
        10_000,
      );
      const listener = (changes: Record<string, browser.Storage.StorageChange>) => {
        const value = changes[key]?.newValue;
        if (isResult(value)) done(value);
      };
      const done = (result: Result<PageResult>) => {
        clearTimeout(timer);
        browser.storage.session.onChanged.removeListener(listener);
        resolve(result);
      };
      browser.storage.session.onChanged.addListener(listener);
    });
  }
}

/** Sends one message; a worker that was just stopped may drop the first one, so one retry wakes it. */
async function send<T>(message: Message, valid: (x: unknown) => x is T): Promise<T | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const answer: unknown = await browser.runtime.sendMessage(message);
      if (valid(answer)) return answer;
    } catch (error) {
      // After an update or reload this page belongs to the old version: load the new one.
      if (/context invalidated/i.test(String(error))) location.reload();
      // "Receiving end does not exist" while the worker restarts: the retry below wakes it.
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  }
  return undefined;
}

const failure = <T>(code: ErrorInfo['code'], message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});
