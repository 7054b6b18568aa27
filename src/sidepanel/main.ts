import browser from 'webextension-polyfill';
import '../ui/styles.css';
import { startApp } from '../ui/app.ts';
import { BrowserBackend } from '../ui/backend.ts';

// The side panel follows the active tab of its window, unless it was opened for one tab (?tabId=N).
const backend = new BrowserBackend();
const app = startApp({ root: document.getElementById('app')!, backend, offerSidePanel: false });
const pinned = new URLSearchParams(location.search).has('tabId');

if (!pinned) {
  browser.tabs.onActivated.addListener(({ tabId }) => app.follow(tabId));
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.status !== 'complete') return;
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    if (active?.id === tabId) app.follow(tabId);
  });
}
