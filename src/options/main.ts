import browser from 'webextension-polyfill';
import '../ui/styles.css';
import { applyTheme, loadSettings, type Settings, saveSettings } from '../shared/settings.ts';
import { type MessageKey, t } from '../ui/i18n.ts';

// The options page: reads the validated settings into the form, saves on every change.
const form = document.getElementById('form') as HTMLFormElement;
const saved = document.getElementById('saved')!;
const area = browser.storage.sync;

for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]'))
  el.textContent = t(el.dataset.i18n as MessageKey);
document.title = t('optionsTitle');

function fill(settings: Settings): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
    if (input.type === 'checkbox') input.checked = Boolean(settings[input.name as keyof Settings]);
    else input.checked = settings[input.name as keyof Settings] === input.value;
  }
  applyTheme(document.documentElement, settings.theme);
}

function read(): Settings {
  const data = new FormData(form);
  return {
    version: 1,
    defaultLength: String(data.get('defaultLength')) as Settings['defaultLength'],
    followTabs: data.get('followTabs') !== null,
    theme: String(data.get('theme')) as Settings['theme'],
  };
}

form.addEventListener('change', async () => {
  const settings = read();
  await saveSettings(area, settings);
  applyTheme(document.documentElement, settings.theme);
  saved.textContent = t('optionsSaved');
});

fill(await loadSettings(area));
