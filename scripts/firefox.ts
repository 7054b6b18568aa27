import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { READ_VIEW, ROOT, type ViewContent } from './chromium.ts';

// Drives Debian's Firefox ESR over WebDriver BiDi (Playwright cannot drive it): installs dist/firefox,
// opens a page, clicks the extension's toolbar button in the browser's own window, then reads the view
// for that tab. Node 20 has a WebSocket client only behind --experimental-websocket, so tests run this
// file as a child process: `node --experimental-websocket --import tsx scripts/firefox.ts URL` prints
// the result as JSON.

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on's moz-extension:// host, fixed by a pref (Firefox draws a random one per profile). */
const UUID = '0b6c7a4e-1d2f-4a8b-9c3d-5e6f7a8b9c0d';
const ADDON_ID = 'nutgraf@nutgraf.dev';
const BUTTON = 'nutgraf_nutgraf_dev-browser-action';

export interface FirefoxRun {
  /** What the popup page shows for the article's tab. */
  view: ViewContent;
  /** The page the toolbar click opened in Firefox's panel. */
  panelUrl: string;
  /** Whether the worker had cached the tab's summary before the view was read (the click's popup asked). */
  cachedByClick: boolean;
}

class Bidi {
  private next = 0;
  private readonly pending = new Map<
    number,
    (m: { result?: unknown; error?: string; message?: string }) => void
  >();

  private constructor(private readonly ws: WebSocket) {
    ws.onmessage = (event) => {
      const m = JSON.parse(String(event.data)) as {
        id?: number;
        result?: unknown;
        error?: string;
        message?: string;
      };
      if (m.id !== undefined) this.pending.get(m.id)?.(m);
    };
  }

  static async connect(url: string): Promise<Bidi> {
    const ws = new WebSocket(url);
    await new Promise((resolveOpen, reject) => {
      ws.onopen = resolveOpen;
      ws.onerror = () => reject(new Error(`no BiDi endpoint at ${url}`));
    });
    return new Bidi(ws);
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = ++this.next;
    return new Promise((resolveSend, reject) => {
      this.pending.set(id, (m) => {
        this.pending.delete(id);
        if (m.error) reject(new Error(`${method}: ${m.error}: ${m.message}`));
        else resolveSend(m.result as T);
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Evaluates an expression in a context (a page, or with moz:scope chrome the browser window). */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const r = await this.send<{
      type: string;
      result?: { value?: unknown };
      exceptionDetails?: { text: string };
    }>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      serializationOptions: { maxObjectDepth: 5 },
    });
    if (r.type !== 'success') throw new Error(`evaluate failed: ${r.exceptionDetails?.text}`);
    return deserialize(r.result) as T;
  }

  async contexts(chrome = false): Promise<Array<{ context: string; url: string }>> {
    const tree = await this.send<{ contexts: Array<{ context: string; url: string }> }>(
      'browsingContext.getTree',
      chrome ? { 'moz:scope': 'chrome' } : {},
    );
    return tree.contexts;
  }

  close(): void {
    this.ws.close();
  }
}

/** BiDi's serialized values back to plain JSON values. */
function deserialize(v: unknown): unknown {
  const { type, value } = (v ?? {}) as { type?: string; value?: unknown };
  if (type === 'array') return (value as unknown[]).map(deserialize);
  if (type === 'object')
    return Object.fromEntries((value as Array<[string, unknown]>).map(([k, x]) => [k, deserialize(x)]));
  if (type === 'null' || type === 'undefined') return null;
  return value;
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  ms = 20_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Firefox runs in its own process group: this stops every process it started. */
function stopGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
}

function launch(profile: string): Promise<{ child: ChildProcess; endpoint: string }> {
  writeFileSync(
    join(profile, 'user.js'),
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: UUID }))});\n`,
  );
  // Its own process group (see stopGroup).
  const child = spawn(
    FIREFOX,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
    ],
    { env: { ...process.env, MOZ_HEADLESS: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  return new Promise((resolveLaunch, reject) => {
    let output = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      stopGroup(child);
      reject(new Error(`Firefox ${why}:\n${output}`));
    };
    const timer = setTimeout(() => fail('did not start'), 30_000);
    child.once('exit', () => fail('exited before its BiDi endpoint was up'));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const endpoint = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output)?.[1];
      if (endpoint) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolveLaunch({ child, endpoint: `${endpoint}/session` });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}

export async function summarizeInFirefox(
  url: string,
  dist = resolve(ROOT, 'dist/firefox'),
): Promise<FirefoxRun> {
  const profile = mkdtempSync(join(tmpdir(), 'nutgraf-firefox-'));
  const { child, endpoint } = await launch(profile);
  // A test that gives up on this process must not leave Firefox running.
  process.once('SIGTERM', () => {
    stopGroup(child);
    process.exit(1);
  });
  let bidi: Bidi | undefined;
  try {
    bidi = await Bidi.connect(endpoint);
    return await drive(bidi, url, dist);
  } finally {
    bidi?.close();
    stopGroup(child);
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The reader's steps: the page, a click on the toolbar button, then the popup page for that tab. */
async function drive(bidi: Bidi, url: string, dist: string): Promise<FirefoxRun> {
  await bidi.send('session.new', { capabilities: {} });
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: dist } });
  const [tab] = await bidi.contexts();
  await bidi.send('browsingContext.navigate', { context: tab!.context, url, wait: 'complete' });
  // The toolbar button, clicked in the browser window as a reader would (pinned to the toolbar first,
  // as a new add-on's button sits in the extensions menu).
  const [window] = await bidi.contexts(true);
  await bidi.evaluate(
    window!.context,
    `(() => { CustomizableUI.addWidgetToArea('${BUTTON}', CustomizableUI.AREA_NAVBAR);
      CustomizableUI.getWidget('${BUTTON}').forWindow(window).node.querySelector('toolbarbutton').click(); })()`,
  );
  const panelUrl = await until('the popup panel', () =>
    bidi.evaluate<string | null>(
      window!.context,
      `(() => { const p = document.getElementById('customizationui-widget-panel');
        return p?.state === 'open' ? p.querySelector('browser')?.currentURI?.spec ?? null : null; })()`,
    ),
  );
  // The panel's page is out of reach of BiDi: open the same page in a tab, for the article's tab.
  const page = `moz-extension://${UUID}/popup/index.html`;
  await bidi.evaluate(
    window!.context,
    `(() => { gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(page)}, {
      triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); })()`,
  );
  const view = await until('the extension page', async () =>
    (await bidi.contexts()).find((c) => c.url.startsWith(page)),
  );
  const tabId = await until('the article tab', () =>
    bidi.evaluate<number | null>(
      view.context,
      `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id ?? null)`,
    ),
  );
  const cachedByClick = await until(
    'the summary of the click',
    () =>
      bidi.evaluate<boolean>(
        view.context,
        `browser.storage.session.get('tab:${tabId}').then((r) => !!r['tab:${tabId}'])`,
      ),
    10_000,
  ).catch(() => false);
  await bidi.evaluate(view.context, `(() => { location.search = '?tabId=${tabId}'; })()`);
  await until('the view', () =>
    bidi.evaluate<boolean>(
      view.context,
      `location.search === '?tabId=${tabId}' && !!document.querySelector('#app:not([data-state=loading])')`,
    ),
  );
  return { view: await bidi.evaluate<ViewContent>(view.context, READ_VIEW), panelUrl, cachedByClick };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await summarizeInFirefox(process.argv[2]!);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
