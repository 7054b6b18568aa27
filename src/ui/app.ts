import { type Length, toErrorInfo } from '../core/types.ts';
import type { Backend } from './backend.ts';
import { render, type ViewState } from './view.ts';

// The controller both surfaces share: show the skeleton at once, ask the worker, render the answer.

export interface AppOptions {
  root: HTMLElement;
  backend: Backend;
  /** The popup offers to move to the side panel; the panel does not. */
  offerSidePanel: boolean;
}

export function startApp({ root, backend, offerSidePanel }: AppOptions) {
  let tabId: number | undefined;
  let state: ViewState = { kind: 'loading' };
  let length: Length = 'medium';
  let generation = 0;

  const show = (next: ViewState) => {
    state = next;
    render(root, state, actions);
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
    openSidePanel:
      offerSidePanel && backend.openSidePanel
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
  };
}
