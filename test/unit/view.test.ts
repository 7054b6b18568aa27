import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { pageResultOf } from '../../src/background/page-result.ts';
import { fromHtml } from '../../src/cli/load.ts';
import type { TextQuote } from '../../src/content/highlight.ts';
import type { ErrorInfo, Source } from '../../src/core/types.ts';
import type { PageResult, Result } from '../../src/shared/protocol.ts';
import { startApp } from '../../src/ui/app.ts';
import type { Backend } from '../../src/ui/backend.ts';

// The shared view against a fake backend (no worker, no browser): every state renders, the length switch
// re-renders without asking again, facts ask for their sentence to be highlighted.

const html = readFileSync(resolve(import.meta.dirname, '../fixtures/kim-xi-summit.html'), 'utf8');
const article = fromHtml(html, 'https://dailymeridian.example/world/kim-xi-summit');
const RESULT: PageResult = pageResultOf(1, 'https://dailymeridian.example/world/kim-xi-summit', article, {
  extractMs: 1,
});

class FakeBackend implements Backend {
  calls = 0;
  highlighted: TextQuote[] = [];
  constructor(private answer: Result<PageResult>) {}
  async currentTabId() {
    return 1;
  }
  async summarize() {
    this.calls++;
    return this.answer;
  }
  async highlight(_tab: number, quote: TextQuote) {
    this.highlighted.push(quote);
    return { ok: true as const, value: { text: quote.exact } };
  }
}

let root: HTMLElement;
beforeEach(() => {
  const { document, window } = parseHTML('<!doctype html><html><body><main id="app"></main></body></html>');
  Object.assign(globalThis, { document, window });
  root = document.getElementById('app') as unknown as HTMLElement;
});
const settle = () => new Promise((r) => setTimeout(r, 0));
const error = (code: ErrorInfo['code'], message = 'Because.'): Result<PageResult> => ({
  ok: false,
  error: { code, message },
});

describe('view states', () => {
  it('shows the skeleton at once, then the summary', async () => {
    startApp({ root, backend: new FakeBackend({ ok: true, value: RESULT }), surface: 'popup' });
    expect(root.dataset.state).toBe('loading');
    expect(root.querySelector('.skeleton')).not.toBeNull();
    await settle();
    expect(root.dataset.state).toBe('ready');
    expect(root.querySelectorAll('[data-testid=fact]').length).toBe(5);
    expect(root.querySelector('header h1')?.textContent).toBe(
      'Kim Jong Un And Xi Jinping Pledge Stronger Ties In Beijing',
    );
    expect(
      [...root.querySelectorAll('[data-testid=source] .source-name')].map((e) => e.textContent),
    ).toContain('Edward Howell');
    expect(root.querySelectorAll('[data-testid=digest]').length).toBeGreaterThan(5);
  });

  it.each([
    ['not-article', 'not-article', 'Summarize anyway'],
    ['unsupported-page', 'unsupported', null],
    ['needs-permission', 'needs-permission', 'Retry'],
    ['timeout', 'error', 'Retry'],
    ['internal', 'error', 'Retry'],
  ] as const)('renders %s as data-state=%s with its action', async (code, state, button) => {
    startApp({ root, backend: new FakeBackend(error(code)), surface: 'panel' });
    await settle();
    expect(root.dataset.state).toBe(state);
    expect(root.querySelector('[role=alert] .reason')?.textContent).toBe('Because.');
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
    if (button) expect(buttons).toContain(button);
    else expect(buttons).toEqual([]);
  });

  it.each([
    ['popup', /after your click/],
    ['panel', /side panel cannot read a tab on its own/],
  ] as const)('the %s says why it has no access where it is', async (surface, hint) => {
    startApp({ root, backend: new FakeBackend(error('needs-permission')), surface });
    await settle();
    expect(root.querySelector('[role=alert] .hint')?.textContent).toMatch(hint);
  });

  it('switches length without asking the backend again, and highlights a clicked fact', async () => {
    const backend = new FakeBackend({ ok: true, value: RESULT });
    startApp({ root, backend, surface: 'panel', initialLength: 'short' });
    await settle();
    expect(root.querySelectorAll('[data-testid=fact]').length).toBe(3);
    const long = [...root.querySelectorAll('.lengths button')].find(
      (b) => b.textContent === 'long',
    ) as unknown as HTMLButtonElement;
    long.dispatchEvent(
      new (globalThis as unknown as { window: { Event: typeof Event } }).window.Event('click'),
    );
    expect(root.querySelectorAll('[data-testid=fact]').length).toBe(8);
    expect(backend.calls).toBe(1);
    const first = root.querySelector('button.fact-text') as unknown as HTMLButtonElement;
    first.dispatchEvent(
      new (globalThis as unknown as { window: { Event: typeof Event } }).window.Event('click'),
    );
    await settle();
    expect(backend.highlighted.map((q) => q.exact)).toEqual([first.textContent]);
    expect(root.querySelector('#status')?.textContent).toBe('Shown in the page.');
  });

  it('describes a source by role and affiliation, without repeating an affiliation the role names', async () => {
    const people: Source[] = [
      {
        name: 'Patrick Ventrell',
        type: 'person',
        mentions: 1,
        sentences: [],
        role: 'White House spokesman',
        affiliation: 'White House',
      },
      {
        name: 'Edward Howell',
        type: 'person',
        mentions: 1,
        sentences: [],
        role: 'lecturer',
        affiliation: 'University of Oxford',
      },
      { name: 'Greg Botelho', type: 'person', mentions: 1, sentences: [], affiliation: 'CNN' },
      {
        name: 'Kim Jong Un',
        type: 'person',
        mentions: 1,
        sentences: [],
        role: 'North Korean leader',
        affiliation: 'North Korea',
      },
    ];
    const result = { ...RESULT, summary: { ...RESULT.summary, sources: people } };
    startApp({ root, backend: new FakeBackend({ ok: true, value: result }), surface: 'panel' });
    await settle();
    expect([...root.querySelectorAll('[data-testid=source] .role')].map((r) => r.textContent)).toEqual([
      'White House spokesman',
      'lecturer, University of Oxford',
      'CNN',
      'North Korean leader, North Korea',
    ]);
  });
});
