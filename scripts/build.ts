import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { POPUP_PATH } from '../src/shared/pages.ts';

// Builds dist/chrome and dist/firefox from one source tree and the top-level manifest.json.
// The JavaScript is the same; only the manifest differs (Firefox: background.scripts, a gecko id,
// sidebar_action instead of side_panel, data_collection_permissions, and the popup in the manifest:
// Chrome's worker opens it from the click, src/background/toolbar-click.ts).

const root = resolve(import.meta.dirname, '..');
const dist = (browser: string) => resolve(root, 'dist', browser);

export async function buildAll(): Promise<void> {
  await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: resolve(root, 'vite.content.config.ts'), logLevel: 'warn' });
  const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  manifest.version = pkg.version;
  writeFileSync(resolve(dist('chrome'), 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  rmSync(dist('firefox'), { recursive: true, force: true });
  cpSync(dist('chrome'), dist('firefox'), { recursive: true });
  writeFileSync(
    resolve(dist('firefox'), 'manifest.json'),
    `${JSON.stringify(firefoxManifest(manifest), null, 2)}\n`,
  );
}

export function firefoxManifest(chrome: Record<string, unknown>): Record<string, unknown> {
  const {
    side_panel: sidePanel,
    minimum_chrome_version: _min,
    background: _bg,
    ...rest
  } = chrome as {
    side_panel: { default_path: string };
    minimum_chrome_version: string;
    background: unknown;
    permissions: string[];
  } & Record<string, unknown>;
  return {
    ...rest,
    action: { ...(chrome.action as object), default_popup: POPUP_PATH },
    permissions: (chrome.permissions as string[]).filter((p) => p !== 'sidePanel'),
    background: { scripts: ['background.js'], type: 'module' },
    sidebar_action: {
      default_panel: sidePanel.default_path,
      default_title: 'Nutgraf',
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: 'nutgraf@nutgraf.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAll();
  console.log('built dist/chrome and dist/firefox');
}
