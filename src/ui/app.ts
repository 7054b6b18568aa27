import { type Length, toErrorInfo } from '../core/types.ts';
import type { Backend } from './backend.ts';
import { exportSummary } from './export.ts';
import { t } from './i18n.ts';
import { announce, render, type Surface, type ViewState } from './view.ts';

// The controller both surfaces share: show the skeleton at once, ask the worker, render the answer.

export interface AppOptions {
  root: HTMLElement;
  backend: Backend;
  /**
   * The popup, opened by a toolbar click (which gives access to the tab), or the side panel. The popup
   * offers to move to the side panel; the panel does not.
   */
  surface: Surface;
  initialLength?: Length;
}

export function startApp({ root, backend, surface, initialLength }: AppOptions) {
  let tabId: number | undefined;
  let state: ViewState = { kind: 'loading' };
  let length: Length = initialLength ?? 'medium';
  let generation = 0;

  const show = (next: ViewState) => {
    state = next;
    render(root, state, actions, surface);
    // For the browser benchmark, on this page's clock: the first skeleton, and when the answer showed.
    if (next.kind !== 'loading') performance.mark(`nutgraf:${next.kind}`);
    else if (performance.getEntriesByName('nutgraf:skeleton').length === 0)
      performance.mark('nutgraf:skeleton');
  };
  const load = async (options: { force?: boolean; anyway?: boolean } = {}) => {
    const mine = ++generation;
    show({ kind: 'loading' });
    try {
      tabId ??= await backend.currentTabId();
      if (tabId === undefined) throw new Error('No tab to summarize.');
      const result = await backend.summarize(tabId, options);
      if (mine !== generation) return; // a newer request (tab switch, refresh) owns the view
      show(
        result.ok ? { kind: 'ready', result: result.value, length } : { kind: 'error', error: result.error },
      );
    } catch (error) {
      if (mine === generation) show({ kind: 'error', error: toErrorInfo(error) });
    }
  };
  const actions = {
    retry: () => void load({ force: true }),
    summarizeAnyway: () => void load({ force: true, anyway: true }),
    setLength: (next: Length) => {
      length = next;
      if (state.kind === 'ready') show({ ...state, length });
    },
    highlight: (sentence: number) => {
      if (state.kind !== 'ready' || tabId === undefined) return;
      const quote = state.result.summary.sentences[sentence];
      if (!quote) return;
      void backend.highlight(tabId, quote).then((result) => {
        announce(root, result.ok ? t('statusShown') : result.error.message);
      });
    },
    copy: (format: 'markdown' | 'text') => {
      if (state.kind !== 'ready') return;
      const text = exportSummary(state.result, state.length, format);
      navigator.clipboard.writeText(text).then(
        () => announce(root, t(format === 'markdown' ? 'statusCopiedMarkdown' : 'statusCopiedText')),
        (error: Error) => announce(root, `${t('statusCopyFailed')} ${error.message}`),
      );
    },
    requestAccess: backend.requestAccess
      ? (scope: 'site' | 'all') => {
          if (tabId === undefined) return;
          void backend.requestAccess?.(tabId, scope).then((granted) => {
            if (granted) void load({ force: true });
            else announce(root, t('statusAccessDenied'));
          });
        }
      : undefined,
    openSidePanel:
      surface === 'popup' && backend.openSidePanel
        ? () => {
            if (tabId !== undefined) void backend.openSidePanel?.(tabId).then(() => window.close());
          }
        : undefined,
  };

  show(state);
  void load();
  return {
    /** Follow another tab (the side panel on tab switch or navigation). */
    follow(nextTabId: number) {
      tabId = nextTabId;
      void load();
    },
    reload: () => void load(),
    /** Applies a length chosen after start (the options load while the skeleton shows). */
    setLength: (next: Length) => actions.setLength(next),
  };
}
