import browser from 'webextension-polyfill';
import { type ErrorInfo, NutgrafError } from '../core/types.ts';
import { isResult, type PageResult, type Result, request } from '../shared/protocol.ts';

// What the view needs from the extension. The popup and side panel use BrowserBackend; tests can render
// the view against any other implementation.

export interface Backend {
  /** The tab this surface shows: ?tabId=N when given (tests, "open in side panel"), else the active tab. */
  currentTabId(): Promise<number | undefined>;
  summarize(tabId: number, options?: { force?: boolean; anyway?: boolean }): Promise<Result<PageResult>>;
  openSidePanel?(tabId: number): Promise<void>;
}

const RETRY_DELAY_MS = 150;

export class BrowserBackend implements Backend {
  async currentTabId(): Promise<number | undefined> {
    const fromQuery = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);
    if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  }

  async summarize(
    tabId: number,
    options: { force?: boolean; anyway?: boolean } = {},
  ): Promise<Result<PageResult>> {
    const message = request('summarize', { tabId, ...options });
    // A worker that was just stopped may drop the first message: one retry wakes it.
    for (let attempt = 0; ; attempt++) {
      try {
        const answer: unknown = await browser.runtime.sendMessage(message);
        if (isResult(answer)) return answer;
        if (attempt > 0) return failure('internal', 'The extension answered with something unexpected.');
      } catch (error) {
        if (attempt > 0)
          return failure('internal', `The extension did not answer: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }

  async openSidePanel(tabId: number): Promise<void> {
    const chromeApi = (
      globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }
    ).chrome;
    if (chromeApi?.sidePanel) return chromeApi.sidePanel.open({ tabId });
    const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (sidebar) return sidebar.open();
    throw new NutgrafError('internal', 'This browser has no side panel.');
  }
}

const failure = (code: ErrorInfo['code'], message: string): Result<PageResult> => ({
  ok: false,
  error: { code, message },
});
