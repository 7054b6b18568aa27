import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { POPUP_PATH } from '../src/shared/pages.ts';

// Builds dist/chrome and dist/firefox from one source tree and the top-level manifest.json.
// The JavaScript is the same; only the manifest differs (Firefox: background.scripts, a gecko id,
// sidebar_action instead of side_panel, data_collection_permissions, and the popup in the manifest:
// Chrome's worker opens it from the click, src/background/toolbar-click.ts).

const root = resolve(import.meta.dirname, '..');
const dist = (browser: string) => resolve(root, 'dist', browser);

// Classic scripts: one IIFE each, with no imports, built one per run (vite's library mode makes a single
// IIFE entry). The content script (executeScript({files}) runs classic scripts only) and the views'
// first request (it must run before the page's module graph has loaded).
const CLASSIC_SCRIPTS = [
  { entry: 'src/content/index.ts', name: 'nutgrafContent', file: 'content.js' },
  { entry: 'src/ui/first-request-script.ts', name: 'nutgrafFirstRequest', file: 'first-request.js' },
];

const classicScript = ({ entry, name, file }: (typeof CLASSIC_SCRIPTS)[number]): InlineConfig => ({
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: dist('chrome'),
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: resolve(root, entry), formats: ['iife'], name, fileName: () => file },
  },
});

export async function buildAll(): Promise<void> {
  await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  for (const script of CLASSIC_SCRIPTS) await build(classicScript(script));
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
