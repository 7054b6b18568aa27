import browser from 'webextension-polyfill';
import { articleFromText } from '../core/plain-text.ts';
import { toErrorInfo } from '../core/types.ts';
import { cacheKey } from '../shared/protocol.ts';
import { chromeSidePanel, firefoxSidebar } from '../shared/side-panel.ts';
import { pageResultOf } from './page-result.ts';

// "Summarize this page" and "Summarize selection" in the context menu, shown in the side panel, which
// is opened in the click's handler (a user gesture). The click also grants activeTab on the tab.

const PAGE_ITEM = 'nutgraf-page';
const SELECTION_ITEM = 'nutgraf-selection';

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: PAGE_ITEM,
        title: browser.i18n.getMessage('menuPage'),
        contexts: ['page'],
      });
      browser.contextMenus.create({
        id: SELECTION_ITEM,
        title: browser.i18n.getMessage('menuSelection'),
        contexts: ['selection'],
      });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined || (info.menuItemId !== PAGE_ITEM && info.menuItemId !== SELECTION_ITEM))
      return;
    const tabId = tab.id;
    const selection = info.menuItemId === SELECTION_ITEM ? (info.selectionText ?? '') : '';
    openPanel(tabId, tab.windowId, selection ? 'selection' : 'page');
    if (selection) void storeSelectionSummary(tabId, tab.url ?? '', tab.title ?? '', selection);
  });
}

/** Opens the panel for this tab at once (the gesture does not survive an await). */
function openPanel(tabId: number, windowId: number | undefined, mode: 'page' | 'selection'): void {
  const path = `sidepanel/index.html?tabId=${tabId}${mode === 'selection' ? '&selection=1' : ''}`;
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    void sidePanel.setOptions({ tabId, path, enabled: true });
    void sidePanel.open({ tabId, ...(windowId === undefined ? {} : { windowId }) });
    return;
  }
  const sidebar = firefoxSidebar();
  void sidebar?.setPanel({ tabId, panel: `/${path}` });
  void sidebar?.open();
}

async function storeSelectionSummary(tabId: number, url: string, title: string, text: string): Promise<void> {
  const key = `${cacheKey(tabId)}:selection`;
  try {
    const article = { ...articleFromText(text, `Selection from ${title || url}`), url };
    const value = pageResultOf(tabId, url, article, { extractMs: 0 });
    await browser.storage.session.set({ [key]: { ok: true, value } });
  } catch (error) {
    await browser.storage.session.set({ [key]: { ok: false, error: toErrorInfo(error) } });
  }
}
