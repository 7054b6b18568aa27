import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firefoxManifest } from '../../scripts/build.ts';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8'));

describe('manifests', () => {
  it('asks Chrome for the minimal permissions and no host access', () => {
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'sidePanel', 'contextMenus']);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined(); // MV3's default CSP for extension pages
  });

  it('gives Firefox background scripts, a gecko id, a sidebar, its own popup and no sidePanel permission', () => {
    const ff = firefoxManifest(manifest) as {
      background: unknown;
      browser_specific_settings: { gecko: { id: string; data_collection_permissions: unknown } };
      sidebar_action: { default_panel: string };
      action: { default_popup?: string; default_title: string };
      side_panel?: unknown;
      permissions: string[];
    };
    expect(ff.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(ff.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(ff.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(ff.sidebar_action.default_panel).toBe(manifest.side_panel.default_path);
    expect(ff.side_panel).toBeUndefined();
    expect(ff.permissions).not.toContain('sidePanel');
    // Firefox opens its popup itself; Chrome's click reaches the worker, which opens it.
    expect(ff.action.default_popup).toBe('popup/index.html');
    expect(ff.action.default_title).toBe(manifest.action.default_title);
    expect(manifest.action.default_popup).toBeUndefined();
  });
});
