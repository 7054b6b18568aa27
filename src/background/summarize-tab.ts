import { type ArticleInput, NutgrafError, toErrorInfo } from '../core/types.ts';
import { unsupportedReason } from '../shared/pages.ts';
import { cacheKey, isErrorInfo, type PageResult, type RequestMap, type Result } from '../shared/protocol.ts';
import { pageResultOf } from './page-result.ts';

// The worker's one job: extract the tab's article (content script), run the core, cache per tab and URL.
// Browser APIs come in through WorkerDeps so the logic is testable without a browser.

export interface WorkerDeps {
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Injects the content script and returns what its extract function returned. */
  runExtractor(tabId: number, anyway: boolean): Promise<unknown>;
  cacheGet(key: string): Promise<unknown>;
  cacheSet(key: string, value: PageResult): Promise<void>;
}

/** Readability is synchronous in the page: the worker stops waiting after this long. */
export const EXTRACT_TIMEOUT_MS = 10_000;

export async function summarizeTab(
  deps: WorkerDeps,
  req: RequestMap['summarize'],
): Promise<Result<PageResult>> {
  try {
    // The address and the cache in one round trip's time: each call is a hop through the browser. The
    // popup has the address from its own query of the tab, which spares one; the check after the
    // extraction still asks the browser, so a stale address cannot pass.
    const [url, cached] = await Promise.all([
      req.url ?? deps.tabUrl(req.tabId).catch(mapScriptingError),
      deps.cacheGet(cacheKey(req.tabId)).catch(() => undefined) as Promise<PageResult | undefined>,
    ]);
    const reason = unsupportedReason(url);
    if (reason) throw new NutgrafError('unsupported-page', reason);
    if (!req.force && cached && url !== undefined && cached.url === url) return { ok: true, value: cached };
    const t0 = performance.now();
    const { article, pageMs } = await extractWithTimeout(deps, req.tabId, req.anyway ?? false);
    // The tab may have moved on while it was read: never show or cache one page's summary for another.
    // Asked now, answered while the core runs.
    const now = deps.tabUrl(req.tabId).catch(mapScriptingError);
    now.catch(() => undefined); // awaited below, after the core: not an unhandled rejection meanwhile
    const value = pageResultOf(req.tabId, url ?? article.url ?? '', article, {
      extractMs: Math.round(performance.now() - t0),
      ...(pageMs === undefined ? {} : { pageMs: Math.round(pageMs * 10) / 10 }),
    });
    if (url !== undefined && (await now) !== url) {
      throw new NutgrafError('bad-input', 'The page changed while Nutgraf was reading it. Try again.');
    }
    // The reader gets the summary without waiting for its copy; a failed copy (storage.session's quota,
    // with many large pages open) costs an extraction next time, not this summary.
    void deps.cacheSet(cacheKey(req.tabId), value).catch(() => undefined);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) };
  }
}

async function extractWithTimeout(
  deps: WorkerDeps,
  tabId: number,
  anyway: boolean,
): Promise<{ article: ArticleInput; pageMs?: number }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new NutgrafError('timeout', 'The page took too long to read. Try again once it has loaded.')),
      EXTRACT_TIMEOUT_MS,
    );
  });
  try {
    const answer = (await Promise.race([
      deps.runExtractor(tabId, anyway).catch(mapScriptingError),
      timeout,
    ])) as unknown;
    if (typeof answer !== 'object' || answer === null)
      throw new NutgrafError('internal', 'The page returned nothing.');
    const result = answer as { ok?: unknown; value?: unknown; error?: unknown; pageMs?: unknown };
    if (result.ok === false && isErrorInfo(result.error))
      throw new NutgrafError(result.error.code, result.error.message);
    if (result.ok !== true || typeof result.value !== 'object')
      throw new NutgrafError('internal', 'The page returned a malformed article.');
    const pageMs = typeof result.pageMs === 'number' ? result.pageMs : undefined;
    return { article: result.value as ArticleInput, pageMs };
  } finally {
    clearTimeout(timer);
  }
}

/** The browser's scripting errors, in words a reader understands. */
export function mapScriptingError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  if (/cannot be scripted|chrome:\/\/|extensions gallery|webstore|about:|edge:\/\//i.test(message)) {
    throw new NutgrafError('unsupported-page', 'The browser does not allow extensions to read this page.');
  }
  if (/permission|cannot access/i.test(message)) {
    throw new NutgrafError('needs-permission', 'Nutgraf needs your permission to read this tab.');
  }
  if (/no tab with id|tab was closed|frame.*removed|no frame/i.test(message)) {
    throw new NutgrafError('bad-input', 'The tab was closed or navigated away.');
  }
  throw new NutgrafError('internal', message);
}
