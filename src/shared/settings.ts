import { LENGTHS, type Length } from '../core/types.ts';

// User options: the typed defaults are the schema. Stored in storage.sync; validated on every load, so
// a value from an older version or another device can never break the view. Version 1.

export interface Settings {
  version: 1;
  defaultLength: Length;
  /** The side panel follows the active tab. */
  followTabs: boolean;
  theme: 'system' | 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  defaultLength: 'medium',
  followTabs: true,
  theme: 'system',
};
const THEMES = ['system', 'light', 'dark'] as const;

/** Keeps each valid stored field and replaces the rest with its default. */
export function validateSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    version: 1,
    defaultLength:
      typeof stored.defaultLength === 'string' && Object.hasOwn(LENGTHS, stored.defaultLength)
        ? (stored.defaultLength as Length)
        : DEFAULT_SETTINGS.defaultLength,
    followTabs: typeof stored.followTabs === 'boolean' ? stored.followTabs : DEFAULT_SETTINGS.followTabs,
    theme: (THEMES as readonly unknown[]).includes(stored.theme)
      ? (stored.theme as Settings['theme'])
      : DEFAULT_SETTINGS.theme,
  };
}

export const SETTINGS_KEY = 'settings';

/** Storage is passed in (browser.storage.sync in the extension, a Map in tests). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  return validateSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(area: SettingsArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: validateSettings(settings) });
}

/** Applies the theme choice to a page: "system" follows prefers-color-scheme. */
export function applyTheme(root: HTMLElement, theme: Settings['theme']): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
