import {
  type DigestItem,
  type ErrorInfo,
  type Fact,
  factsForLength,
  LENGTHS,
  type Length,
} from '../core/types.ts';
import type { PageResult } from '../shared/protocol.ts';
import { h } from './dom.ts';
import { type MessageKey, t } from './i18n.ts';
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

export type Surface = 'popup' | 'panel';

export function render(root: HTMLElement, state: ViewState, actions: ViewActions, surface: Surface): void {
  const dataState = state.kind === 'error' ? (STATE_OF_CODE[state.error.code] ?? 'error') : state.kind;
  root.dataset.state = dataState;
  root.setAttribute('aria-busy', String(state.kind === 'loading'));
  root.replaceChildren(
    ...body(state, actions, surface).filter((n): n is Node => n !== null),
    h('p', { class: 'status', id: 'status', role: 'status', 'aria-live': 'polite' }),
  );
}

/** A short message in the live region (copied, highlighted, failed). */
export function announce(root: HTMLElement, message: string): void {
  const status = root.querySelector('#status');
  if (status) status.textContent = message;
}

function body(state: ViewState, actions: ViewActions, surface: Surface): Array<Node | null> {
  if (state.kind === 'loading') return [skeleton()];
  if (state.kind === 'error') return [errorPanel(state.error, actions, surface)];
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
    { class: 'skeleton', role: 'status', 'aria-label': t('loading') },
    bar('80%'),
    bar('50%'),
    bar('95%'),
    bar('90%'),
    bar('70%'),
  );
}

const ERROR_TITLES: Partial<Record<ErrorInfo['code'], MessageKey>> = {
  'not-article': 'stateNotArticle',
  'unsupported-page': 'stateUnsupported',
  'needs-permission': 'stateNeedsPermission',
  timeout: 'stateTimeout',
  'too-large': 'stateTooLarge',
  'bad-input': 'stateBadInput',
};

function errorPanel(error: ErrorInfo, actions: ViewActions, surface: Surface): Node {
  const buttons: Node[] = [];
  if (error.code === 'not-article') {
    buttons.push(
      h(
        'button',
        { type: 'button', class: 'primary', onclick: actions.summarizeAnyway },
        t('buttonSummarizeAnyway'),
      ),
    );
  } else if (error.code === 'needs-permission' && actions.requestAccess) {
    buttons.push(
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => actions.requestAccess?.('site') },
        t('buttonSummarizeTab'),
      ),
      h('button', { type: 'button', onclick: () => actions.requestAccess?.('all') }, t('buttonAllSites')),
    );
  } else if (error.code !== 'unsupported-page') {
    buttons.push(h('button', { type: 'button', class: 'primary', onclick: actions.retry }, t('buttonRetry')));
  }
  const hints: Partial<Record<ErrorInfo['code'], MessageKey>> = {
    // A popup's click gave access to the tab; the page loading again since then has ended it.
    'needs-permission': surface === 'popup' ? 'hintNeedsPermissionAfterClick' : 'hintNeedsPermission',
    'unsupported-page': 'hintUnsupported',
    'not-article': 'hintNotArticle',
  };
  const hint = hints[error.code];
  const title = t(ERROR_TITLES[error.code] ?? 'stateError');
  return h(
    'section',
    { class: 'message', role: 'alert' },
    h('h1', {}, title),
    // The engine's message, when it says more than the title does.
    sameWords(error.message, title) ? null : h('p', { class: 'reason' }, error.message),
    hint ? h('p', { class: 'hint' }, t(hint)) : null,
    buttons.length ? h('div', { class: 'actions' }, ...buttons) : null,
  );
}

const sameWords = (a: string, b: string) =>
  a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');

function header(result: PageResult): Node {
  const a = result.summary.article;
  const date = a.publishedTime ? formatDate(a.publishedTime) : null;
  const meta = [a.siteName, a.byline, date, t('minRead', a.readingMinutes), a.lang?.toUpperCase()]
    .filter(Boolean)
    .join(' · ');
  return h(
    'header',
    { class: 'article' },
    h('h1', { dir: 'auto' }, a.title || t('untitled')),
    h('p', { class: 'meta', dir: 'auto' }, meta),
  );
}

function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

const LENGTH_LABEL: Record<Length, MessageKey> = {
  short: 'lengthShort',
  medium: 'lengthMedium',
  long: 'lengthLong',
};

function toolbar(length: Length, actions: ViewActions): Node {
  const lengths = (Object.keys(LENGTHS) as Length[]).map((l) =>
    h(
      'button',
      { type: 'button', 'aria-pressed': String(l === length), onclick: () => actions.setLength(l) },
      t(LENGTH_LABEL[l]),
    ),
  );
  return h(
    'div',
    { class: 'toolbar' },
    h('div', { class: 'lengths', role: 'group', 'aria-label': t('lengthGroup') }, ...lengths),
    h('button', { type: 'button', onclick: actions.retry, title: t('titleRefresh') }, t('buttonRefresh')),
    h(
      'button',
      { type: 'button', onclick: () => actions.copy('markdown'), title: t('titleCopyMarkdown') },
      t('buttonCopy'),
    ),
    h(
      'button',
      { type: 'button', onclick: () => actions.copy('text'), title: t('titleCopyText') },
      t('buttonCopyText'),
    ),
    actions.openSidePanel &&
      h('button', { type: 'button', onclick: actions.openSidePanel }, t('buttonSidePanel')),
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
          title: t('titleShowInPage'),
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
    h('h2', { id: 'facts-title' }, t('headingKeyFacts')),
    h('ol', { class: 'facts' }, ...items),
  );
}

function chips(tags: string[]): Node | null {
  if (tags.length === 0) return null;
  return h('span', { class: 'chips' }, ...tags.map((t) => h('span', { class: `chip chip-${t}` }, t)));
}

const DIGEST_ROWS: Array<[DigestItem['kind'], MessageKey]> = [
  ['date', 'digestWhen'],
  ['number', 'digestHowMany'],
  ['person', 'digestWho'],
  ['place', 'digestWhere'],
];

function digest(items: DigestItem[], highlight: (sentence: number) => void): Node | null {
  if (items.length === 0) return null;
  const rows = DIGEST_ROWS.flatMap(([kind, label]) => {
    const members = items.filter((d) => d.kind === kind);
    if (members.length === 0) return [];
    return [
      h('dt', {}, t(label)),
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
              title: d.value !== d.text ? d.value : t('titleShowInPage'),
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
    h('h2', { id: 'digest-title' }, t('headingAtAGlance')),
    h('dl', { class: 'digest' }, ...rows),
  );
}
