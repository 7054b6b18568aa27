import browser from 'webextension-polyfill';
import { POPUP_PATH } from '../shared/pages.ts';

// Chrome: the action has no popup of its own, so a click reaches the worker first. The worker starts
// reading the page, then opens the popup, which takes the browser a few hundred milliseconds: the
// reading is done, or nearly, when the popup asks for it. Firefox keeps the manifest's popup (its
// openPopup needs the click's own call stack), and this listener never fires there.

export function onToolbarClick(start: (tab: browser.Tabs.Tab) => void): void {
  browser.action.onClicked.addListener((tab) => {
    start(tab);
    void openPopup(tab.windowId);
  });
}

async function openPopup(windowId: number | undefined): Promise<void> {
  // openPopup shows the action's popup, so there must be one while it opens; without one, the next
  // click comes here again.
  await browser.action.setPopup({ popup: POPUP_PATH });
  try {
    await browser.action.openPopup(windowId === undefined ? {} : { windowId });
    await browser.action.setPopup({ popup: '' });
  } catch (error) {
    // The popup stays set, so the next click opens it the browser's own way.
    console.warn('Nutgraf: could not open the popup from the click', error);
  }
}
