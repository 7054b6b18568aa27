import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVE_TAB_ID,
  clickToolbar,
  type ExtensionBrowser,
  launch,
  type Site,
  serve,
} from '../../scripts/chromium.ts';
import { LIVE_COUNT, PAYLOADS } from '../fixtures/xss.ts';

// Hostile text in every field a page controls (body, title, byline, site name, link hrefs and anchor
// texts, source names and roles). A control page proves each payload is live markup; the extension's
// popup, side panel and options page then show them as text: nothing runs, no dialog opens, and only
// http(s) links are links, each with rel="noopener noreferrer".

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CONTROL = `<!doctype html><html><head><title>Control</title></head><body><p id="canary">canary</p><script>
  window.__dialogs = 0; window.alert = () => { window.__dialogs++; };
  const payloads = ${JSON.stringify(PAYLOADS.slice(0, LIVE_COUNT)).replace(/</g, '\\u003c')};
  for (const payload of payloads) {
    const box = document.createElement('div');
    box.append(document.createRange().createContextualFragment(payload));
    document.body.append(box);
  }
  for (const id of ['xss15', 'xss16', 'xss17']) document.getElementById(id)?.click();
</script></body></html>`;

function hostileArticle(): string {
  const said = PAYLOADS.map(
    (p, i) =>
      `<p>Officials in the city said on Tuesday that item ${i} of the review, described as ${escapeHtml(p.slice(0, 400))}, would be published in full next week, according to Reuters.</p>`,
  ).join('\n');
  const links = PAYLOADS.slice(0, 8)
    .map((p, i) => `<li><a href="https://evil.example/${i}">${escapeHtml(p)}</a></li>`)
    .concat([
      '<li><a href="javascript:(window.__xss=window.__xss||[]).push(90)">javascript link</a></li>',
      '<li><a href="data:text/html,<script>alert(91)</script>">data link</a></li>',
      '<li><a href=" JAVASCRIPT:alert(92)">spaced javascript link</a></li>',
    ])
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>${escapeHtml(PAYLOADS[0]!)} Council approves tram plan</title>
    <meta name="author" content="${escapeHtml(PAYLOADS[2]!)}">
    <meta property="og:site_name" content="${escapeHtml(PAYLOADS[1]!)}">
    </head><body><article><h1>${escapeHtml(PAYLOADS[5]!)} Council approves tram plan</h1>
    <p>Jane Doe, a ${escapeHtml(PAYLOADS[10]!)} analyst at the Institute of Transport, said the plan was sound and that the city would go ahead with it soon.</p>
    ${said}
    <p>The council voted to expand the tram network by twelve kilometres on Tuesday after a long debate.</p>
    <h2>Sources</h2><ul>${links}</ul></article></body></html>`;
}

let eb: ExtensionBrowser;
let site: Site;
const dialogs: string[] = [];

beforeAll(async () => {
  site = await serve({ '/control': () => CONTROL, '/hostile': hostileArticle });
  eb = await launch();
  eb.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
});
afterAll(async () => {
  await eb?.close();
  await site?.close();
});

async function assertInert(page: Page, where: string) {
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: number[] }).__xss ?? null,
    links: [...document.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      rel: a.getAttribute('rel') ?? '',
    })),
    scripts: document.querySelectorAll('script:not([src])').length,
    images: document.querySelectorAll(
      'img, svg, iframe, object, video, audio, marquee, style, math, #xss15, #xss16, #xss17',
    ).length,
  }));
  expect(state.xss, where).toBeNull();
  expect(state.scripts, where).toBe(0);
  expect(state.images, `${where}: page text became elements`).toBe(0);
  for (const link of state.links) {
    expect(link.href, where).toMatch(/^https?:\/\//);
    expect(link.rel, where).toBe('noopener noreferrer');
  }
}

describe('hostile text', () => {
  it('the control page shows every payload is live markup', async () => {
    const page = await eb.context.newPage();
    await page.goto(site.url('/control'));
    await page.waitForTimeout(1500);
    const live = await page.evaluate(() => ({
      flags: (window as unknown as { __xss?: number[] }).__xss ?? [],
      dialogs: (window as unknown as { __dialogs: number }).__dialogs,
      canary: getComputedStyle(document.getElementById('canary')!).color,
    }));
    const ran = new Set(live.flags);
    const missing = Array.from({ length: LIVE_COUNT }, (_, i) => i).filter(
      (i) => !ran.has(i) && !(i === 18 && live.dialogs > 0) && !(i === 22 && live.canary === 'rgb(1, 2, 3)'),
    );
    expect(missing, 'payloads that did not run in the control page').toEqual([]);
  });

  it('runs nothing in the popup, the side panel or the options page', async () => {
    const article = await eb.context.newPage();
    const url = site.url('/hostile');
    await article.goto(url);
    const real = await clickToolbar(eb, url);
    await real.waitFor(`document.getElementById('app')?.dataset.state === 'ready'`);
    expect(await real.evaluate('window.__xss ?? null')).toBeNull();
    const tabId = await real.evaluate<number>(ACTIVE_TAB_ID);
    for (const surface of ['popup', 'sidepanel']) {
      const page = await eb.context.newPage();
      await page.goto(`chrome-extension://${eb.extensionId}/${surface}/index.html?tabId=${tabId}`);
      await page.waitForSelector('#app[data-state=ready]');
      // Expand every source and click every fact: rendering paths that run on interaction run too.
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      await page.waitForTimeout(800);
      await assertInert(page, surface);
      const text = await page.textContent('#app');
      expect(text, 'payloads are shown as text').toContain('<img src=x onerror=');
      expect(await page.locator('[data-testid=source][data-type=link]').count()).toBeGreaterThan(0);
    }
    const options = await eb.context.newPage();
    await options.goto(`chrome-extension://${eb.extensionId}/options/index.html`);
    await assertInert(options, 'options');
    expect(dialogs).toEqual([]);
  });
});
