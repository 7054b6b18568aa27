import browser from 'webextension-polyfill';
import '../ui/styles.css';
import { applyTheme, loadSettings } from '../shared/settings.ts';
import { startApp } from '../ui/app.ts';
import { BrowserBackend } from '../ui/backend.ts';

const settings = await loadSettings(browser.storage.sync);
applyTheme(document.documentElement, settings.theme);
startApp({
  root: document.getElementById('app')!,
  backend: new BrowserBackend(),
  offerSidePanel: true,
  initialLength: settings.defaultLength,
});
