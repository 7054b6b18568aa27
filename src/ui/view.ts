import { factsForLength } from '../core/facts.ts';
import { type DigestItem, type ErrorInfo, type Fact, LENGTHS, type Length } from '../core/types.ts';
import type { PageResult } from '../shared/protocol.ts';
import { h } from './dom.ts';
import { sourceList } from './view-sources.ts';

// The view shared by the popup and the side panel. The root's data-state tells tests and styles which
// state is shown; facts carry data-testid="fact" and sources data-testid="source".

export type ViewState =
  | { kind: 'loading' }
  | { kind: 'ready'; result: PageResult; length: Length }
  | { kind: 'error'; error: ErrorInfo };

export interface ViewActions {
  retry(): void;
  summarizeAnyway(): void;
  setLength(length: Length): void;
  highlight(sentence: number): void;
  copy(format: 'markdown' | 'text'): void;
  requestAccess?: (scope: 'site' | 'all') => void;
  openSidePanel?: () => void;
}

const STATE_OF_CODE: Partial<Record<ErrorInfo['code'], string>> = {
  'not-article': 'not-article',
  'unsupported-page': 'unsupported',
  'needs-permission': 'needs-permission',
};

export function render(root: HTMLElement, state: ViewState, actions: ViewActions): void {
  const dataState = state.kind === 'error' ? (STATE_OF_CODE[state.error.code] ?? 'error') : state.kind;
  root.dataset.state = dataState;
  root.setAttribute('aria-busy', String(state.kind === 'loading'));
  root.replaceChildren(
    ...body(state, actions).filter((n): n is Node => n !== null),
    h('p', { class: 'status', id: 'status', role: 'status', 'aria-live': 'polite' }),
  );
}

/** A short message in the live region (copied, highlighted, failed). */
export function announce(root: HTMLElement, message: string): void {
  const status = root.querySelector('#status');
  if (status) status.textContent = message;
}

function body(state: ViewState, actions: ViewActions): Array<Node | null> {
  if (state.kind === 'loading') return [skeleton()];
  if (state.kind === 'error') return [errorPanel(state.error, actions)];
  const { summary } = state.result;
  const facts = factsForLength(summary.ranked, LENGTHS[state.length]);
  const sentenceText = (i: number) => summary.sentences[i]?.exact ?? '';
  return [
    header(state.result),
    toolbar(state.length, actions),
    factList(facts, actions.highlight),
    digest(summary.digest, actions.highlight),
    sourceList(summary.sources, summary.unnamedSources, sentenceText, actions.highlight),
  ];
}

function skeleton(): Node {
  const bar = (width: string) => h('div', { class: 'skeleton-bar', style: `width:${width}` });
  return h(
    'div',
    { class: 'skeleton', role: 'status', 'aria-label': 'Summarizing this page' },
    bar('80%'),
    bar('50%'),
    bar('95%'),
    bar('90%'),
    bar('70%'),
  );
}

const ERROR_TITLES: Record<string, string> = {
  'not-article': 'This page does not look like an article',
  'unsupported-page': 'This page cannot be summarized',
  'needs-permission': 'Nutgraf needs access to this tab',
  timeout: 'The page took too long to read',
  'too-large': 'This page is too large to summarize',
  'bad-input': 'This tab is gone',
};

function errorPanel(error: ErrorInfo, actions: ViewActions): Node {
  const buttons: Node[] = [];
  if (error.code === 'not-article') {
    buttons.push(
      h('button', { type: 'button', class: 'primary', onclick: actions.summarizeAnyway }, 'Summarize anyway'),
    );
  } else if (error.code === 'needs-permission' && actions.requestAccess) {
    buttons.push(
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => actions.requestAccess?.('site') },
        'Summarize this tab',
      ),
      h('button', { type: 'button', onclick: () => actions.requestAccess?.('all') }, 'Always, on all sites'),
    );
  } else if (error.code !== 'unsupported-page') {
    buttons.push(h('button', { type: 'button', class: 'primary', onclick: actions.retry }, 'Retry'));
  }
  const hints: Partial<Record<ErrorInfo['code'], string>> = {
    'needs-permission':
      'The side panel cannot read a tab on its own. Allow it for this site, or for all sites so it can follow you from tab to tab (Nutgraf reads pages only on your device). The toolbar button always works without this.',
    'unsupported-page': 'Open a news article on a web page and click Nutgraf there.',
    'not-article': 'Nutgraf can still try on the visible text of the page.',
  };
  const hint = hints[error.code];
  return h(
    'section',
    { class: 'message', role: 'alert' },
    h('h1', {}, ERROR_TITLES[error.code] ?? 'Something went wrong'),
    h('p', {}, error.message),
    hint ? h('p', { class: 'hint' }, hint) : null,
    buttons.length ? h('div', { class: 'actions' }, ...buttons) : null,
  );
}

function header(result: PageResult): Node {
  const a = result.summary.article;
  const date = a.publishedTime ? formatDate(a.publishedTime) : null;
  const meta = [a.siteName, a.byline, date, `${a.readingMinutes} min read`, a.lang?.toUpperCase()]
    .filter(Boolean)
    .join(' · ');
  return h(
    'header',
    { class: 'article' },
    h('h1', { dir: 'auto' }, a.title || 'Untitled page'),
    h('p', { class: 'meta', dir: 'auto' }, meta),
  );
}

function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

function toolbar(length: Length, actions: ViewActions): Node {
  const lengths = (Object.keys(LENGTHS) as Length[]).map((l) =>
    h(
      'button',
      { type: 'button', 'aria-pressed': String(l === length), onclick: () => actions.setLength(l) },
      l,
    ),
  );
  return h(
    'div',
    { class: 'toolbar' },
    h('div', { class: 'lengths', role: 'group', 'aria-label': 'Summary length' }, ...lengths),
    h('button', { type: 'button', onclick: actions.retry, title: 'Read the page again' }, 'Refresh'),
    h(
      'button',
      { type: 'button', onclick: () => actions.copy('markdown'), title: 'Copy as Markdown' },
      'Copy',
    ),
    h(
      'button',
      { type: 'button', onclick: () => actions.copy('text'), title: 'Copy as plain text' },
      'Copy text',
    ),
    actions.openSidePanel && h('button', { type: 'button', onclick: actions.openSidePanel }, 'Side panel'),
  );
}

function factList(facts: Fact[], highlight: (sentence: number) => void): Node {
  const items = facts.map((f) =>
    h(
      'li',
      { class: 'fact', 'data-testid': 'fact', 'data-sentence': f.sentence, dir: 'auto' },
      h(
        'button',
        {
          type: 'button',
          class: 'fact-text',
          title: 'Show in the page',
          onclick: () => highlight(f.sentence),
        },
        f.text,
      ),
      chips(f.tags),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'facts-title' },
    h('h2', { id: 'facts-title' }, 'Key facts'),
    h('ol', { class: 'facts' }, ...items),
  );
}

function chips(tags: string[]): Node | null {
  if (tags.length === 0) return null;
  return h('span', { class: 'chips' }, ...tags.map((t) => h('span', { class: `chip chip-${t}` }, t)));
}

const DIGEST_ROWS: Array<[DigestItem['kind'], string]> = [
  ['date', 'When'],
  ['number', 'How many'],
  ['person', 'Who'],
  ['place', 'Where'],
];

function digest(items: DigestItem[], highlight: (sentence: number) => void): Node | null {
  if (items.length === 0) return null;
  const rows = DIGEST_ROWS.flatMap(([kind, label]) => {
    const members = items.filter((d) => d.kind === kind);
    if (members.length === 0) return [];
    return [
      h('dt', {}, label),
      h(
        'dd',
        {},
        ...members.map((d) =>
          h(
            'button',
            {
              type: 'button',
              class: 'digest-item',
              'data-testid': 'digest',
              title: d.value !== d.text ? d.value : 'Show in the page',
              onclick: () => highlight(d.sentence),
            },
            d.text,
          ),
        ),
      ),
    ];
  });
  return h(
    'section',
    { 'aria-labelledby': 'digest-title' },
    h('h2', { id: 'digest-title' }, 'At a glance'),
    h('dl', { class: 'digest' }, ...rows),
  );
}
