import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  type SettingsArea,
  saveSettings,
  validateSettings,
} from '../../src/shared/settings.ts';

const memoryArea = (): SettingsArea & { data: Record<string, unknown> } => {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (k) => (k in data ? { [k]: data[k] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
};

describe('settings', () => {
  it('defaults when nothing is stored', async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs invalid ones', () => {
    expect(validateSettings({ defaultLength: 'long', followTabs: 'yes', theme: 'neon', extra: 1 })).toEqual({
      version: 1,
      defaultLength: 'long',
      followTabs: true,
      theme: 'system',
    });
    expect(validateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ defaultLength: 'toString' })).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips through storage', async () => {
    const area = memoryArea();
    await saveSettings(area, { version: 1, defaultLength: 'short', followTabs: false, theme: 'dark' });
    expect(await loadSettings(area)).toEqual({
      version: 1,
      defaultLength: 'short',
      followTabs: false,
      theme: 'dark',
    });
  });
});
