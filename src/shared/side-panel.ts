import browser from 'webextension-polyfill';

// Chrome's side panel and Firefox's sidebar, typed once: neither is in webextension-polyfill's types
// for both browsers. Each is undefined in the other browser.

export interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setOptions(options: { tabId: number; path: string; enabled: boolean }): Promise<void>;
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}

export interface FirefoxSidebar {
  open(): Promise<void>;
  setPanel(options: { tabId: number; panel: string }): Promise<void>;
}

export const chromeSidePanel = (): ChromeSidePanel | undefined =>
  (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;

export const firefoxSidebar = (): FirefoxSidebar | undefined =>
  (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
