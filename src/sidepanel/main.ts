import browser from 'webextension-polyfill';
import '../ui/styles.css';
import { applyTheme, loadSettings } from '../shared/settings.ts';
import { startApp } from '../ui/app.ts';
import { BrowserBackend, SelectionBackend } from '../ui/backend.ts';

// The side panel follows the active tab of its window (unless the options say not to, or it was opened
// for one tab with ?tabId=N): tab switches, loads and single-page-app history changes. Listeners are
// registered before any await, so no switch made while the panel starts is missed.
const params = new URLSearchParams(location.search);
const app = startApp({
  root: document.getElementById('app')!,
  backend: params.has('selection') ? new SelectionBackend() : new BrowserBackend(),
  surface: 'panel',
});
const settings = loadSettings(browser.storage.sync);
const windowId = browser.windows.getCurrent().then((w) => w.id);
const following = async (tabWindowId: number | undefined) =>
  !params.has('tabId') &&
  (await settings).followTabs &&
  (tabWindowId === undefined || tabWindowId === (await windowId));

browser.tabs.onActivated.addListener(async (info) => {
  if (await following(info.windowId)) app.follow(info.tabId);
});
// "complete" after a load, and a URL change after a pushState (when the tab can be read).
browser.tabs.onUpdated.addListener(async (tabId, change, tab) => {
  if (change.status !== 'complete' && change.url === undefined) return;
  if (tab.active && (await following(tab.windowId))) app.follow(tabId);
});

void settings.then((s) => {
  applyTheme(document.documentElement, s.theme);
  app.setLength(s.defaultLength);
});
