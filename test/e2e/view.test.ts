import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVE_TAB_ID,
  clickToolbar,
  type ExtensionBrowser,
  launch,
  ROOT,
  type Site,
  saveArtifact,
  serve,
} from '../../scripts/chromium.ts';

// The popup's features in real Chromium, on the popup page opened as a tab after a real toolbar click
// granted activeTab (../shared/E2E.md): length switch, highlight in the page, copy, states, and axe.

const FIXTURE = resolve(ROOT, 'test/fixtures/kim-xi-summit.html');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NOT_ARTICLE =
  '<!doctype html><html lang="en"><title>Links</title><body><nav><a href="/a">Home</a> <a href="/b">About</a></nav></body></html>';

let eb: ExtensionBrowser;
let site: Site;

beforeAll(async () => {
  site = await serve({ '/world/kim-xi-summit': FIXTURE, '/links': () => NOT_ARTICLE });
  eb = await launch();
});
afterAll(async () => {
  await eb?.close();
  await site?.close();
});

/** Opens `path` in a tab, clicks the toolbar (granting activeTab), and opens the popup page for that tab. */
async function popupFor(path: string, width = 400): Promise<{ article: Page; popup: Page }> {
  const article = await eb.context.newPage();
  const url = site.url(path);
  await article.goto(url);
  const real = await clickToolbar(eb, url);
  const tabId = await real.evaluate<number>(ACTIVE_TAB_ID);
  const popup = await eb.context.newPage();
  await popup.setViewportSize({ width, height: 900 });
  await popup.goto(`chrome-extension://${eb.extensionId}/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('#app:not([data-state=loading])');
  return { article, popup };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> };
      }
    ).axe;
    return (await axe.run()).violations;
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact})`);
}

describe('popup view', () => {
  it('switches length at once, without reading the page again', async () => {
    const { popup } = await popupFor('/world/kim-xi-summit');
    expect(await popup.locator('[data-testid=fact]').count()).toBe(5);
    await popup.getByRole('button', { name: 'short' }).click();
    expect(await popup.getAttribute('#app', 'data-state')).toBe('ready');
    expect(await popup.locator('[data-testid=fact]').count()).toBe(3);
    await popup.getByRole('button', { name: 'long' }).click();
    expect(await popup.locator('[data-testid=fact]').count()).toBe(8);
  });

  it('highlights the cited sentence in the page, not its pull-quote twin, across a link and emphasis', async () => {
    const { article, popup } = await popupFor('/world/kim-xi-summit');
    const howell = popup
      .locator('[data-testid=source]')
      .filter({ has: popup.locator('.source-name', { hasText: /^Edward Howell$/ }) });
    await howell.locator('summary').click();
    const sentence = howell.locator('button.sentence').first();
    const expected = (await sentence.textContent())!;
    expect(expected).toContain('Edward Howell, a lecturer at the University of Oxford, told CNN');
    await sentence.click();
    await article.waitForFunction(() =>
      (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has('nutgraf'),
    );
    const highlighted = await article.evaluate(() => {
      const h = (
        globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }
      ).CSS.highlights.get('nutgraf')!;
      const range = [...h][0]!;
      const start = range.startContainer.parentElement!;
      return {
        text: range.toString(),
        inArticle: Boolean(start.closest('article > p')),
        inPullQuote: Boolean(start.closest('.pullquote')),
      };
    });
    expect(highlighted).toEqual({ text: expected, inArticle: true, inPullQuote: false });
    expect(await popup.textContent('#status')).toBe('Shown in the page.');
    await article.bringToFront();
    await article.keyboard.press('Escape');
    expect(
      await article.evaluate(() =>
        (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has(
          'nutgraf',
        ),
      ),
    ).toBe(false);
  });

  it('copies the summary as Markdown', async () => {
    const { popup } = await popupFor('/world/kim-xi-summit');
    await eb.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.getByRole('button', { name: 'Copy', exact: true }).click();
    await popup.waitForFunction(
      () => document.getElementById('status')?.textContent === 'Copied as Markdown.',
    );
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(
      /^# \[Kim Jong Un And Xi Jinping Pledge Stronger Ties In Beijing\]\(<http:\/\/127\.0\.0\.1:\d+\/world\/kim-xi-summit>\)/,
    );
    expect(markdown).toContain('## Key facts\n1. ');
    expect(markdown).toContain('- **When:** September 4, 2025; September 2; The following day');
    expect(markdown).toContain('- Edward Howell, lecturer, University of Oxford (2×)');
    expect(markdown).toContain('- [Reuters](<https://www.reuters.com/');
  });

  it('offers "Summarize anyway" on a page that is not an article, and it works', async () => {
    const { popup } = await popupFor('/links');
    expect(await popup.getAttribute('#app', 'data-state')).toBe('not-article');
    await popup.getByRole('button', { name: 'Summarize anyway' }).click();
    await popup.waitForSelector('#app:not([data-state=loading])');
    expect(['ready', 'not-article']).toContain(await popup.getAttribute('#app', 'data-state'));
    expect(await popup.textContent('#app')).not.toBe('');
  });

  it('says why a browser page cannot be summarized, after a real toolbar click on it', async () => {
    const page = await eb.context.newPage();
    await page.goto('chrome://version');
    const popup = await clickToolbar(eb, page.url());
    await popup.waitFor(
      `((s) => Boolean(s) && s !== 'loading')(document.getElementById('app')?.dataset.state)`,
    );
    expect(await popup.evaluate<string>(`document.getElementById('app').dataset.state`)).toBe('unsupported');
    expect(await popup.evaluate<string>(`document.getElementById('app').innerText`)).toContain(
      'cannot be summarized',
    );
    await popup.close();
  });

  it('says an extension page cannot be summarized (the popup page opened as a tab finds itself)', async () => {
    const self = await eb.context.newPage();
    await self.goto(`chrome-extension://${eb.extensionId}/popup/index.html`);
    await self.waitForSelector('#app:not([data-state=loading])');
    expect(await self.getAttribute('#app', 'data-state')).toBe('unsupported');
  });

  it('the side panel follows the active tab', async () => {
    const first = await popupFor('/world/kim-xi-summit');
    const second = await popupFor('/links');
    await first.popup.close();
    await second.popup.close();
    const panel = await eb.context.newPage();
    await panel.goto(`chrome-extension://${eb.extensionId}/sidepanel/index.html`);
    await first.article.bringToFront();
    await panel.waitForFunction(() =>
      document.querySelector('header h1')?.textContent?.includes('Kim Jong Un'),
    );
    expect(await panel.getAttribute('#app', 'data-state')).toBe('ready');
    await second.article.bringToFront();
    await panel.waitForFunction(() => document.getElementById('app')?.dataset.state === 'not-article');
    await first.article.bringToFront();
    await panel.waitForFunction(() => document.getElementById('app')?.dataset.state === 'ready');
  });

  it('every state passes axe and is captured in light and dark at 320 and 600 px', async () => {
    const shots: Array<[string, Page]> = [];
    // The side panel is the surface whose width varies (the popup is 400 px wide).
    const panelFor = async (path: string) => {
      const { popup } = await popupFor(path);
      const panel = await eb.context.newPage();
      await panel.goto(popup.url().replace('/popup/', '/sidepanel/'));
      await panel.waitForSelector('#app:not([data-state=loading])');
      return panel;
    };
    shots.push(['ready', await panelFor('/world/kim-xi-summit')]);
    shots.push(['not-article', await panelFor('/links')]);
    // needs-permission: the side panel on a tab it was never granted.
    const plain = await eb.context.newPage();
    await plain.goto(site.url('/links'));
    const panelTab = await eb.context.newPage();
    await panelTab.goto(`chrome-extension://${eb.extensionId}/popup/index.html?tabId=999999`);
    const tabId = await panelTab.evaluate(() =>
      chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === undefined)?.id),
    );
    await panelTab.goto(`chrome-extension://${eb.extensionId}/sidepanel/index.html?tabId=${tabId}`);
    await panelTab.waitForSelector('#app[data-state=needs-permission]');
    shots.push(['needs-permission', panelTab]);
    // unsupported: the popup page opened as a tab finds itself, an extension page, as the active tab.
    const self = await eb.context.newPage();
    await self.goto(`chrome-extension://${eb.extensionId}/popup/index.html`);
    await self.waitForSelector('#app[data-state=unsupported]');
    shots.push(['unsupported', self]);
    // error: a tab id that does not exist (a tab closed since).
    const gone = await eb.context.newPage();
    await gone.goto(`chrome-extension://${eb.extensionId}/popup/index.html?tabId=999998`);
    await gone.waitForSelector('#app[data-state=error]');
    shots.push(['error', gone]);
    for (const [state, page] of shots) {
      for (const width of [320, 600]) {
        await page.setViewportSize({ width, height: 900 });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await axeViolations(page), `${state} ${scheme} ${width}px`).toEqual([]);
          saveArtifact(`state-${state}-${scheme}-${width}.png`, await page.screenshot({ fullPage: true }));
        }
      }
    }
  });

  it('has no serious or critical accessibility violation, in light and dark, at popup and panel widths', async () => {
    for (const width of [400, 600]) {
      const { popup } = await popupFor('/world/kim-xi-summit', width);
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(popup), `${scheme} ${width}px`).toEqual([]);
        saveArtifact(`popup-ready-${scheme}-${width}.png`, await popup.screenshot({ fullPage: true }));
      }
    }
    const { popup } = await popupFor('/links');
    expect(await axeViolations(popup)).toEqual([]);
    saveArtifact('popup-not-article.png', await popup.screenshot({ fullPage: true }));
  });
});
