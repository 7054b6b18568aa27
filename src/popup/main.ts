import browser from 'webextension-polyfill';
import '../ui/styles.css';
import { applyTheme, loadSettings } from '../shared/settings.ts';
import { startApp } from '../ui/app.ts';
import { BrowserBackend } from '../ui/backend.ts';

// The skeleton first; the options (length, theme) arrive a few milliseconds later.
const app = startApp({
  root: document.getElementById('app')!,
  backend: new BrowserBackend(),
  surface: 'popup',
});
void loadSettings(browser.storage.sync).then((settings) => {
  applyTheme(document.documentElement, settings.theme);
  app.setLength(settings.defaultLength);
});
