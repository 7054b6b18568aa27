import { factsForLength } from '../core/facts.ts';
import { type ErrorInfo, type Fact, LENGTHS, type Length, type Source } from '../core/types.ts';
import type { PageResult } from '../shared/protocol.ts';
import { h, safeHref } from './dom.ts';

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
  root.replaceChildren(...body(state, actions));
}

function body(state: ViewState, actions: ViewActions): Node[] {
  if (state.kind === 'loading') return [skeleton()];
  if (state.kind === 'error') return [errorPanel(state.error, actions)];
  const { summary } = state.result;
  const facts = factsForLength(summary.ranked, LENGTHS[state.length]);
  return [
    header(state.result),
    toolbar(state.length, actions),
    factList(facts),
    sourceList(summary.sources, summary.unnamedSources),
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

function errorPanel(error: ErrorInfo, actions: ViewActions): Node {
  const titles: Record<string, string> = {
    'not-article': 'This page does not look like an article',
    'unsupported-page': 'This page cannot be summarized',
    'needs-permission': 'Nutgraf needs access to this tab',
  };
  const button =
    error.code === 'not-article'
      ? h('button', { type: 'button', onclick: actions.summarizeAnyway }, 'Summarize anyway')
      : error.code === 'unsupported-page'
        ? null
        : h('button', { type: 'button', onclick: actions.retry }, 'Retry');
  const hint =
    error.code === 'needs-permission'
      ? 'Click the Nutgraf button in the toolbar while this tab is open, then try again.'
      : error.code === 'unsupported-page'
        ? 'Open a news article on a web page and click Nutgraf there.'
        : null;
  return h(
    'section',
    { class: 'message', role: 'alert' },
    h('h1', {}, titles[error.code] ?? 'Something went wrong'),
    h('p', {}, error.message),
    hint && h('p', { class: 'hint' }, hint),
    button,
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
    actions.openSidePanel &&
      h('button', { type: 'button', onclick: actions.openSidePanel }, 'Open in side panel'),
  );
}

function factList(facts: Fact[]): Node {
  const items = facts.map((f) =>
    h(
      'li',
      { 'data-testid': 'fact', 'data-sentence': f.sentence, dir: 'auto' },
      h('span', { class: 'fact-text' }, f.text),
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

const GROUPS: Array<[Source['type'], string]> = [
  ['outlet', 'Outlets'],
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['document', 'Documents'],
  ['link', 'Links'],
];

function sourceList(sources: Source[], unnamed: number): Node {
  const groups = GROUPS.map(([type, label]) => {
    const members = sources.filter((s) => s.type === type);
    if (members.length === 0) return null;
    return h(
      'div',
      { class: 'source-group' },
      h('h3', {}, label),
      h('ul', { class: 'sources' }, ...members.map(sourceItem)),
    );
  });
  const empty =
    sources.length === 0 && unnamed === 0 ? h('p', { class: 'hint' }, 'No cited sources found.') : null;
  return h(
    'section',
    { 'aria-labelledby': 'sources-title' },
    h('h2', { id: 'sources-title' }, 'Sources'),
    ...groups,
    empty,
    unnamed ? h('p', { class: 'unnamed', 'data-testid': 'unnamed' }, `Unnamed sources: ${unnamed}`) : null,
  );
}

function sourceItem(source: Source): Node {
  const href = safeHref(source.url);
  const name = href
    ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, source.name)
    : h('span', {}, source.name);
  const about = [source.role, source.affiliation].filter(Boolean).join(', ');
  const count = source.mentions
    ? h('span', { class: 'count', title: 'Sentences that cite it' }, `${source.mentions}×`)
    : null;
  return h(
    'li',
    { class: 'source', 'data-testid': 'source', 'data-type': source.type, dir: 'auto' },
    h(
      'div',
      { class: 'source-main' },
      h('span', { class: 'source-name' }, name),
      about ? h('span', { class: 'role' }, about) : null,
    ),
    count,
  );
}
