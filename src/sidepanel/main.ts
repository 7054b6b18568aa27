import browser from 'webextension-polyfill';
import '../ui/styles.css';
import { applyTheme, loadSettings } from '../shared/settings.ts';
import { startApp } from '../ui/app.ts';
import { BrowserBackend, SelectionBackend } from '../ui/backend.ts';

// The side panel follows the active tab of its window (unless the options say not to, or it was opened
// for one tab with ?tabId=N): tab switches, loads and single-page-app history changes.
const settings = await loadSettings(browser.storage.sync);
applyTheme(document.documentElement, settings.theme);
const params = new URLSearchParams(location.search);
const app = startApp({
  root: document.getElementById('app')!,
  backend: params.has('selection') ? new SelectionBackend() : new BrowserBackend(),
  offerSidePanel: false,
  initialLength: settings.defaultLength,
});
const pinned = params.has('tabId');

if (!pinned && settings.followTabs) {
  const windowId = (await browser.windows.getCurrent()).id;
  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) app.follow(info.tabId);
  });
  // "complete" after a load, and a title or URL change after a pushState (when the tab can be read).
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.status !== 'complete' && change.url === undefined) return;
    const [active] = await browser.tabs.query({ active: true, windowId });
    if (active?.id === tabId) app.follow(tabId);
  });
}
