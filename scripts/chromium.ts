import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Worker } from 'playwright-core';

// Real Chromium with the built extension, pages served on 127.0.0.1, real toolbar clicks through CDP
// (Extensions.triggerAction grants activeTab and opens the real popup). Used by the e2e tests, the demo
// and the browser benchmark. See ../shared/E2E.md.

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = resolve(ROOT, 'dist/chrome');
export const ARTIFACTS = resolve(ROOT, 'artifacts');
const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

export interface Site {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves files (or generated pages) on a random port of 127.0.0.1. */
export async function serve(
  routes: Record<string, string | (() => string | Buffer)>,
  contentTypes: Record<string, string> = {},
): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = typeof route === 'function' ? route() : readFileSync(route);
    const type =
      contentTypes[path] ??
      (extname(path) === '.txt' ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8');
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  cdp: CDPSession;
  /** The extension workers' last console messages, for the errors of the tests that fail. */
  workerLog: string[];
  close(): Promise<void>;
}

/**
 * Chrome's id for an unpacked extension without a key: its directory's SHA-256, the first 32 hex digits
 * written as the letters a to p.
 */
export function extensionIdOf(dist: string): string {
  const hex = createHash('sha256').update(resolve(dist)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** `alongside`: more extensions loaded in the same browser (the paired benchmark's other build). */
export async function launch(
  options: { dark?: boolean; dist?: string; alongside?: string[] } = {},
): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST;
  const extensions = [dist, ...(options.alongside ?? [])].join(',');
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    colorScheme: options.dark ? 'dark' : 'light',
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const workerLog: string[] = [];
  const listen = (worker: Worker) =>
    worker.on('console', (message) => {
      workerLog.push(message.text());
      workerLog.splice(0, workerLog.length - 20);
    });
  context.serviceWorkers().forEach(listen);
  context.on('serviceworker', listen);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // With several extensions loaded, the first worker to start may be another one's.
  const extensionId = options.alongside?.length ? extensionIdOf(dist) : new URL(worker.url()).host;
  for (const id of [extensionId, ...(options.alongside ?? []).map(extensionIdOf)]) {
    await untilInstalled(context, id);
  }
  const browser = context.browser();
  const cdp = browser
    ? await browser.newBrowserCDPSession()
    : await context.newCDPSession(context.pages()[0]!);
  return { context, extensionId, cdp, workerLog, close: () => context.close() };
}

const workerOf = (context: BrowserContext, extensionId: string) =>
  context.serviceWorkers().find((w) => new URL(w.url()).host === extensionId);

/**
 * Waits until the extension's install has finished. Chrome drops a toolbar click that comes before it:
 * a first click 200-300 ms after launch reached no listener in 9 of 34 new browsers, each time before
 * onInstalled had run (none in 42 with this wait; it failed CI once). The worker makes its context menu
 * in onInstalled (src/background/context-menu.ts): the menu item's existence says it has run.
 */
async function untilInstalled(context: BrowserContext, extensionId: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const worker = workerOf(context, extensionId);
    const made = await worker
      ?.evaluate(() =>
        chrome.contextMenus.update('nutgraf-page', {}).then(
          () => true,
          () => false,
        ),
      )
      .catch(() => false);
    if (made) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`the extension ${extensionId} did not finish installing in 20 s`);
}

/**
 * Stops the extension's service worker, as the browser does when it idles out. `session` is a CDP session
 * of any page with ServiceWorker enabled. Done when the browser reports the worker stopped: a request
 * in flight may start a new one right away, so the absence of a worker target is not the signal.
 */
export async function stopWorker(eb: ExtensionBrowser, session: CDPSession): Promise<void> {
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the worker did not stop')), 10_000);
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const { targetInfos } = await eb.cdp.send('Target.getTargets');
  if (!targetInfos.some((t) => t.type === 'service_worker')) return; // already idle
  await session.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

/** The CDP target id of the tab showing `url`. */
export async function tabTargetId(cdp: CDPSession, url: string): Promise<string> {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((t) => t.url === url);
  if (!target) throw new Error(`no tab target for ${url}`);
  return target.targetId;
}

/** A real click on the toolbar button for the tab showing `url`; returns a handle on the opened popup. */
export async function clickToolbar(eb: ExtensionBrowser, url: string): Promise<PopupHandle> {
  const popupUrl = `chrome-extension://${eb.extensionId}/popup/index.html`;
  const popups = async () =>
    (await eb.cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url.startsWith(popupUrl));
  const before = new Set((await popups()).map((t) => t.targetId));
  const targetId = await tabTargetId(eb.cdp, url);
  await eb.cdp.send('Extensions.triggerAction', { id: eb.extensionId, targetId });
  // Usually well under a second; a first click of a new browser before the install had finished was
  // lost (launch now waits for it). The worker's log and view say why when a click fails.
  for (let i = 0; i < 600; i++) {
    const popup = (await popups()).find((t) => !before.has(t.targetId));
    if (popup) return PopupHandle.attach(eb.cdp, popup.targetId);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(
    `the popup did not open; the worker's last words: ${eb.workerLog.slice(-5).join(' | ')}; ` +
      `its view: ${await workerView(eb)}`,
  );
}

/** What the worker sees when a click showed no popup: the action's popup and which windows have focus. */
async function workerView(eb: ExtensionBrowser): Promise<string> {
  const worker = workerOf(eb.context, eb.extensionId);
  if (!worker) return 'no worker running';
  const view = worker.evaluate(async () => ({
    popup: await chrome.action.getPopup({}),
    windows: (await chrome.windows.getAll({ populate: true })).map((w) => ({
      focused: w.focused,
      type: w.type,
      activeTab: w.tabs?.find((t) => t.active)?.url,
    })),
  }));
  const timeout = new Promise<string>((r) => setTimeout(() => r('the worker did not answer in 5 s'), 5000));
  return Promise.race([view.then((v) => JSON.stringify(v)), timeout]).catch((error) => String(error));
}

/** The real popup is a target Playwright does not list: talk to it with raw CDP messages. */
export class PopupHandle {
  private nextId = 1;
  private pending = new Map<number, (msg: { result?: unknown; error?: { message: string } }) => void>();

  private constructor(
    private cdp: CDPSession,
    private sessionId: string,
    readonly targetId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const msg = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (msg.id !== undefined) this.pending.get(msg.id)?.(msg);
    });
  }

  static async attach(cdp: CDPSession, targetId: string): Promise<PopupHandle> {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new PopupHandle(cdp, sessionId, targetId);
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolvePromise, reject) => {
      this.pending.set(id, (msg) =>
        msg.error ? reject(new Error(msg.error.message)) : resolvePromise(msg.result as T),
      );
      void this.cdp.send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  }

  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{
      result: { value: T };
      exceptionDetails?: unknown;
    }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`popup evaluation failed: ${JSON.stringify(exceptionDetails)}`);
    return result.value;
  }

  async waitFor(expression: string, timeoutMs = 10_000): Promise<void> {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      // Awaited in the popup, so the expression may be a promise (an extension API's answer).
      const holds = this.evaluate<boolean>(`(async () => Boolean(await (${expression})))()`);
      if (await holds.catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${expression}`);
  }

  /** Closes the popup, as a click elsewhere would. */
  async close(): Promise<void> {
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
  }

  /** The popup window may still be sizing itself after its content changed: retry a few frames later. */
  async screenshot(file: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
        saveArtifact(file, Buffer.from(data, 'base64'));
        return;
      } catch (error) {
        if (attempt >= 10) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
}

export function saveArtifact(file: string, data: Buffer): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(resolve(ARTIFACTS, file), data);
}

/** Evaluated in the popup: the id of the tab it was opened on. */
export const ACTIVE_TAB_ID = 'chrome.tabs.query({ active: true, currentWindow: true }).then(([t]) => t.id)';

/** What the shared view shows, read from its DOM (the same for popup and side panel). */
export const READ_VIEW = `(() => {
  const root = document.getElementById('app');
  return {
    state: root.dataset.state,
    title: root.querySelector('header h1')?.textContent ?? '',
    meta: root.querySelector('header .meta')?.textContent ?? '',
    facts: [...root.querySelectorAll('[data-testid=fact] .fact-text')].map((e) => e.textContent),
    sources: [...root.querySelectorAll('[data-testid=source]')].map((e) => ({
      type: e.dataset.type, name: e.querySelector('.source-name').textContent,
      role: e.querySelector('.role')?.textContent ?? '', count: e.querySelector('.count')?.textContent ?? '',
      href: e.querySelector('a')?.getAttribute('href') ?? null })),
    text: root.innerText,
  };
})()`;

export interface ViewContent {
  state: string;
  title: string;
  meta: string;
  facts: string[];
  sources: Array<{ type: string; name: string; role: string; count: string; href: string | null }>;
  text: string;
}
