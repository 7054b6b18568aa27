import browser from 'webextension-polyfill';
import { POPUP_PATH } from '../shared/pages.ts';

// Chrome: the action has no popup of its own, so a click reaches the worker first. The worker starts
// reading the page, then opens the popup, which takes the browser a few hundred milliseconds: the
// reading is done, or nearly, when the popup asks for it. Firefox keeps the manifest's popup (its
// openPopup needs the click's own call stack), and this listener never fires there.

const canOpenPopup = () => typeof browser.action.openPopup === 'function';

export function onToolbarClick(start: (tab: browser.Tabs.Tab) => void): void {
  browser.action.onClicked.addListener((tab) => {
    start(tab);
    if (canOpenPopup()) void openPopup(tab.windowId);
    else void browser.action.setPopup({ popup: POPUP_PATH }); // this click is lost; the next ones open it
  });
  // A popup left set (a worker stopped half-way) keeps clicks from coming here: clear it when the
  // browser starts or the extension is installed or updated, unless the manifest names one.
  const reset = () => {
    if (browser.runtime.getManifest().action?.default_popup) return;
    void browser.action.setPopup({ popup: canOpenPopup() ? '' : POPUP_PATH });
  };
  browser.runtime.onStartup.addListener(reset);
  browser.runtime.onInstalled.addListener(reset);
}

async function openPopup(windowId: number | undefined): Promise<void> {
  // openPopup shows the action's popup, so there must be one while it opens.
  await browser.action.setPopup({ popup: POPUP_PATH });
  try {
    await showPopup(windowId);
  } catch (error) {
    // Also when the popup did open and was closed before it loaded (seen here: "Failed to open popup."
    // for a popup closed at once), so this is no reason to give up on the next click.
    console.warn('Nutgraf: the popup opened from the click did not load', error);
  } finally {
    await browser.action.setPopup({ popup: '' });
  }
}

async function showPopup(windowId: number | undefined): Promise<void> {
  if (windowId === undefined) return browser.action.openPopup({});
  try {
    await browser.action.openPopup({ windowId });
  } catch (error) {
    // "Cannot show popup for an inactive window": seen when a click follows a popup's closing at once,
    // which leaves no window focused. The click came from this window, so focusing it is what the reader
    // asked for. Any other failure in a focused window is a popup the reader closed: no second one.
    const inactive = /inactive window/i.test(String(error));
    if (!inactive && (await browser.windows.get(windowId)).focused) throw error;
    await browser.windows.update(windowId, { focused: true });
    await browser.action.openPopup({ windowId });
  }
}
