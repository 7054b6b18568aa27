import type { PageResult, RequestMap, Result } from '../shared/protocol.ts';
import { summarizeTab, type WorkerDeps } from './summarize-tab.ts';

// One reading of a tab at a time: a request for a tab that is being read joins that reading. The
// toolbar click starts one before the popup exists, and the popup's request, a moment later, joins it;
// so do a double click and a side panel opened meanwhile.

type Run = { url: string | undefined; result: Promise<Result<PageResult>> };

export class SummaryRuns {
  private readonly running = new Map<number, Run>();

  constructor(private readonly deps: WorkerDeps) {}

  summarize(req: RequestMap['summarize']): Promise<Result<PageResult>> {
    const run = this.running.get(req.tabId);
    // A forced request wants a new reading; an address that differs is another page.
    if (run && !req.force && !req.anyway && (req.url === undefined || req.url === run.url)) {
      // The click's grant of the tab can land after the click's reading has asked (seen here: "Cannot
      // access contents of the page" 30 to 60 ms after the click, on one click in ten, and a reading
      // started 300 ms later went through): a request that joined it reads again rather than show that.
      return run.result.then((result) =>
        !result.ok && result.error.code === 'needs-permission' ? this.start(req) : result,
      );
    }
    return this.start(req);
  }

  private start(req: RequestMap['summarize']): Promise<Result<PageResult>> {
    const started: Run = { url: req.url, result: summarizeTab(this.deps, req) };
    this.running.set(req.tabId, started);
    void started.result.finally(() => {
      if (this.running.get(req.tabId) === started) this.running.delete(req.tabId);
    });
    return started.result;
  }
}
